// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk office processing`
import type { Recorded } from "./recorded-reply";
import type { KeptProcessingRegister } from "$lib/bindings/KeptProcessingRegister";

export default {
  "{}": {
    "ok": {
      "origin": {
        "kind": "profile",
        "profile": "print-studio"
      },
      "register": {
        "entries": [
          {
            "as_processor": false,
            "category": {
              "en": "WhatsApp contacts and conversations (Chatwoot)",
              "id": "Kontak dan percakapan WhatsApp (Chatwoot)"
            },
            "destinations": {
              "en": "The United States and other countries where Google and Wix process data, under standard contractual clauses",
              "id": "Amerika Serikat dan negara lain tempat Google dan Wix memproses data, dengan klausul kontrak standar"
            },
            "leaves_indonesia": true,
            "purposes": [
              {
                "en": "Quoting for and providing the 3D printing, scanning and modelling asked for",
                "id": "Memberi penawaran harga dan layanan cetak, pindai dan pemodelan 3D yang diminta",
                "legal_basis": [
                  "consent",
                  "contract"
                ]
              },
              {
                "en": "Communicating by WhatsApp, phone or e-mail",
                "id": "Berkomunikasi melalui WhatsApp, telepon atau e-mail",
                "legal_basis": [
                  "consent"
                ]
              },
              {
                "en": "Measuring advertising (phone numbers hashed)",
                "id": "Mengukur efektivitas iklan (nomor telepon dalam bentuk hash)",
                "legal_basis": [
                  "legitimate-interest"
                ]
              }
            ],
            "recipients": [
              {
                "name": "Chatwoot",
                "role": {
                  "en": "CRM for WhatsApp conversations",
                  "id": "CRM percakapan WhatsApp"
                }
              },
              {
                "name": "Google LLC",
                "role": {
                  "en": "ad conversion measurement (hashed phone numbers)",
                  "id": "pengukuran konversi iklan (nomor telepon hash)"
                }
              }
            ],
            "retention": {
              "en": "2 years from the last contact",
              "id": "2 tahun sejak kontak terakhir",
              "months": 24
            },
            "source_kinds": [
              "chatwoot-contacts",
              "chatwoot-conversations",
              "whatsapp-chat"
            ]
          },
          {
            "as_processor": false,
            "category": {
              "en": "Website forms (Wix)",
              "id": "Formulir situs web (Wix)"
            },
            "destinations": {
              "en": "The United States and other countries where Google and Wix process data, under standard contractual clauses",
              "id": "Amerika Serikat dan negara lain tempat Google dan Wix memproses data, dengan klausul kontrak standar"
            },
            "leaves_indonesia": true,
            "purposes": [
              {
                "en": "Answering requests and quoting",
                "id": "Menjawab permintaan dan memberi penawaran harga",
                "legal_basis": [
                  "consent",
                  "contract"
                ]
              }
            ],
            "recipients": [
              {
                "name": "Wix.com",
                "role": {
                  "en": "website and form hosting",
                  "id": "hosting situs dan formulir"
                }
              }
            ],
            "retention": {
              "en": "2 years from the last contact",
              "id": "2 tahun sejak kontak terakhir",
              "months": 24
            },
            "source_kinds": [
              "wix-forms"
            ]
          },
          {
            "as_processor": false,
            "category": {
              "en": "Orders, invoices and accounting (Jurnal)",
              "id": "Pesanan, faktur dan akuntansi (Jurnal)"
            },
            "destinations": {
              "en": "",
              "id": ""
            },
            "leaves_indonesia": false,
            "purposes": [
              {
                "en": "Processing orders and payments",
                "id": "Memproses pesanan dan pembayaran",
                "legal_basis": [
                  "contract"
                ]
              },
              {
                "en": "Meeting tax and accounting obligations",
                "id": "Memenuhi kewajiban pajak dan akuntansi",
                "legal_basis": [
                  "legal-obligation"
                ]
              }
            ],
            "recipients": [
              {
                "name": "Jurnal.id (Mekari)",
                "role": {
                  "en": "accounting software",
                  "id": "perangkat lunak akuntansi"
                }
              }
            ],
            "retention": {
              "en": "10 years under tax law",
              "id": "10 tahun menurut peraturan perpajakan",
              "months": 120
            },
            "source_kinds": [
              "jurnal-invoices",
              "jurnal-customers"
            ]
          },
          {
            "as_processor": false,
            "category": {
              "en": "E-mail with customers",
              "id": "E-mail dengan pelanggan"
            },
            "destinations": {
              "en": "",
              "id": ""
            },
            "leaves_indonesia": false,
            "purposes": [
              {
                "en": "Communicating about orders and requests",
                "id": "Berkomunikasi tentang pesanan dan permohonan",
                "legal_basis": [
                  "consent",
                  "contract"
                ]
              }
            ],
            "recipients": [],
            "retention": {
              "en": "2 years from the last contact",
              "id": "2 tahun sejak kontak terakhir",
              "months": 24
            },
            "source_kinds": [
              "mail"
            ]
          },
          {
            "as_processor": false,
            "category": {
              "en": "Site visits and ad click identifiers (gclid, gbraid, wbraid)",
              "id": "Kunjungan situs dan pengenal klik iklan (gclid, gbraid, wbraid)"
            },
            "destinations": {
              "en": "The United States and other countries where Google and Wix process data, under standard contractual clauses",
              "id": "Amerika Serikat dan negara lain tempat Google dan Wix memproses data, dengan klausul kontrak standar"
            },
            "leaves_indonesia": true,
            "purposes": [
              {
                "en": "Measuring Google Ads campaigns and preventing fraud",
                "id": "Mengukur kampanye Google Ads dan mencegah penipuan",
                "legal_basis": [
                  "legitimate-interest"
                ]
              }
            ],
            "recipients": [
              {
                "name": "Google LLC",
                "role": {
                  "en": "Ads, Analytics, Tag Manager",
                  "id": "Ads, Analytics, Tag Manager"
                }
              },
              {
                "name": "Wix.com",
                "role": {
                  "en": "functional cookies",
                  "id": "cookie fungsional"
                }
              }
            ],
            "retention": {
              "en": "90 days (click identifiers; IP and User-Agent hashes)",
              "id": "90 hari (pengenal klik; hash IP dan User-Agent)",
              "months": 3
            },
            "source_kinds": []
          }
        ]
      },
      "updated_at": "2026-12-05T16:42:53.488446556Z",
      "updated_by": "Wayan"
    }
  }
} satisfies Record<string, Recorded<KeptProcessingRegister | null>>;
