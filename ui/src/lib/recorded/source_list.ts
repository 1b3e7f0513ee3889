// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk source list`
import type { Recorded } from "./recorded-reply";
import type { Source } from "$lib/bindings/Source";

export default {
  "{}": {
    "ok": [
      {
        "added_at": "2026-12-05T16:42:51Z",
        "files": [
          {
            "error": null,
            "kind": "chatwoot-contacts",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 309,
            "rel_path": "chatwoot_contacts.csv",
            "report": {
              "bytes": 13315,
              "columns": [
                {
                  "name": "id",
                  "role": "id"
                },
                {
                  "name": "name",
                  "role": "name"
                },
                {
                  "name": "email",
                  "role": "email"
                },
                {
                  "name": "phone_number",
                  "role": "phone"
                },
                {
                  "name": "labels",
                  "role": "other"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8-bom",
              "file": "chatwoot_contacts.csv",
              "kind": "chatwoot-contacts",
              "needs_mapping": false,
              "records": 309,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "flamingo",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 78,
            "rel_path": "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
            "report": {
              "bytes": 13636,
              "columns": [
                {
                  "name": "your-name",
                  "role": "name"
                },
                {
                  "name": "your-email",
                  "role": "email"
                },
                {
                  "name": "your-phone",
                  "role": "phone"
                },
                {
                  "name": "your-subject",
                  "role": "text"
                },
                {
                  "name": "your-message",
                  "role": "text"
                },
                {
                  "name": "Date",
                  "role": "date"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8",
              "file": "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
              "kind": "flamingo",
              "needs_mapping": false,
              "records": 78,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "mail",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 1,
            "rel_path": "email/01_permohonan_akses_data_pribadi.eml",
            "report": {
              "bytes": 1054,
              "columns": [
                {
                  "name": "from name",
                  "role": "name"
                },
                {
                  "name": "from",
                  "role": "email"
                },
                {
                  "name": "reply-to",
                  "role": "email"
                },
                {
                  "name": "date",
                  "role": "date"
                },
                {
                  "name": "subject",
                  "role": "text"
                },
                {
                  "name": "body",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "email/01_permohonan_akses_data_pribadi.eml",
              "kind": "mail",
              "needs_mapping": false,
              "records": 1,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "mail",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 1,
            "rel_path": "email/02_permohonan_penghapusan_data.eml",
            "report": {
              "bytes": 1588,
              "columns": [
                {
                  "name": "from name",
                  "role": "name"
                },
                {
                  "name": "from",
                  "role": "email"
                },
                {
                  "name": "reply-to",
                  "role": "email"
                },
                {
                  "name": "date",
                  "role": "date"
                },
                {
                  "name": "subject",
                  "role": "text"
                },
                {
                  "name": "body",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "email/02_permohonan_penghapusan_data.eml",
              "kind": "mail",
              "needs_mapping": false,
              "records": 1,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "mail",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 1,
            "rel_path": "email/03_request_to_delete_my_data.eml",
            "report": {
              "bytes": 700,
              "columns": [
                {
                  "name": "from name",
                  "role": "name"
                },
                {
                  "name": "from",
                  "role": "email"
                },
                {
                  "name": "reply-to",
                  "role": "email"
                },
                {
                  "name": "date",
                  "role": "date"
                },
                {
                  "name": "subject",
                  "role": "text"
                },
                {
                  "name": "body",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "email/03_request_to_delete_my_data.eml",
              "kind": "mail",
              "needs_mapping": false,
              "records": 1,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "mail",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 1,
            "rel_path": "email/04_permintaan_salinan_data.eml",
            "report": {
              "bytes": 671,
              "columns": [
                {
                  "name": "from name",
                  "role": "name"
                },
                {
                  "name": "from",
                  "role": "email"
                },
                {
                  "name": "reply-to",
                  "role": "email"
                },
                {
                  "name": "date",
                  "role": "date"
                },
                {
                  "name": "subject",
                  "role": "text"
                },
                {
                  "name": "body",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "email/04_permintaan_salinan_data.eml",
              "kind": "mail",
              "needs_mapping": false,
              "records": 1,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "mail",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 1,
            "rel_path": "email/05_pertanyaan_faktur.eml",
            "report": {
              "bytes": 495,
              "columns": [
                {
                  "name": "from name",
                  "role": "name"
                },
                {
                  "name": "from",
                  "role": "email"
                },
                {
                  "name": "reply-to",
                  "role": "email"
                },
                {
                  "name": "date",
                  "role": "date"
                },
                {
                  "name": "subject",
                  "role": "text"
                },
                {
                  "name": "body",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "email/05_pertanyaan_faktur.eml",
              "kind": "mail",
              "needs_mapping": false,
              "records": 1,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "google-forms",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 154,
            "rel_path": "google_forms.csv",
            "report": {
              "bytes": 35788,
              "columns": [
                {
                  "name": "Timestamp",
                  "role": "date"
                },
                {
                  "name": "Email Address",
                  "role": "email"
                },
                {
                  "name": "Nama Lengkap",
                  "role": "name"
                },
                {
                  "name": "Nomor WhatsApp",
                  "role": "phone"
                },
                {
                  "name": "Alamat Pengiriman",
                  "role": "address"
                },
                {
                  "name": "Pesan / Pertanyaan",
                  "role": "text"
                },
                {
                  "name": "Saya menyetujui data saya diproses sesuai UU PDP",
                  "role": "other"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8",
              "file": "google_forms.csv",
              "kind": "google-forms",
              "needs_mapping": false,
              "records": 154,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "google-forms",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 32,
            "rel_path": "google_forms_sheet_export.csv",
            "report": {
              "bytes": 7116,
              "columns": [
                {
                  "name": "Timestamp",
                  "role": "date"
                },
                {
                  "name": "Email address",
                  "role": "email"
                },
                {
                  "name": "Nama Lengkap",
                  "role": "name"
                },
                {
                  "name": "Nomor WhatsApp",
                  "role": "phone"
                },
                {
                  "name": "Alamat Pengiriman",
                  "role": "address"
                },
                {
                  "name": "Pesan / Pertanyaan",
                  "role": "text"
                },
                {
                  "name": "Saya menyetujui data saya diproses sesuai UU PDP",
                  "role": "other"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8",
              "file": "google_forms_sheet_export.csv",
              "kind": "google-forms",
              "needs_mapping": false,
              "records": 32,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "jurnal-customers",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 79,
            "rel_path": "jurnal_customers_excel_id.csv",
            "report": {
              "bytes": 15060,
              "columns": [
                {
                  "name": "*Display Name",
                  "role": "name"
                },
                {
                  "name": "Company Name",
                  "role": "other"
                },
                {
                  "name": "Title",
                  "role": "other"
                },
                {
                  "name": "First Name",
                  "role": "name"
                },
                {
                  "name": "Middle Name",
                  "role": "name"
                },
                {
                  "name": "Last Name",
                  "role": "name"
                },
                {
                  "name": "Billing Address",
                  "role": "address"
                },
                {
                  "name": "BillingAddressNo",
                  "role": "address"
                },
                {
                  "name": "BillingAddressRT",
                  "role": "address"
                },
                {
                  "name": "BillingAddressRW",
                  "role": "address"
                },
                {
                  "name": "BillingAddressPostCode",
                  "role": "address"
                },
                {
                  "name": "BillingAddressKelurahan",
                  "role": "address"
                },
                {
                  "name": "BillingAddressKecamatan",
                  "role": "address"
                },
                {
                  "name": "BillingAddressKabupaten",
                  "role": "address"
                },
                {
                  "name": "BillingAddressProvinsi",
                  "role": "address"
                },
                {
                  "name": "Shipping Address",
                  "role": "address"
                },
                {
                  "name": "Email",
                  "role": "email"
                },
                {
                  "name": "Phone",
                  "role": "phone"
                },
                {
                  "name": "Mobile",
                  "role": "phone"
                },
                {
                  "name": "Fax",
                  "role": "phone"
                },
                {
                  "name": "NPWP",
                  "role": "other"
                },
                {
                  "name": "Identity Type",
                  "role": "other"
                },
                {
                  "name": "Identity Number",
                  "role": "nik"
                },
                {
                  "name": "Other Details",
                  "role": "text"
                },
                {
                  "name": "Balance",
                  "role": "other"
                }
              ],
              "delimiter": ";",
              "encoding": "utf-8-bom",
              "file": "jurnal_customers_excel_id.csv",
              "kind": "jurnal-customers",
              "needs_mapping": false,
              "records": 79,
              "records_with_warnings": 25,
              "rejected": [],
              "warnings": [
                {
                  "line": 2,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 3,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 5,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 9,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 11,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 19,
                  "reason": "Mobile: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 21,
                  "reason": "Mobile: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 25,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 25,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 27,
                  "reason": "Mobile: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 29,
                  "reason": "Mobile: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 31,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 31,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 38,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 42,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 53,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 55,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 58,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 59,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 71,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 77,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 78,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 79,
                  "reason": "Mobile: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 79,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 80,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 83,
                  "reason": "Mobile: a mobile number that lost its leading 0 (Excel)"
                },
                {
                  "line": 88,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                },
                {
                  "line": 92,
                  "reason": "Identity Number: a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                }
              ]
            }
          },
          {
            "error": null,
            "kind": "jurnal-invoices",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 313,
            "rel_path": "jurnal_sales_invoices.csv",
            "report": {
              "bytes": 66864,
              "columns": [
                {
                  "name": "*Customer",
                  "role": "name"
                },
                {
                  "name": "Email",
                  "role": "email"
                },
                {
                  "name": "BillingAddress",
                  "role": "address"
                },
                {
                  "name": "ShippingAddress",
                  "role": "address"
                },
                {
                  "name": "*InvoiceDate",
                  "role": "date"
                },
                {
                  "name": "*DueDate",
                  "role": "date"
                },
                {
                  "name": "ShippingDate",
                  "role": "date"
                },
                {
                  "name": "ShipVia",
                  "role": "other"
                },
                {
                  "name": "TrackingNo",
                  "role": "other"
                },
                {
                  "name": "CustomerRefNo",
                  "role": "other"
                },
                {
                  "name": "*InvoiceNumber",
                  "role": "id"
                },
                {
                  "name": "Message",
                  "role": "text"
                },
                {
                  "name": "Memo",
                  "role": "text"
                },
                {
                  "name": "*ProductName",
                  "role": "other"
                },
                {
                  "name": "Description",
                  "role": "text"
                },
                {
                  "name": "*Quantity",
                  "role": "other"
                },
                {
                  "name": "Unit",
                  "role": "other"
                },
                {
                  "name": "*UnitPrice",
                  "role": "other"
                },
                {
                  "name": "ProductDiscountRate(%)",
                  "role": "other"
                },
                {
                  "name": "InvoiceDiscountRate(%)",
                  "role": "other"
                },
                {
                  "name": "TaxName",
                  "role": "other"
                },
                {
                  "name": "TaxRate(%)",
                  "role": "other"
                },
                {
                  "name": "ShippingFee",
                  "role": "other"
                },
                {
                  "name": "WitholdingAccountCode",
                  "role": "other"
                },
                {
                  "name": "WitholdingAmount(value or %)",
                  "role": "other"
                },
                {
                  "name": "#paid?(yes/no)",
                  "role": "other"
                },
                {
                  "name": "#PaymentMethod",
                  "role": "other"
                },
                {
                  "name": "#PaidToAccountCode",
                  "role": "other"
                },
                {
                  "name": "Tags (use ; to separate tags)",
                  "role": "other"
                },
                {
                  "name": "WarehouseName",
                  "role": "other"
                },
                {
                  "name": "#currency code(example: IDR",
                  "role": "other"
                },
                {
                  "name": "USD",
                  "role": "other"
                },
                {
                  "name": "CAD)",
                  "role": "other"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8",
              "file": "jurnal_sales_invoices.csv",
              "kind": "jurnal-invoices",
              "needs_mapping": false,
              "records": 313,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "jurnal-invoices",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 313,
            "rel_path": "jurnal_sales_invoices.xlsx",
            "report": {
              "bytes": 30691,
              "columns": [
                {
                  "name": "*Customer",
                  "role": "name"
                },
                {
                  "name": "Email",
                  "role": "email"
                },
                {
                  "name": "BillingAddress",
                  "role": "address"
                },
                {
                  "name": "ShippingAddress",
                  "role": "address"
                },
                {
                  "name": "*InvoiceDate",
                  "role": "date"
                },
                {
                  "name": "*DueDate",
                  "role": "date"
                },
                {
                  "name": "ShippingDate",
                  "role": "date"
                },
                {
                  "name": "ShipVia",
                  "role": "other"
                },
                {
                  "name": "TrackingNo",
                  "role": "other"
                },
                {
                  "name": "CustomerRefNo",
                  "role": "other"
                },
                {
                  "name": "*InvoiceNumber",
                  "role": "id"
                },
                {
                  "name": "Message",
                  "role": "text"
                },
                {
                  "name": "Memo",
                  "role": "text"
                },
                {
                  "name": "*ProductName",
                  "role": "other"
                },
                {
                  "name": "Description",
                  "role": "text"
                },
                {
                  "name": "*Quantity",
                  "role": "other"
                },
                {
                  "name": "Unit",
                  "role": "other"
                },
                {
                  "name": "*UnitPrice",
                  "role": "other"
                },
                {
                  "name": "ProductDiscountRate(%)",
                  "role": "other"
                },
                {
                  "name": "InvoiceDiscountRate(%)",
                  "role": "other"
                },
                {
                  "name": "TaxName",
                  "role": "other"
                },
                {
                  "name": "TaxRate(%)",
                  "role": "other"
                },
                {
                  "name": "ShippingFee",
                  "role": "other"
                },
                {
                  "name": "WitholdingAccountCode",
                  "role": "other"
                },
                {
                  "name": "WitholdingAmount(value or %)",
                  "role": "other"
                },
                {
                  "name": "#paid?(yes/no)",
                  "role": "other"
                },
                {
                  "name": "#PaymentMethod",
                  "role": "other"
                },
                {
                  "name": "#PaidToAccountCode",
                  "role": "other"
                },
                {
                  "name": "Tags (use ; to separate tags)",
                  "role": "other"
                },
                {
                  "name": "WarehouseName",
                  "role": "other"
                },
                {
                  "name": "#currency code(example: IDR, USD, CAD)",
                  "role": "other"
                }
              ],
              "delimiter": null,
              "encoding": null,
              "file": "jurnal_sales_invoices.xlsx",
              "kind": "jurnal-invoices",
              "needs_mapping": false,
              "records": 313,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "generic-csv",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 32,
            "rel_path": "kontak_lama_cp1252.csv",
            "report": {
              "bytes": 3621,
              "columns": [
                {
                  "name": "No",
                  "role": "id"
                },
                {
                  "name": "Nama",
                  "role": "name"
                },
                {
                  "name": "Telepon",
                  "role": "phone"
                },
                {
                  "name": "Email",
                  "role": "email"
                },
                {
                  "name": "Alamat",
                  "role": "address"
                },
                {
                  "name": "Catatan",
                  "role": "text"
                }
              ],
              "delimiter": ",",
              "encoding": "windows-1252",
              "file": "kontak_lama_cp1252.csv",
              "kind": "generic-csv",
              "needs_mapping": false,
              "records": 32,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "whatsapp-chat",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 96,
            "rel_path": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
            "report": {
              "bytes": 6538,
              "columns": [
                {
                  "name": "time",
                  "role": "date"
                },
                {
                  "name": "author",
                  "role": "name"
                },
                {
                  "name": "message",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": "utf-8",
              "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
              "kind": "whatsapp-chat",
              "needs_mapping": false,
              "records": 96,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "whatsapp-chat",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 309,
            "rel_path": "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt",
            "report": {
              "bytes": 25802,
              "columns": [
                {
                  "name": "time",
                  "role": "date"
                },
                {
                  "name": "author",
                  "role": "name"
                },
                {
                  "name": "message",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": "utf-8",
              "file": "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt",
              "kind": "whatsapp-chat",
              "needs_mapping": false,
              "records": 309,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "whatsapp-chat",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 36,
            "rel_path": "whatsapp/WhatsApp Chat with Joko Susilo.txt",
            "report": {
              "bytes": 2200,
              "columns": [
                {
                  "name": "time",
                  "role": "date"
                },
                {
                  "name": "author",
                  "role": "name"
                },
                {
                  "name": "message",
                  "role": "text"
                }
              ],
              "delimiter": null,
              "encoding": "utf-8",
              "file": "whatsapp/WhatsApp Chat with Joko Susilo.txt",
              "kind": "whatsapp-chat",
              "needs_mapping": false,
              "records": 36,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": []
            }
          },
          {
            "error": null,
            "kind": "wix-forms",
            "mapped": false,
            "read_at": "2026-12-05T16:42:51Z",
            "records": 155,
            "rel_path": "wix_form_submissions.csv",
            "report": {
              "bytes": 29660,
              "columns": [
                {
                  "name": "Submission time",
                  "role": "date"
                },
                {
                  "name": "First name",
                  "role": "name"
                },
                {
                  "name": "Last name",
                  "role": "name"
                },
                {
                  "name": "Email",
                  "role": "email"
                },
                {
                  "name": "Phone",
                  "role": "phone"
                },
                {
                  "name": "Address",
                  "role": "address"
                },
                {
                  "name": "Message",
                  "role": "text"
                },
                {
                  "name": "Submission ID",
                  "role": "id"
                }
              ],
              "delimiter": ",",
              "encoding": "utf-8",
              "file": "wix_form_submissions.csv",
              "kind": "wix-forms",
              "needs_mapping": false,
              "records": 155,
              "records_with_warnings": 0,
              "rejected": [],
              "warnings": [
                {
                  "line": 193,
                  "reason": "a quoted cell is never closed: the last record runs to the end of the file"
                }
              ]
            }
          }
        ],
        "id": 1,
        "is_folder": true,
        "path": "/home/staf/.local/share/pdpdesk/demo-exports"
      }
    ]
  }
} satisfies Record<string, Recorded<Source[]>>;
