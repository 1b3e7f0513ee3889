// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk checklist show`
import type { Recorded } from "./recorded-reply";
import type { Checklist } from "$lib/bindings/Checklist";

export default {
  "{\"id\":\"REQ-2026-0002\"}": {
    "error": {
      "code": "nothing_confirmed",
      "field": null,
      "message": "request REQ-2026-0002: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "error": {
      "code": "nothing_confirmed",
      "field": null,
      "message": "request REQ-2026-0003: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "items": [
        {
          "instructions": {
            "en": "Jurnal: invoices must be kept; do not delete retained invoices. Under Contacts, delete or blank the customer data that is not retained; mark restricted contacts so they are not used again.",
            "id": "Jurnal: faktur wajib disimpan; jangan hapus faktur yang ditahan. Di Kontak, hapus atau samarkan data pelanggan yang tidak ditahan; tandai kontak yang dibatasi agar tidak dipakai lagi."
          },
          "records": [
            {
              "action": {
                "action": "restrict"
              },
              "file": "jurnal_customers_excel_id.csv",
              "locator": {
                "kind": "line",
                "line": 55
              },
              "record": 46,
              "record_id": null,
              "reference": "line 55"
            },
            {
              "action": {
                "action": "retain",
                "ground": "bookkeeping",
                "until": "2034-12-31"
              },
              "file": "jurnal_sales_invoices.csv",
              "locator": {
                "kind": "line",
                "line": 242
              },
              "record": 241,
              "record_id": "10312#1",
              "reference": "10312#1"
            },
            {
              "action": {
                "action": "retain",
                "ground": "bookkeeping",
                "until": "2034-12-31"
              },
              "file": "jurnal_sales_invoices.xlsx",
              "locator": {
                "kind": "cell",
                "row": 242,
                "sheet": "Sheet1"
              },
              "record": 241,
              "record_id": "10312#1",
              "reference": "10312#1"
            }
          ],
          "system": "jurnal",
          "tick": {
            "actor": "Wayan",
            "at": "2026-12-05T16:42:54Z",
            "done": true,
            "note": "Kontak dibatasi di Jurnal; faktur tetap disimpan sampai masa simpannya berakhir.",
            "system": "jurnal"
          }
        },
        {
          "instructions": {
            "en": "Mailbox: find each message by the Message-ID below, delete it, then empty the Trash.",
            "id": "Kotak surat: cari pesan dengan Message-ID di bawah, hapus, lalu kosongkan Sampah."
          },
          "records": [
            {
              "action": {
                "action": "delete"
              },
              "file": "email/02_permohonan_penghapusan_data.eml",
              "locator": {
                "kind": "mail",
                "message_id": "7b78b1ee5203d7245025b8ce@s2.mail.example"
              },
              "record": 1,
              "record_id": "<7b78b1ee5203d7245025b8ce@s2.mail.example>",
              "reference": "<7b78b1ee5203d7245025b8ce@s2.mail.example>"
            }
          ],
          "system": "mailbox",
          "tick": {
            "actor": "Wayan",
            "at": "2026-12-05T16:42:53Z",
            "done": true,
            "note": "E-mail permohonan dihapus dari kotak masuk.",
            "system": "mailbox"
          }
        }
      ],
      "open": [],
      "request_id": "REQ-2026-0006"
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "error": {
      "code": "nothing_confirmed",
      "field": null,
      "message": "request REQ-2026-0007: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "error": {
      "code": "nothing_confirmed",
      "field": null,
      "message": "request REQ-2026-0008: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first",
      "reason": null
    }
  }
} satisfies Record<string, Recorded<Checklist>>;
