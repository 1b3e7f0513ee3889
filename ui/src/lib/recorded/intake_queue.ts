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
          "received_at": "2026-12-04T19:50:04+08:00",
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
            "received_at": "2026-12-04T11:50:04+00:00",
            "rights": [],
            "role": "subject"
          },
          "mail": {
            "attachments": [],
            "body": "Selamat siang, saya mau tanya soal data saya di aplikasi pemesanan kalian. Terima kasih.\n",
            "date": "2026-12-04T11:50:04Z",
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
          "received_at": "2026-12-04T11:50:04Z",
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
        "queued_at": "2026-12-05T11:50:35Z",
        "queued_by": "Wayan",
        "received_at": "2026-12-04T11:50:04Z",
        "received_source": "date-header",
        "sha256": "bfb50945c72d2c9aa32b8247e2eada0488cd06290a1754555341eac6cb5f7a12",
        "source_file": "pesan-1.eml",
        "subject": "Data saya di aplikasi"
      },
      {
        "clocks": null,
        "decided_at": "2026-12-05T11:50:35Z",
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
        "queued_at": "2026-12-05T11:50:35Z",
        "queued_by": "Wayan",
        "received_at": "2026-12-02T11:50:04Z",
        "received_source": "date-header",
        "sha256": "366c1f647bdff701dfb4994d540d398104a03e6ac6165a26768eec05a70a08a3",
        "source_file": "pesan-2.eml",
        "subject": "Akun tidak bisa dibuka"
      }
    ]
  }
} satisfies Record<string, Recorded<QueueItem[]>>;
