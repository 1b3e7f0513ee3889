// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate verify FILE`
import type { Recorded } from "./recorded-reply";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";

export default {
  "{\"path\":\"/home/staf/Dokumen/Berita Acara REQ-2026-0006.pdf\"}": {
    "ok": {
      "key_fingerprint": "6c47 f689 5319 8ff8 4738 19b8 5fb0 f792 3137 8c55 f668 f9b9 b1d7 e13d 8329 36e2",
      "problem": null,
      "register": {
        "after_issue": [],
        "issued": true,
        "own_key": true,
        "plan_changed": false,
        "reopened": false,
        "same_file": true,
        "state": "searching"
      },
      "seal": "valid",
      "sha256": "a4de14dbe1d244342eb2ebd1ae24092b84f53dd3056cb4d6a6c4b4b8aa8880f8",
      "statement": {
        "dated": "2026-12-05",
        "format": "pdpdesk/berita-acara-penghapusan/1",
        "issued_at": "2026-12-04T18:52:52Z",
        "language": "id",
        "number": "005/PDP/CMJKD/XII/2026",
        "office": {
          "address": "Jl. Contoh Raya No. 1, Denpasar, Bali 80111",
          "name": "CV Maju Jaya Kreatif (DEMO)",
          "signatory_name": "Ni Made Contoh",
          "signatory_position": "Petugas Pelindungan Data Pribadi"
        },
        "open_systems": [],
        "place": "Denpasar",
        "public_key": "cf03ac4329892c785fe42d6854afad12bd9ca99f2e52330edad87f38ae24a00e",
        "redactions": [
          {
            "after_sha256": null,
            "before_sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
            "file": "email/02_permohonan_penghapusan_data.eml",
            "made_at": "2026-12-04T18:52:51Z",
            "replaced": false
          },
          {
            "after_sha256": "5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600",
            "before_sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
            "file": "jurnal_customers_excel_id.csv",
            "made_at": "2026-12-04T18:52:51Z",
            "replaced": false
          },
          {
            "after_sha256": "334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b",
            "before_sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
            "file": "jurnal_sales_invoices.csv",
            "made_at": "2026-12-04T18:52:51Z",
            "replaced": false
          },
          {
            "after_sha256": "4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1",
            "before_sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
            "file": "jurnal_sales_invoices.xlsx",
            "made_at": "2026-12-04T18:52:51Z",
            "replaced": false
          }
        ],
        "request": {
          "id": "REQ-2026-0006",
          "received_at": "2026-12-01T02:52:47+08:00",
          "rights": [
            "deletion"
          ]
        },
        "retained": [
          {
            "file": "jurnal_sales_invoices.csv",
            "ground": "bookkeeping",
            "reference": "10312#1",
            "system": "jurnal",
            "until": "2034-12-31"
          },
          {
            "file": "jurnal_sales_invoices.xlsx",
            "ground": "bookkeeping",
            "reference": "10312#1",
            "system": "jurnal",
            "until": "2034-12-31"
          }
        ],
        "sources": [
          {
            "action": "restrict",
            "file": "jurnal_customers_excel_id.csv",
            "kind": "jurnal-customers",
            "records": 1,
            "system": "jurnal"
          },
          {
            "action": "retain",
            "file": "jurnal_sales_invoices.csv",
            "kind": "jurnal-invoices",
            "records": 1,
            "system": "jurnal"
          },
          {
            "action": "retain",
            "file": "jurnal_sales_invoices.xlsx",
            "kind": "jurnal-invoices",
            "records": 1,
            "system": "jurnal"
          },
          {
            "action": "delete",
            "file": "email/02_permohonan_penghapusan_data.eml",
            "kind": "mail",
            "records": 1,
            "system": "mailbox"
          }
        ],
        "subject": {
          "emails": [
            "bu…@ptsinarjayalogistik.co.id"
          ],
          "name": "Budi Setiawan Lubis",
          "nik": null,
          "phones": [],
          "requester": null
        }
      },
      "valid": true,
      "verification_code": "8W41-HZF7-HN8A"
    }
  }
} satisfies Record<string, Recorded<CertificateCheck>>;
