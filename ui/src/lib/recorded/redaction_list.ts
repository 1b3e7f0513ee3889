// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk redact list`
import type { Recorded } from "./recorded-reply";
import type { Redaction } from "$lib/bindings/Redaction";

export default {
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": [
      {
        "actor": "Wayan",
        "files": [
          {
            "after_sha256": null,
            "before_sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
            "corrected": 0,
            "file": "email/02_permohonan_penghapusan_data.eml",
            "kind": "mail",
            "masked": 0,
            "removed": 1,
            "replaced": false,
            "source": "/home/staf/.local/share/pdpdesk/demo-exports"
          },
          {
            "after_sha256": "5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600",
            "before_sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
            "corrected": 0,
            "file": "jurnal_customers_excel_id.csv",
            "kind": "jurnal-customers",
            "masked": 1,
            "removed": 0,
            "replaced": false,
            "source": "/home/staf/.local/share/pdpdesk/demo-exports"
          },
          {
            "after_sha256": "334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b",
            "before_sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
            "corrected": 0,
            "file": "jurnal_sales_invoices.csv",
            "kind": "jurnal-invoices",
            "masked": 1,
            "removed": 0,
            "replaced": false,
            "source": "/home/staf/.local/share/pdpdesk/demo-exports"
          },
          {
            "after_sha256": "4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1",
            "before_sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
            "corrected": 0,
            "file": "jurnal_sales_invoices.xlsx",
            "kind": "jurnal-invoices",
            "masked": 1,
            "removed": 0,
            "replaced": false,
            "source": "/home/staf/.local/share/pdpdesk/demo-exports"
          }
        ],
        "id": 1,
        "made_at": "2026-12-05T16:42:54Z",
        "out_dir": "/home/staf/Dokumen/Penyamaran REQ-2026-0006",
        "plan": [
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
        "research_hits": 0
      }
    ]
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": []
  }
} satisfies Record<string, Recorded<Redaction[]>>;
