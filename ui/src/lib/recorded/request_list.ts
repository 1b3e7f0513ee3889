// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk request list`
import type { Recorded } from "./recorded-reply";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";

export default {
  "{\"filter\":{\"open_only\":false,\"right\":\"access\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "email",
        "clocks": null,
        "controller": null,
        "created_at": "2026-10-26T16:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "next": null,
        "purged_at": null,
        "received_at": "2026-10-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "ayu.lestari@example.co.id"
          ],
          "name": "Ni Made Ayu Lestari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "closed",
        "updated_at": "2026-10-30T00:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"correction\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"deletion\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"information\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"objection\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"portability\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"restriction\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":\"withdraw-consent\",\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"closed\",\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": null,
        "controller": null,
        "created_at": "2026-10-26T16:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "next": null,
        "purged_at": null,
        "received_at": "2026-10-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "ayu.lestari@example.co.id"
          ],
          "name": "Ni Made Ayu Lestari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "closed",
        "updated_at": "2026-10-30T00:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"fulfilling\",\"text\":null}}": {
    "ok": []
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"received\",\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"rejected\",\"text\":null}}": {
    "ok": []
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"searching\",\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"verifying\",\"text\":null}}": {
    "ok": [
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":\"withdrawn\",\"text\":null}}": {
    "ok": []
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": null,
        "controller": null,
        "created_at": "2026-10-26T16:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "next": null,
        "purged_at": null,
        "received_at": "2026-10-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "ayu.lestari@example.co.id"
          ],
          "name": "Ni Made Ayu Lestari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "closed",
        "updated_at": "2026-10-30T00:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"newest-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "email",
        "clocks": null,
        "controller": null,
        "created_at": "2026-10-26T16:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "next": null,
        "purged_at": null,
        "received_at": "2026-10-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "ayu.lestari@example.co.id"
          ],
          "name": "Ni Made Ayu Lestari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "closed",
        "updated_at": "2026-10-30T00:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":false,\"right\":null,\"sort\":\"oldest-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": null,
        "controller": null,
        "created_at": "2026-10-26T16:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "next": null,
        "purged_at": null,
        "received_at": "2026-10-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "ayu.lestari@example.co.id"
          ],
          "name": "Ni Made Ayu Lestari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "closed",
        "updated_at": "2026-10-30T00:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":true,\"right\":null,\"sort\":\"due-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":true,\"right\":null,\"sort\":\"newest-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      }
    ]
  },
  "{\"filter\":{\"open_only\":true,\"right\":null,\"sort\":\"oldest-first\",\"state\":null,\"text\":null}}": {
    "ok": [
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-11",
          "policy_ends_at": "2027-01-11T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-24T00:42:51+08:00",
          "remaining_hours": -217,
          "remaining_working_days": 22,
          "statutory_due": "2026-11-27T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "withdraw-consent"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-11-23T16:42:51Z",
        "id": "REQ-2026-0002",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-24T00:42:51+08:00",
        "requester": {
          "emails": [
            "yohanes.pratama@example.com"
          ],
          "name": "Yohanes Pratama",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6281234567801"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion",
          "withdraw-consent"
        ],
        "state": "searching",
        "updated_at": "2026-11-25T08:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": true,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-11-27T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 30,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0009",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-11-27T00:42:51+08:00",
        "requester": {
          "emails": [
            "fransiska.dewi@example.com"
          ],
          "name": "Fransiska Dewi",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "information"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "phone",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": -25,
          "remaining_working_days": 28,
          "statutory_due": "2026-12-05T00:42:51+08:00",
          "statutory_overdue": true,
          "statutory_rights": [
            "correction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-01T16:42:51Z",
        "id": "REQ-2026-0003",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [],
          "name": "Dewi Anggraini",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [
            "+6285722334410"
          ],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "correction"
        ],
        "state": "verifying",
        "updated_at": "2026-12-02T12:42:51Z"
      },
      {
        "channel": "web-form",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": true,
          "paused_since": "2026-12-06T00:42:52+08:00",
          "policy_days": 30,
          "policy_due": "2027-01-19",
          "policy_ends_at": "2027-01-19T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-02T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 28,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            },
            {
              "code": "paused",
              "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
              "year": null
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0006",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-02T00:42:51+08:00",
        "requester": {
          "emails": [
            "budi@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "deletion"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-20",
          "policy_ends_at": "2027-01-20T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-03T00:42:51+08:00",
          "remaining_hours": null,
          "remaining_working_days": 29,
          "statutory_due": null,
          "statutory_overdue": false,
          "statutory_rights": [],
          "stricter": "policy",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": {
          "contact": "privasi@kliniksehat.example",
          "name": "Klinik Sehat Sentosa"
        },
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0007",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-03T00:42:51+08:00",
        "requester": {
          "emails": [
            "sinta.m@example.com"
          ],
          "name": "Sinta Maharani",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "objection"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T00:42:51+08:00",
          "remaining_hours": 23,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "restriction"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0008",
        "is_demo": false,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-04T00:42:51+08:00",
        "requester": {
          "emails": [
            "hendra.g@example.com"
          ],
          "name": "Hendra Gunawan",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "restriction"
        ],
        "state": "received",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "email",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-04T19:54:51+08:00",
          "remaining_hours": 43,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-07T19:54:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-05T16:42:52Z",
        "id": "REQ-2026-0005",
        "is_demo": false,
        "next": {
          "action": "confirm-hits"
        },
        "purged_at": null,
        "received_at": "2026-12-04T19:54:51+08:00",
        "requester": {
          "emails": [
            "tri.wulandari94@gmail.com"
          ],
          "name": "Tri Wulandari",
          "nik_masked": null,
          "on_behalf_of": null,
          "phones": [],
          "postal_address": null,
          "role": "subject"
        },
        "rights": [
          "access"
        ],
        "state": "searching",
        "updated_at": "2026-12-05T16:42:52Z"
      },
      {
        "channel": "walk-in",
        "clocks": {
          "extended": false,
          "observes_cuti_bersama": true,
          "paused": false,
          "paused_since": null,
          "policy_days": 30,
          "policy_due": "2027-01-21",
          "policy_ends_at": "2027-01-21T23:59:59+08:00",
          "policy_overdue": false,
          "received_at": "2026-12-05T00:42:51+08:00",
          "remaining_hours": 47,
          "remaining_working_days": 30,
          "statutory_due": "2026-12-08T00:42:51+08:00",
          "statutory_overdue": false,
          "statutory_rights": [
            "access"
          ],
          "stricter": "statutory",
          "time_zone": "Asia/Makassar",
          "warnings": [
            {
              "code": "policy_after_statutory",
              "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
              "year": null
            },
            {
              "code": "provisional_holidays",
              "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
              "year": 2027
            }
          ]
        },
        "controller": null,
        "created_at": "2026-12-04T16:42:51Z",
        "id": "REQ-2026-0004",
        "is_demo": true,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "purged_at": null,
        "received_at": "2026-12-05T00:42:51+08:00",
        "requester": {
          "emails": [
            "gregorius.manurung@example.net"
          ],
          "name": "Gregorius Manurung",
          "nik_masked": null,
          "on_behalf_of": "Clara Manurung",
          "phones": [],
          "postal_address": null,
          "role": "guardian"
        },
        "rights": [
          "access",
          "portability"
        ],
        "state": "received",
        "updated_at": "2026-12-04T16:42:51Z"
      }
    ]
  }
} satisfies Record<string, Recorded<RegisterEntry[]>>;
