// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk plan show`
import type { Recorded } from "./recorded-reply";
import type { Plan } from "$lib/bindings/Plan";

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
      "incomplete": 0,
      "lines": [
        {
          "action": {
            "action": "delete"
          },
          "because": {
            "code": "deletion_asked"
          },
          "changed_at": null,
          "changed_by": null,
          "dated": "2024-07-02",
          "default": null,
          "default_because": null,
          "file": "email/02_permohonan_penghapusan_data.eml",
          "hit": 110,
          "kind": "mail",
          "locator": {
            "kind": "mail",
            "message_id": "7b78b1ee5203d7245025b8ce@s2.mail.example"
          },
          "record": 1,
          "record_id": "<7b78b1ee5203d7245025b8ce@s2.mail.example>",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "action": {
            "action": "restrict"
          },
          "because": {
            "code": "changed_by_staff",
            "reason": "Masih ada tagihan atas nama pemohon; kontak dibatasi sampai lunas."
          },
          "changed_at": "2026-12-05T16:42:52Z",
          "changed_by": "Wayan",
          "dated": null,
          "default": {
            "action": "retain",
            "ground": "legal-obligation",
            "until": "2036-12-31"
          },
          "default_because": {
            "book_year": 2026,
            "code": "must_be_kept",
            "dated_by_record": false,
            "months": 120
          },
          "file": "jurnal_customers_excel_id.csv",
          "hit": 112,
          "kind": "jurnal-customers",
          "locator": {
            "kind": "line",
            "line": 55
          },
          "record": 46,
          "record_id": null,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "action": {
            "action": "retain",
            "ground": "bookkeeping",
            "until": "2034-12-31"
          },
          "because": {
            "book_year": 2024,
            "code": "must_be_kept",
            "dated_by_record": true,
            "months": 120
          },
          "changed_at": null,
          "changed_by": null,
          "dated": "2024-02-05",
          "default": null,
          "default_because": null,
          "file": "jurnal_sales_invoices.csv",
          "hit": 113,
          "kind": "jurnal-invoices",
          "locator": {
            "kind": "line",
            "line": 242
          },
          "record": 241,
          "record_id": "10312#1",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "action": {
            "action": "retain",
            "ground": "bookkeeping",
            "until": "2034-12-31"
          },
          "because": {
            "book_year": 2024,
            "code": "must_be_kept",
            "dated_by_record": true,
            "months": 120
          },
          "changed_at": null,
          "changed_by": null,
          "dated": "2024-02-05",
          "default": null,
          "default_because": null,
          "file": "jurnal_sales_invoices.xlsx",
          "hit": 114,
          "kind": "jurnal-invoices",
          "locator": {
            "kind": "cell",
            "row": 242,
            "sheet": "Sheet1"
          },
          "record": 241,
          "record_id": "10312#1",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        }
      ],
      "request_id": "REQ-2026-0006",
      "rights": [
        "deletion"
      ]
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
} satisfies Record<string, Recorded<Plan>>;
