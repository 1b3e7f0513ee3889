// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk hit list (no search yet: null)`
import type { Recorded } from "./recorded-reply";
import type { StoredSearch } from "$lib/bindings/StoredSearch";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "ok": null
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": {
      "actor": "Wayan",
      "at": "2026-12-05T16:42:52Z",
      "hits": [],
      "id": 3,
      "identifiers": [
        {
          "code": "name",
          "params": {
            "name": "Yohanes Pratama"
          }
        },
        {
          "code": "email",
          "params": {
            "key": "yohanes.pratama@example.com"
          }
        },
        {
          "code": "phone",
          "params": {
            "national": "81234567801"
          }
        }
      ],
      "request_id": "REQ-2026-0002",
      "searched": [
        {
          "error": null,
          "file": "chatwoot_contacts.csv",
          "possible": 0,
          "records": 309,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
          "possible": 0,
          "records": 78,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/01_permohonan_akses_data_pribadi.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/02_permohonan_penghapusan_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/03_request_to_delete_my_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/04_permintaan_salinan_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/05_pertanyaan_faktur.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms.csv",
          "possible": 0,
          "records": 154,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms_sheet_export.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_customers_excel_id.csv",
          "possible": 0,
          "records": 79,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.csv",
          "possible": 0,
          "records": 313,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.xlsx",
          "possible": 0,
          "records": 313,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "kontak_lama_cp1252.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "possible": 0,
          "records": 96,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt",
          "possible": 0,
          "records": 309,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat with Joko Susilo.txt",
          "possible": 0,
          "records": 36,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "wix_form_submissions.csv",
          "possible": 0,
          "records": 155,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        }
      ]
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": null
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "ok": null
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": {
      "actor": "Wayan",
      "at": "2026-12-05T16:42:52Z",
      "hits": [
        {
          "class": "possible",
          "decided_at": "2026-12-05T16:42:53Z",
          "decided_by": "Wayan",
          "decision": "rejected",
          "explanation": [
            {
              "code": "name_similar",
              "params": {
                "subject": "Tri Wulandari"
              }
            }
          ],
          "file": "chatwoot_contacts.csv",
          "id": 1,
          "locator": {
            "kind": "line",
            "line": 103
          },
          "reason": "Nama sama, orang lain (alamat berbeda).",
          "record": 102,
          "record_id": "206",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "tri.wulandari94@gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Tri Wulandari"
              }
            }
          ],
          "file": "chatwoot_contacts.csv",
          "id": 2,
          "locator": {
            "kind": "line",
            "line": 262
          },
          "reason": null,
          "record": 261,
          "record_id": "583",
          "score": 95,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "tri.wulandari94@gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Tri Wulandari"
              }
            },
            {
              "code": "text_mentions",
              "params": {
                "name": "Tri Wulandari"
              }
            }
          ],
          "file": "email/01_permohonan_akses_data_pribadi.eml",
          "id": 3,
          "locator": {
            "kind": "mail",
            "message_id": "c8e2c71a9949b03c0cd5e9d8@s1.mail.example"
          },
          "reason": null,
          "record": 1,
          "record_id": "<c8e2c71a9949b03c0cd5e9d8@s1.mail.example>",
          "score": 100,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Tri Wulandari"
              }
            },
            {
              "code": "text_mentions",
              "params": {
                "name": "Tri Wulandari"
              }
            }
          ],
          "file": "email/05_pertanyaan_faktur.eml",
          "id": 4,
          "locator": {
            "kind": "mail",
            "message_id": "5f2cee9f90bdaf6433d7b5c4@n1b.mail.example"
          },
          "reason": null,
          "record": 1,
          "record_id": "<5f2cee9f90bdaf6433d7b5c4@n1b.mail.example>",
          "score": 40,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "case",
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "Tri.Wulandari94@Gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Ibu Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.csv",
          "id": 5,
          "locator": {
            "kind": "line",
            "line": 93
          },
          "reason": null,
          "record": 92,
          "record_id": "10192#1",
          "score": 95,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "case",
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "Tri.Wulandari94@Gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Ibu Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.csv",
          "id": 6,
          "locator": {
            "kind": "line",
            "line": 94
          },
          "reason": null,
          "record": 93,
          "record_id": "10192#2",
          "score": 95,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.csv",
          "id": 7,
          "locator": {
            "kind": "line",
            "line": 281
          },
          "reason": null,
          "record": 280,
          "record_id": "10350#1",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "case",
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "Tri.Wulandari94@Gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Ibu Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "id": 8,
          "locator": {
            "kind": "cell",
            "row": 93,
            "sheet": "Sheet1"
          },
          "reason": null,
          "record": 92,
          "record_id": "10192#1",
          "score": 95,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "case",
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "Tri.Wulandari94@Gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Ibu Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "id": 9,
          "locator": {
            "kind": "cell",
            "row": 94,
            "sheet": "Sheet1"
          },
          "reason": null,
          "record": 93,
          "record_id": "10192#2",
          "score": 95,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Tri Wulandari"
              }
            }
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "id": 10,
          "locator": {
            "kind": "cell",
            "row": 281,
            "sheet": "Sheet1"
          },
          "reason": null,
          "record": 280,
          "record_id": "10350#1",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 11,
          "locator": {
            "index": 1,
            "kind": "message",
            "line": 1
          },
          "reason": null,
          "record": 1,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 12,
          "locator": {
            "index": 2,
            "kind": "message",
            "line": 2
          },
          "reason": null,
          "record": 2,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 13,
          "locator": {
            "index": 3,
            "kind": "message",
            "line": 3
          },
          "reason": null,
          "record": 3,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 14,
          "locator": {
            "index": 4,
            "kind": "message",
            "line": 4
          },
          "reason": null,
          "record": 4,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 15,
          "locator": {
            "index": 5,
            "kind": "message",
            "line": 5
          },
          "reason": null,
          "record": 5,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 16,
          "locator": {
            "index": 6,
            "kind": "message",
            "line": 6
          },
          "reason": null,
          "record": 6,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 17,
          "locator": {
            "index": 7,
            "kind": "message",
            "line": 8
          },
          "reason": null,
          "record": 7,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "tri.wulandari94@gmail.com"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "text_mentions",
              "params": {
                "name": "Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 18,
          "locator": {
            "index": 8,
            "kind": "message",
            "line": 9
          },
          "reason": null,
          "record": 8,
          "record_id": null,
          "score": 100,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 19,
          "locator": {
            "index": 9,
            "kind": "message",
            "line": 14
          },
          "reason": null,
          "record": 9,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 20,
          "locator": {
            "index": 10,
            "kind": "message",
            "line": 15
          },
          "reason": null,
          "record": 10,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 21,
          "locator": {
            "index": 11,
            "kind": "message",
            "line": 16
          },
          "reason": null,
          "record": 11,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 22,
          "locator": {
            "index": 12,
            "kind": "message",
            "line": 17
          },
          "reason": null,
          "record": 12,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 23,
          "locator": {
            "index": 13,
            "kind": "message",
            "line": 18
          },
          "reason": null,
          "record": 13,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 24,
          "locator": {
            "index": 14,
            "kind": "message",
            "line": 19
          },
          "reason": null,
          "record": 14,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 25,
          "locator": {
            "index": 15,
            "kind": "message",
            "line": 20
          },
          "reason": null,
          "record": 15,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 26,
          "locator": {
            "index": 16,
            "kind": "message",
            "line": 21
          },
          "reason": null,
          "record": 16,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 27,
          "locator": {
            "index": 17,
            "kind": "message",
            "line": 22
          },
          "reason": null,
          "record": 17,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 28,
          "locator": {
            "index": 18,
            "kind": "message",
            "line": 23
          },
          "reason": null,
          "record": 18,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 29,
          "locator": {
            "index": 19,
            "kind": "message",
            "line": 25
          },
          "reason": null,
          "record": 19,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 30,
          "locator": {
            "index": 20,
            "kind": "message",
            "line": 26
          },
          "reason": null,
          "record": 20,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 31,
          "locator": {
            "index": 21,
            "kind": "message",
            "line": 27
          },
          "reason": null,
          "record": 21,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 32,
          "locator": {
            "index": 22,
            "kind": "message",
            "line": 28
          },
          "reason": null,
          "record": 22,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 33,
          "locator": {
            "index": 23,
            "kind": "message",
            "line": 29
          },
          "reason": null,
          "record": 23,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 34,
          "locator": {
            "index": 24,
            "kind": "message",
            "line": 30
          },
          "reason": null,
          "record": 24,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 35,
          "locator": {
            "index": 25,
            "kind": "message",
            "line": 31
          },
          "reason": null,
          "record": 25,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 36,
          "locator": {
            "index": 26,
            "kind": "message",
            "line": 32
          },
          "reason": null,
          "record": 26,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 37,
          "locator": {
            "index": 27,
            "kind": "message",
            "line": 33
          },
          "reason": null,
          "record": 27,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 38,
          "locator": {
            "index": 28,
            "kind": "message",
            "line": 34
          },
          "reason": null,
          "record": 28,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 39,
          "locator": {
            "index": 29,
            "kind": "message",
            "line": 35
          },
          "reason": null,
          "record": 29,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 40,
          "locator": {
            "index": 30,
            "kind": "message",
            "line": 36
          },
          "reason": null,
          "record": 30,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 41,
          "locator": {
            "index": 31,
            "kind": "message",
            "line": 37
          },
          "reason": null,
          "record": 31,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 42,
          "locator": {
            "index": 32,
            "kind": "message",
            "line": 38
          },
          "reason": null,
          "record": 32,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 43,
          "locator": {
            "index": 33,
            "kind": "message",
            "line": 39
          },
          "reason": null,
          "record": 33,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 44,
          "locator": {
            "index": 34,
            "kind": "message",
            "line": 40
          },
          "reason": null,
          "record": 34,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 45,
          "locator": {
            "index": 35,
            "kind": "message",
            "line": 41
          },
          "reason": null,
          "record": 35,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 46,
          "locator": {
            "index": 36,
            "kind": "message",
            "line": 42
          },
          "reason": null,
          "record": 36,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 47,
          "locator": {
            "index": 37,
            "kind": "message",
            "line": 43
          },
          "reason": null,
          "record": 37,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 48,
          "locator": {
            "index": 38,
            "kind": "message",
            "line": 45
          },
          "reason": null,
          "record": 38,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 49,
          "locator": {
            "index": 39,
            "kind": "message",
            "line": 46
          },
          "reason": null,
          "record": 39,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 50,
          "locator": {
            "index": 40,
            "kind": "message",
            "line": 48
          },
          "reason": null,
          "record": 40,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 51,
          "locator": {
            "index": 41,
            "kind": "message",
            "line": 49
          },
          "reason": null,
          "record": 41,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 52,
          "locator": {
            "index": 42,
            "kind": "message",
            "line": 50
          },
          "reason": null,
          "record": 42,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 53,
          "locator": {
            "index": 43,
            "kind": "message",
            "line": 51
          },
          "reason": null,
          "record": 43,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 54,
          "locator": {
            "index": 44,
            "kind": "message",
            "line": 52
          },
          "reason": null,
          "record": 44,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 55,
          "locator": {
            "index": 45,
            "kind": "message",
            "line": 54
          },
          "reason": null,
          "record": 45,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 56,
          "locator": {
            "index": 46,
            "kind": "message",
            "line": 55
          },
          "reason": null,
          "record": 46,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 57,
          "locator": {
            "index": 47,
            "kind": "message",
            "line": 56
          },
          "reason": null,
          "record": 47,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 58,
          "locator": {
            "index": 48,
            "kind": "message",
            "line": 57
          },
          "reason": null,
          "record": 48,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 59,
          "locator": {
            "index": 49,
            "kind": "message",
            "line": 59
          },
          "reason": null,
          "record": 49,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 60,
          "locator": {
            "index": 50,
            "kind": "message",
            "line": 60
          },
          "reason": null,
          "record": 50,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 61,
          "locator": {
            "index": 51,
            "kind": "message",
            "line": 61
          },
          "reason": null,
          "record": 51,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 62,
          "locator": {
            "index": 52,
            "kind": "message",
            "line": 62
          },
          "reason": null,
          "record": 52,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 63,
          "locator": {
            "index": 53,
            "kind": "message",
            "line": 63
          },
          "reason": null,
          "record": 53,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 64,
          "locator": {
            "index": 54,
            "kind": "message",
            "line": 64
          },
          "reason": null,
          "record": 54,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 65,
          "locator": {
            "index": 55,
            "kind": "message",
            "line": 66
          },
          "reason": null,
          "record": 55,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 66,
          "locator": {
            "index": 56,
            "kind": "message",
            "line": 67
          },
          "reason": null,
          "record": 56,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 67,
          "locator": {
            "index": 57,
            "kind": "message",
            "line": 68
          },
          "reason": null,
          "record": 57,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 68,
          "locator": {
            "index": 58,
            "kind": "message",
            "line": 69
          },
          "reason": null,
          "record": 58,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 69,
          "locator": {
            "index": 59,
            "kind": "message",
            "line": 70
          },
          "reason": null,
          "record": 59,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 70,
          "locator": {
            "index": 60,
            "kind": "message",
            "line": 71
          },
          "reason": null,
          "record": 60,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 71,
          "locator": {
            "index": 61,
            "kind": "message",
            "line": 72
          },
          "reason": null,
          "record": 61,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 72,
          "locator": {
            "index": 62,
            "kind": "message",
            "line": 73
          },
          "reason": null,
          "record": 62,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 73,
          "locator": {
            "index": 63,
            "kind": "message",
            "line": 74
          },
          "reason": null,
          "record": 63,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 74,
          "locator": {
            "index": 64,
            "kind": "message",
            "line": 75
          },
          "reason": null,
          "record": 64,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 75,
          "locator": {
            "index": 65,
            "kind": "message",
            "line": 76
          },
          "reason": null,
          "record": 65,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 76,
          "locator": {
            "index": 66,
            "kind": "message",
            "line": 77
          },
          "reason": null,
          "record": 66,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 77,
          "locator": {
            "index": 67,
            "kind": "message",
            "line": 78
          },
          "reason": null,
          "record": 67,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 78,
          "locator": {
            "index": 68,
            "kind": "message",
            "line": 79
          },
          "reason": null,
          "record": 68,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 79,
          "locator": {
            "index": 69,
            "kind": "message",
            "line": 81
          },
          "reason": null,
          "record": 69,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 80,
          "locator": {
            "index": 70,
            "kind": "message",
            "line": 82
          },
          "reason": null,
          "record": 70,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 81,
          "locator": {
            "index": 71,
            "kind": "message",
            "line": 83
          },
          "reason": null,
          "record": 71,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 82,
          "locator": {
            "index": 72,
            "kind": "message",
            "line": 84
          },
          "reason": null,
          "record": 72,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 83,
          "locator": {
            "index": 73,
            "kind": "message",
            "line": 85
          },
          "reason": null,
          "record": 73,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 84,
          "locator": {
            "index": 74,
            "kind": "message",
            "line": 86
          },
          "reason": null,
          "record": 74,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 85,
          "locator": {
            "index": 75,
            "kind": "message",
            "line": 87
          },
          "reason": null,
          "record": 75,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 86,
          "locator": {
            "index": 76,
            "kind": "message",
            "line": 88
          },
          "reason": null,
          "record": 76,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 87,
          "locator": {
            "index": 77,
            "kind": "message",
            "line": 89
          },
          "reason": null,
          "record": 77,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 88,
          "locator": {
            "index": 78,
            "kind": "message",
            "line": 90
          },
          "reason": null,
          "record": 78,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 89,
          "locator": {
            "index": 79,
            "kind": "message",
            "line": 91
          },
          "reason": null,
          "record": 79,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 90,
          "locator": {
            "index": 80,
            "kind": "message",
            "line": 92
          },
          "reason": null,
          "record": 80,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 91,
          "locator": {
            "index": 81,
            "kind": "message",
            "line": 93
          },
          "reason": null,
          "record": 81,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 92,
          "locator": {
            "index": 82,
            "kind": "message",
            "line": 94
          },
          "reason": null,
          "record": 82,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 93,
          "locator": {
            "index": 83,
            "kind": "message",
            "line": 95
          },
          "reason": null,
          "record": 83,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 94,
          "locator": {
            "index": 84,
            "kind": "message",
            "line": 96
          },
          "reason": null,
          "record": 84,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 95,
          "locator": {
            "index": 85,
            "kind": "message",
            "line": 97
          },
          "reason": null,
          "record": 85,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 96,
          "locator": {
            "index": 86,
            "kind": "message",
            "line": 98
          },
          "reason": null,
          "record": 86,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 97,
          "locator": {
            "index": 87,
            "kind": "message",
            "line": 100
          },
          "reason": null,
          "record": 87,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 98,
          "locator": {
            "index": 88,
            "kind": "message",
            "line": 101
          },
          "reason": null,
          "record": 88,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 99,
          "locator": {
            "index": 89,
            "kind": "message",
            "line": 102
          },
          "reason": null,
          "record": 89,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 100,
          "locator": {
            "index": 90,
            "kind": "message",
            "line": 104
          },
          "reason": null,
          "record": 90,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 101,
          "locator": {
            "index": 91,
            "kind": "message",
            "line": 105
          },
          "reason": null,
          "record": 91,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 102,
          "locator": {
            "index": 92,
            "kind": "message",
            "line": 106
          },
          "reason": null,
          "record": 92,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 103,
          "locator": {
            "index": 93,
            "kind": "message",
            "line": 107
          },
          "reason": null,
          "record": 93,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 104,
          "locator": {
            "index": 94,
            "kind": "message",
            "line": 108
          },
          "reason": null,
          "record": 94,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 105,
          "locator": {
            "index": 95,
            "kind": "message",
            "line": 109
          },
          "reason": null,
          "record": 95,
          "record_id": null,
          "score": 75,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Bu Tri Wulandari"
              }
            },
            {
              "code": "whole_chat",
              "params": {
                "because": "identifier_in_chat"
              }
            }
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "id": 106,
          "locator": {
            "index": 96,
            "kind": "message",
            "line": 110
          },
          "reason": null,
          "record": 96,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [
                  "case",
                  "gmail_dots"
                ],
                "key": "triwulandari94@gmail.com",
                "written": "TRI.WULANDARI94@GMAIL.COM"
              }
            }
          ],
          "file": "wix_form_submissions.csv",
          "id": 107,
          "locator": {
            "kind": "line",
            "line": 20
          },
          "reason": null,
          "record": 17,
          "record_id": "0641b88c-7d05-48b4-830f-2b7a832d88ed",
          "score": 90,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        }
      ],
      "id": 1,
      "identifiers": [
        {
          "code": "name",
          "params": {
            "name": "Tri Wulandari"
          }
        },
        {
          "code": "email",
          "params": {
            "key": "triwulandari94@gmail.com"
          }
        }
      ],
      "request_id": "REQ-2026-0005",
      "searched": [
        {
          "error": null,
          "file": "chatwoot_contacts.csv",
          "possible": 1,
          "records": 309,
          "sha256": "ea82654259e5a03a08d7fc0e3b3006c7736b965a84237f3e274ba238c0d3afb4",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 1
        },
        {
          "error": null,
          "file": "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
          "possible": 0,
          "records": 78,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/01_permohonan_akses_data_pribadi.eml",
          "possible": 0,
          "records": 1,
          "sha256": "3a3ff7cd88f0d79c1a03e9e07709105270eaf254527f1e185f6dac86fae279dc",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 1
        },
        {
          "error": null,
          "file": "email/02_permohonan_penghapusan_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/03_request_to_delete_my_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/04_permintaan_salinan_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/05_pertanyaan_faktur.eml",
          "possible": 1,
          "records": 1,
          "sha256": "5138f00a2b29d14c835173efacda22ab47ddbd3f8fa08130daa7f6a3981ceb98",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms.csv",
          "possible": 0,
          "records": 154,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms_sheet_export.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_customers_excel_id.csv",
          "possible": 0,
          "records": 79,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.csv",
          "possible": 1,
          "records": 313,
          "sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 2
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.xlsx",
          "possible": 1,
          "records": 313,
          "sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 2
        },
        {
          "error": null,
          "file": "kontak_lama_cp1252.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "possible": 0,
          "records": 96,
          "sha256": "ae164fad1464556ffabfac3ed117766cd1bde5df374870334377f37724e22a72",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 96
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt",
          "possible": 0,
          "records": 309,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat with Joko Susilo.txt",
          "possible": 0,
          "records": 36,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "wix_form_submissions.csv",
          "possible": 0,
          "records": 155,
          "sha256": "9246214d2e7d5a8593ed9a4757bf566ecd1035347737b36fb63a1862f0a2b324",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 1
        }
      ]
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "actor": "Wayan",
      "at": "2026-12-05T16:42:52Z",
      "hits": [
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Budi Lubis"
              }
            }
          ],
          "file": "chatwoot_contacts.csv",
          "id": 108,
          "locator": {
            "kind": "line",
            "line": 23
          },
          "reason": null,
          "record": 22,
          "record_id": "41",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Budi Setiawan"
              }
            }
          ],
          "file": "chatwoot_contacts.csv",
          "id": 109,
          "locator": {
            "kind": "line",
            "line": 194
          },
          "reason": null,
          "record": 193,
          "record_id": "417",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "strong",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "email_matches",
              "params": {
                "folds": [],
                "key": "budi@ptsinarjayalogistik.co.id",
                "written": "budi@ptsinarjayalogistik.co.id"
              }
            },
            {
              "code": "name_same",
              "params": {
                "name": "Budi Lubis"
              }
            },
            {
              "code": "text_mentions",
              "params": {
                "name": "Budi Setiawan Lubis"
              }
            }
          ],
          "file": "email/02_permohonan_penghapusan_data.eml",
          "id": 110,
          "locator": {
            "kind": "mail",
            "message_id": "7b78b1ee5203d7245025b8ce@s2.mail.example"
          },
          "reason": null,
          "record": 1,
          "record_id": "<7b78b1ee5203d7245025b8ce@s2.mail.example>",
          "score": 100,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": null,
          "decided_by": null,
          "decision": null,
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Budi Setiawan"
              }
            }
          ],
          "file": "google_forms.csv",
          "id": 111,
          "locator": {
            "kind": "line",
            "line": 62
          },
          "reason": null,
          "record": 54,
          "record_id": "2023/07/08 10:18:42 AM GMT+7",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Lubis, Budi S."
              }
            }
          ],
          "file": "jurnal_customers_excel_id.csv",
          "id": 112,
          "locator": {
            "kind": "line",
            "line": 55
          },
          "reason": null,
          "record": 46,
          "record_id": null,
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Lubis, Budi S."
              }
            }
          ],
          "file": "jurnal_sales_invoices.csv",
          "id": 113,
          "locator": {
            "kind": "line",
            "line": 242
          },
          "reason": null,
          "record": 241,
          "record_id": "10312#1",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "class": "possible",
          "decided_at": "2026-12-05T16:42:52Z",
          "decided_by": "Wayan",
          "decision": "confirmed",
          "explanation": [
            {
              "code": "name_same",
              "params": {
                "name": "Lubis, Budi S."
              }
            }
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "id": 114,
          "locator": {
            "kind": "cell",
            "row": 242,
            "sheet": "Sheet1"
          },
          "reason": null,
          "record": 241,
          "record_id": "10312#1",
          "score": 35,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        }
      ],
      "id": 2,
      "identifiers": [
        {
          "code": "name",
          "params": {
            "name": "Budi Setiawan Lubis"
          }
        },
        {
          "code": "email",
          "params": {
            "key": "budi@ptsinarjayalogistik.co.id"
          }
        }
      ],
      "request_id": "REQ-2026-0006",
      "searched": [
        {
          "error": null,
          "file": "chatwoot_contacts.csv",
          "possible": 2,
          "records": 309,
          "sha256": "ea82654259e5a03a08d7fc0e3b3006c7736b965a84237f3e274ba238c0d3afb4",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
          "possible": 0,
          "records": 78,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/01_permohonan_akses_data_pribadi.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/02_permohonan_penghapusan_data.eml",
          "possible": 0,
          "records": 1,
          "sha256": "fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 1
        },
        {
          "error": null,
          "file": "email/03_request_to_delete_my_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/04_permintaan_salinan_data.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "email/05_pertanyaan_faktur.eml",
          "possible": 0,
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms.csv",
          "possible": 1,
          "records": 154,
          "sha256": "65bfcfac928cd2ef1a461fddab0c3147d991ace5e935c0f945194301b3d75e8c",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "google_forms_sheet_export.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_customers_excel_id.csv",
          "possible": 1,
          "records": 79,
          "sha256": "2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.csv",
          "possible": 1,
          "records": 313,
          "sha256": "f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "jurnal_sales_invoices.xlsx",
          "possible": 1,
          "records": 313,
          "sha256": "3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a",
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "kontak_lama_cp1252.csv",
          "possible": 0,
          "records": 32,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "possible": 0,
          "records": 96,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt",
          "possible": 0,
          "records": 309,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "whatsapp/WhatsApp Chat with Joko Susilo.txt",
          "possible": 0,
          "records": 36,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        },
        {
          "error": null,
          "file": "wix_form_submissions.csv",
          "possible": 0,
          "records": 155,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports",
          "strong": 0
        }
      ]
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": null
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": null
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "ok": null
  }
} satisfies Record<string, Recorded<StoredSearch | null>>;
