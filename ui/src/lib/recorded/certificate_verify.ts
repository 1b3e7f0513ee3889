// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate verify FILE`
import type { Recorded } from "./recorded-reply";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";

export default {
  "{\"path\":\"/home/staf/Dokumen/Berita Acara REQ-2026-0006.pdf\"}": {
    "ok": {
      "key_fingerprint": "dc48 9bc4 8dde 5967 edac b826 9b1e a0fb 25aa 3d0a 3a59 da48 5d20 36ae 12ef e5c8",
      "problem": null,
      "register": {
        "after_issue": [],
        "issued": true,
        "own_key": true,
        "plan_changed": false,
        "reopened": false,
        "same_file": true,
        "state": "verifying"
      },
      "seal": "valid",
      "sha256": "394e9b33e36591cef351ef84b29f29d9910f339491b1b9250f63398a255f8ce7",
      "statement": {
        "dated": "2026-12-04",
        "format": "pdpdesk/berita-acara-penghapusan/1",
        "issued_at": "2026-12-04T15:52:12Z",
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
        "public_key": "701f18e14af7611026d1dc5e5e07e5351ba65d56e68947eb783066c6013a8328",
        "redactions": [
          {
            "after_sha256": null,
            "before_sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
            "file": "email/02_permohonan_penghapusan_data.eml",
            "made_at": "2026-12-04T15:52:12Z",
            "replaced": false
          },
          {
            "after_sha256": "5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600",
            "before_sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
            "file": "jurnal_customers_excel_id.csv",
            "made_at": "2026-12-04T15:52:12Z",
            "replaced": false
          },
          {
            "after_sha256": "334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b",
            "before_sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
            "file": "jurnal_sales_invoices.csv",
            "made_at": "2026-12-04T15:52:12Z",
            "replaced": false
          },
          {
            "after_sha256": "4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1",
            "before_sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
            "file": "jurnal_sales_invoices.xlsx",
            "made_at": "2026-12-04T15:52:12Z",
            "replaced": false
          }
        ],
        "request": {
          "id": "REQ-2026-0006",
          "received_at": "2026-11-30T23:52:10+08:00",
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
      "verification_code": "N8RQ-DTTC-HWV9"
    }
  }
} satisfies Record<string, Recorded<CertificateCheck>>;
