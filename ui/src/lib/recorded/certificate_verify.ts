// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate verify FILE`
import type { Recorded } from "./recorded-reply";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";

export default {
  "{\"path\":\"/home/staf/Dokumen/Berita Acara REQ-2026-0006.pdf\"}": {
    "ok": {
      "key_fingerprint": "fed2 5bed e273 99e0 d524 1b0f 87fd 814c 0ab6 ce8f 369a 23ee f0e8 a1af 41da 6cbc",
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
      "sha256": "9d8db230ff7504f8b03804a63e81248a597c9ae8caaf7da3a7521947ef80d581",
      "statement": {
        "dated": "2026-12-06",
        "format": "pdpdesk/berita-acara-penghapusan/1",
        "issued_at": "2026-12-05T16:42:54Z",
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
        "public_key": "8568048fe66dd4213f838183511475b544689b2cef8a622a813e51a73b30efc0",
        "redactions": [
          {
            "after_sha256": null,
            "before_sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
            "file": "email/02_permohonan_penghapusan_data.eml",
            "made_at": "2026-12-05T16:42:54Z",
            "replaced": false
          },
          {
            "after_sha256": "5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600",
            "before_sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
            "file": "jurnal_customers_excel_id.csv",
            "made_at": "2026-12-05T16:42:54Z",
            "replaced": false
          },
          {
            "after_sha256": "334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b",
            "before_sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
            "file": "jurnal_sales_invoices.csv",
            "made_at": "2026-12-05T16:42:54Z",
            "replaced": false
          },
          {
            "after_sha256": "4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1",
            "before_sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
            "file": "jurnal_sales_invoices.xlsx",
            "made_at": "2026-12-05T16:42:54Z",
            "replaced": false
          }
        ],
        "request": {
          "id": "REQ-2026-0006",
          "received_at": "2026-12-02T00:42:51+08:00",
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
      "verification_code": "5TBT-3HAC-CZ6N"
    }
  }
} satisfies Record<string, Recorded<CertificateCheck>>;
