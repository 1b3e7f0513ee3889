// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk bundle preview`
import type { Recorded } from "./recorded-reply";
import type { BundlePreview } from "$lib/bindings/BundlePreview";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "error": {
      "code": "verification_refused",
      "field": null,
      "message": "request REQ-2026-0001: the requester is not verified, so nothing may leave the office; missing: the request's e-mail or phone on a record staff confirmed; a one-time code answered or the NIK sighted",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "error": {
      "code": "verification_refused",
      "field": null,
      "message": "request REQ-2026-0002: the requester is not verified, so nothing may leave the office; missing: the request's e-mail or phone on a record staff confirmed; a one-time code answered or the NIK sighted",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "error": {
      "code": "verification_refused",
      "field": null,
      "message": "request REQ-2026-0003: the requester is not verified, so nothing may leave the office; missing: the request's e-mail or phone on a record staff confirmed",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "error": {
      "code": "verification_refused",
      "field": null,
      "message": "request REQ-2026-0004: the requester is not verified, so nothing may leave the office; missing: the request's e-mail or phone on a record staff confirmed; a one-time code answered or the NIK sighted",
      "reason": null
    }
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": {
      "files": [
        {
          "fields": [
            "id",
            "name",
            "email",
            "phone_number",
            "labels"
          ],
          "file": "chatwoot_contacts.csv",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "from name",
            "from",
            "date",
            "subject",
            "body"
          ],
          "file": "email/01_permohonan_akses_data_pribadi.eml",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "*Customer",
            "Email",
            "BillingAddress",
            "ShippingAddress",
            "*InvoiceDate",
            "*DueDate",
            "ShippingDate",
            "ShipVia",
            "TrackingNo",
            "CustomerRefNo",
            "*InvoiceNumber",
            "Message",
            "Memo",
            "*ProductName",
            "Description",
            "*Quantity",
            "Unit",
            "*UnitPrice",
            "ProductDiscountRate(%)",
            "InvoiceDiscountRate(%)",
            "TaxName",
            "TaxRate(%)",
            "ShippingFee",
            "WitholdingAccountCode",
            "WitholdingAmount(value or %)",
            "#paid?(yes/no)",
            "#PaymentMethod",
            "#PaidToAccountCode",
            "Tags (use ; to separate tags)",
            "WarehouseName",
            "#currency code(example: IDR",
            "USD",
            "CAD)"
          ],
          "file": "jurnal_sales_invoices.csv",
          "records": 2,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "*Customer",
            "Email",
            "BillingAddress",
            "ShippingAddress",
            "*InvoiceDate",
            "*DueDate",
            "ShippingDate",
            "ShipVia",
            "TrackingNo",
            "CustomerRefNo",
            "*InvoiceNumber",
            "Message",
            "Memo",
            "*ProductName",
            "Description",
            "*Quantity",
            "Unit",
            "*UnitPrice",
            "ProductDiscountRate(%)",
            "InvoiceDiscountRate(%)",
            "TaxName",
            "TaxRate(%)",
            "ShippingFee",
            "WitholdingAccountCode",
            "WitholdingAmount(value or %)",
            "#paid?(yes/no)",
            "#PaymentMethod",
            "#PaidToAccountCode",
            "Tags (use ; to separate tags)",
            "WarehouseName",
            "#currency code(example: IDR, USD, CAD)"
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "records": 2,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "time",
            "message",
            "author"
          ],
          "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
          "records": 96,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "Submission time",
            "First name",
            "Last name",
            "Email",
            "Phone",
            "Address",
            "Message",
            "Submission ID"
          ],
          "file": "wix_form_submissions.csv",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        }
      ],
      "left_out": [],
      "masked": [
        {
          "entry": "data/demo-exports/chatwoot_contacts.csv",
          "field": "phone_number",
          "hint": "+6…8528",
          "kind": "phone",
          "record": 261
        },
        {
          "entry": "data/demo-exports/email__01_permohonan_akses_data_pribadi.eml",
          "field": "body",
          "hint": "+6…8528",
          "kind": "phone",
          "record": 1
        },
        {
          "entry": "data/demo-exports/whatsapp__Chat_WhatsApp_dengan_Bu_Tri_Wulandari.txt",
          "field": "message",
          "hint": "+6…8528",
          "kind": "phone",
          "record": 8
        },
        {
          "entry": "data/demo-exports/whatsapp__Chat_WhatsApp_dengan_Bu_Tri_Wulandari.txt",
          "field": "message",
          "hint": "pr…o.id",
          "kind": "email",
          "record": 96
        },
        {
          "entry": "data/demo-exports/wix_form_submissions.csv",
          "field": "Phone",
          "hint": "+6…8528",
          "kind": "phone",
          "record": 17
        }
      ],
      "partial_chats": [],
      "request_id": "REQ-2026-0005"
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "files": [
        {
          "fields": [
            "from name",
            "from",
            "date",
            "subject",
            "body"
          ],
          "file": "email/02_permohonan_penghapusan_data.eml",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "*Display Name",
            "Company Name",
            "Title",
            "First Name",
            "Middle Name",
            "Last Name",
            "Billing Address",
            "BillingAddressNo",
            "BillingAddressRT",
            "BillingAddressRW",
            "BillingAddressPostCode",
            "BillingAddressKelurahan",
            "BillingAddressKecamatan",
            "BillingAddressKabupaten",
            "BillingAddressProvinsi",
            "Shipping Address",
            "Email",
            "Phone",
            "Mobile",
            "Fax",
            "NPWP",
            "Identity Type",
            "Identity Number",
            "Other Details",
            "Balance"
          ],
          "file": "jurnal_customers_excel_id.csv",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "*Customer",
            "Email",
            "BillingAddress",
            "ShippingAddress",
            "*InvoiceDate",
            "*DueDate",
            "ShippingDate",
            "ShipVia",
            "TrackingNo",
            "CustomerRefNo",
            "*InvoiceNumber",
            "Message",
            "Memo",
            "*ProductName",
            "Description",
            "*Quantity",
            "Unit",
            "*UnitPrice",
            "ProductDiscountRate(%)",
            "InvoiceDiscountRate(%)",
            "TaxName",
            "TaxRate(%)",
            "ShippingFee",
            "WitholdingAccountCode",
            "WitholdingAmount(value or %)",
            "#paid?(yes/no)",
            "#PaymentMethod",
            "#PaidToAccountCode",
            "Tags (use ; to separate tags)",
            "WarehouseName",
            "#currency code(example: IDR",
            "USD",
            "CAD)"
          ],
          "file": "jurnal_sales_invoices.csv",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        },
        {
          "fields": [
            "*Customer",
            "Email",
            "BillingAddress",
            "ShippingAddress",
            "*InvoiceDate",
            "*DueDate",
            "ShippingDate",
            "ShipVia",
            "TrackingNo",
            "CustomerRefNo",
            "*InvoiceNumber",
            "Message",
            "Memo",
            "*ProductName",
            "Description",
            "*Quantity",
            "Unit",
            "*UnitPrice",
            "ProductDiscountRate(%)",
            "InvoiceDiscountRate(%)",
            "TaxName",
            "TaxRate(%)",
            "ShippingFee",
            "WitholdingAccountCode",
            "WitholdingAmount(value or %)",
            "#paid?(yes/no)",
            "#PaymentMethod",
            "#PaidToAccountCode",
            "Tags (use ; to separate tags)",
            "WarehouseName",
            "#currency code(example: IDR, USD, CAD)"
          ],
          "file": "jurnal_sales_invoices.xlsx",
          "records": 1,
          "source": "/home/staf/.local/share/pdpdesk/demo-exports"
        }
      ],
      "left_out": [],
      "masked": [
        {
          "entry": "data/demo-exports/email__02_permohonan_penghapusan_data.eml",
          "field": "body",
          "hint": "bu…o.id",
          "kind": "email",
          "record": 1
        },
        {
          "entry": "data/demo-exports/email__02_permohonan_penghapusan_data.eml",
          "field": "body",
          "hint": "+6…4711",
          "kind": "phone",
          "record": 1
        },
        {
          "entry": "data/demo-exports/jurnal_customers_excel_id.csv",
          "field": "Email",
          "hint": "bu…o.id",
          "kind": "email",
          "record": 46
        },
        {
          "entry": "data/demo-exports/jurnal_sales_invoices.csv",
          "field": "Email",
          "hint": "BU…O.ID",
          "kind": "email",
          "record": 241
        },
        {
          "entry": "data/demo-exports/jurnal_sales_invoices.csv",
          "field": "Memo",
          "hint": "+6…4711",
          "kind": "phone",
          "record": 241
        },
        {
          "entry": "data/demo-exports/jurnal_sales_invoices.xlsx",
          "field": "Email",
          "hint": "BU…O.ID",
          "kind": "email",
          "record": 241
        },
        {
          "entry": "data/demo-exports/jurnal_sales_invoices.xlsx",
          "field": "Memo",
          "hint": "+6…4711",
          "kind": "phone",
          "record": 241
        }
      ],
      "partial_chats": [],
      "request_id": "REQ-2026-0006"
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "error": {
      "code": "verification_refused",
      "field": null,
      "message": "request REQ-2026-0007: the requester is not verified, so nothing may leave the office; missing: the request's e-mail or phone on a record staff confirmed",
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
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "error": {
      "code": "nothing_confirmed",
      "field": null,
      "message": "request REQ-2026-0009: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first",
      "reason": null
    }
  }
} satisfies Record<string, Recorded<BundlePreview>>;
