// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk intake-queue list`
import type { Recorded } from "./recorded-reply";
import type { QueueItem } from "$lib/bindings/QueueItem";

export default {
  "{\"all\":true}": {
    "ok": [
      {
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
        "decided_at": null,
        "decided_by": null,
        "decision": null,
        "from_address": "dewi.anggraini@example.com",
        "id": 1,
        "mbox_index": null,
        "message_id": "antrean-1@example.com",
        "proposal": {
          "classification": {
            "class": "needs-look",
            "context": [
              {
                "end": 9,
                "start": 0,
                "text": "Data saya"
              },
              {
                "end": 67,
                "start": 38,
                "text": "saya mau tanya soal data saya"
              }
            ],
            "reasons": [
              {
                "code": "mentions-data",
                "right": null,
                "words": [
                  {
                    "end": 9,
                    "start": 0,
                    "text": "Data saya"
                  },
                  {
                    "end": 67,
                    "start": 38,
                    "text": "saya mau tanya soal data saya"
                  }
                ]
              }
            ],
            "rights": []
          },
          "form": {
            "channel": "email",
            "emails": [
              "dewi.anggraini@example.com"
            ],
            "name": "Dewi Anggraini",
            "nik": null,
            "notes": "Diterima lewat e-mail: \"Data saya di aplikasi\"",
            "on_behalf_of": null,
            "phones": [],
            "postal_address": null,
            "received_at": "2026-12-04T16:42:51+00:00",
            "rights": [],
            "role": "subject"
          },
          "mail": {
            "attachments": [],
            "body": "Selamat siang, saya mau tanya soal data saya di aplikasi pemesanan kalian. Terima kasih.\n",
            "date": "2026-12-04T16:42:51Z",
            "from": {
              "address": "dewi.anggraini@example.com",
              "name": "Dewi Anggraini"
            },
            "in_reply_to": [],
            "message_id": "antrean-1@example.com",
            "received": null,
            "references": [],
            "reply_to": null,
            "subject": "Data saya di aplikasi",
            "to": [
              {
                "address": "admin@majujayakreatif.example",
                "name": null
              }
            ]
          },
          "received_at": "2026-12-04T16:42:51Z",
          "received_source": "date-header",
          "requester": {
            "emails": [
              "dewi.anggraini@example.com"
            ],
            "name": "Dewi Anggraini",
            "names": [
              {
                "name": "Dewi Anggraini",
                "source": "sender"
              }
            ],
            "nik_masked": null,
            "on_behalf_of": null,
            "phones": [],
            "role": "subject",
            "role_phrases": []
          },
          "text": "Data saya di aplikasi\n\nSelamat siang, saya mau tanya soal data saya di aplikasi pemesanan kalian. Terima kasih.\n"
        },
        "queued_at": "2026-12-05T16:43:06Z",
        "queued_by": "Wayan",
        "received_at": "2026-12-04T16:42:51Z",
        "received_source": "date-header",
        "sha256": "8652be1f15fd62e39cb25dd9c69b90aa86d1799fa22f09f0e5cc81d071b4722c",
        "source_file": "pesan-1.eml",
        "subject": "Data saya di aplikasi"
      },
      {
        "clocks": null,
        "decided_at": "2026-12-05T16:43:06Z",
        "decided_by": "Wayan",
        "decision": {
          "kind": "not-request",
          "reason": "Masalah masuk akun; diteruskan ke tim dukungan."
        },
        "from_address": "yusuf.hakim@example.com",
        "id": 2,
        "mbox_index": null,
        "message_id": "antrean-2@example.com",
        "proposal": null,
        "queued_at": "2026-12-05T16:43:06Z",
        "queued_by": "Wayan",
        "received_at": "2026-12-02T16:42:51Z",
        "received_source": "date-header",
        "sha256": "1803dd61e7bfddae751b1779b719fc329b76fdb78c5a27a7733c664bfa73105b",
        "source_file": "pesan-2.eml",
        "subject": "Akun tidak bisa dibuka"
      }
    ]
  }
} satisfies Record<string, Recorded<QueueItem[]>>;
