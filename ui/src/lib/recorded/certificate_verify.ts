// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate verify FILE`
import type { Recorded } from "./recorded-reply";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";

export default {
  "{\"path\":\"/home/staf/Dokumen/Berita Acara REQ-2026-0006.pdf\"}": {
    "ok": {
      "key_fingerprint": "1a81 e3e3 d1b4 4d47 7987 ada8 b74c 7f03 6d40 9790 7f56 7821 15ae 2605 0b89 8f5e",
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
      "sha256": "fdbcc1c8446929cad038004ca82ff7fe7384e61d519d4324b206c92b55d388ea",
      "statement": {
        "dated": "2026-12-05",
        "format": "pdpdesk/berita-acara-penghapusan/1",
        "issued_at": "2026-12-05T11:50:12Z",
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
        "public_key": "9a2fec3f8f9f1bb9b8aa6ed86ae6444489379437b0b8e603369273deb592270a",
        "redactions": [
          {
            "after_sha256": null,
            "before_sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
            "file": "email/02_permohonan_penghapusan_data.eml",
            "made_at": "2026-12-05T11:50:11Z",
            "replaced": false
          },
          {
            "after_sha256": "5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600",
            "before_sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
            "file": "jurnal_customers_excel_id.csv",
            "made_at": "2026-12-05T11:50:11Z",
            "replaced": false
          },
          {
            "after_sha256": "334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b",
            "before_sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
            "file": "jurnal_sales_invoices.csv",
            "made_at": "2026-12-05T11:50:11Z",
            "replaced": false
          },
          {
            "after_sha256": "4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1",
            "before_sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
            "file": "jurnal_sales_invoices.xlsx",
            "made_at": "2026-12-05T11:50:11Z",
            "replaced": false
          }
        ],
        "request": {
          "id": "REQ-2026-0006",
          "received_at": "2026-12-01T19:50:04+08:00",
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
      "verification_code": "85BA-HWPH-VTS7"
    }
  }
} satisfies Record<string, Recorded<CertificateCheck>>;
