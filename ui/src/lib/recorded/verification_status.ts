// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk verify status`
import type { Recorded } from "./recorded-reply";
import type { VerificationStatus } from "$lib/bindings/VerificationStatus";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          },
          {
            "met": null,
            "requirement": "identity"
          }
        ],
        "level": "contact-and-identity",
        "open": false,
        "overridden": null
      },
      "request_id": "REQ-2026-0001",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          },
          {
            "met": null,
            "requirement": "identity"
          }
        ],
        "level": "contact-and-identity",
        "open": false,
        "overridden": null
      },
      "request_id": "REQ-2026-0002",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          }
        ],
        "level": "contact-on-file",
        "open": false,
        "overridden": null
      },
      "request_id": "REQ-2026-0003",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "ok": {
      "code": {
        "answered": false,
        "expired": false,
        "expires_at": "2026-12-05T17:12:53Z",
        "issued_at": "2026-12-05T16:42:53Z",
        "locked": false,
        "wrong": 0
      },
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          },
          {
            "met": null,
            "requirement": "identity"
          },
          {
            "met": {
              "at": "2026-12-05T16:42:53Z",
              "by": "Wayan",
              "detail": "Kartu keluarga, dilihat asli"
            },
            "requirement": "authority"
          }
        ],
        "level": "contact-and-identity",
        "open": false,
        "overridden": null
      },
      "request_id": "REQ-2026-0004",
      "waiting": {
        "asked_at": "2026-12-05T16:42:53Z",
        "close_on": "2026-12-18",
        "remind_on": "2026-12-08",
        "request_id": "REQ-2026-0004",
        "waiting": {
          "kind": "recent",
          "working_days": 0
        }
      }
    }
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": {
      "code": {
        "answered": true,
        "expired": false,
        "expires_at": "2026-12-05T17:12:53Z",
        "issued_at": "2026-12-05T16:42:53Z",
        "locked": false,
        "wrong": 1
      },
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": {
              "at": "2026-12-05T16:42:52Z",
              "by": "Wayan",
              "detail": "chatwoot_contacts.csv, baris 262"
            },
            "requirement": "contact-on-file"
          },
          {
            "met": {
              "at": "2026-12-05T16:42:53Z",
              "by": "Wayan",
              "detail": "Kode verifikasi benar: identitas terverifikasi"
            },
            "requirement": "identity"
          }
        ],
        "level": "contact-and-identity",
        "open": true,
        "overridden": null
      },
      "request_id": "REQ-2026-0005",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": {
              "at": "2026-12-05T16:42:52Z",
              "by": "Wayan",
              "detail": "email/02_permohonan_penghapusan_data.eml"
            },
            "requirement": "contact-on-file"
          },
          {
            "met": {
              "at": "2026-12-05T16:42:53Z",
              "by": "Wayan",
              "detail": "317101******0001"
            },
            "requirement": "identity"
          }
        ],
        "level": "contact-and-identity",
        "open": true,
        "overridden": null
      },
      "request_id": "REQ-2026-0006",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          }
        ],
        "level": "contact-on-file",
        "open": false,
        "overridden": null
      },
      "request_id": "REQ-2026-0007",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [
          {
            "met": null,
            "requirement": "contact-on-file"
          }
        ],
        "level": "contact-on-file",
        "open": true,
        "overridden": {
          "at": "2026-12-05T16:42:53Z",
          "by": "Wayan",
          "reason": "Pemohon dikenal atasan; permintaan tanpa data keluar."
        }
      },
      "request_id": "REQ-2026-0008",
      "waiting": null
    }
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "ok": {
      "code": null,
      "contact_note": null,
      "gate": {
        "checks": [],
        "level": "none",
        "open": true,
        "overridden": null
      },
      "request_id": "REQ-2026-0009",
      "waiting": null
    }
  }
} satisfies Record<string, Recorded<VerificationStatus>>;
