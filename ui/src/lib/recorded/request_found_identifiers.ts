// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk hit found`
import type { Recorded } from "./recorded-reply";
import type { FoundIdentifier } from "$lib/bindings/FoundIdentifier";

export default {
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": [
      {
        "found_in": [
          "chatwoot_contacts.csv, line 262",
          "wix_form_submissions.csv, line 20"
        ],
        "kind": "phone",
        "value": "+6283898958528"
      }
    ]
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": [
      {
        "found_in": [
          "jurnal_customers_excel_id.csv, line 55",
          "jurnal_sales_invoices.csv, line 242",
          "jurnal_sales_invoices.xlsx, Sheet1 row 242"
        ],
        "kind": "email",
        "value": "budi.lubis@yahoo.co.id"
      },
      {
        "found_in": [
          "jurnal_customers_excel_id.csv, line 55"
        ],
        "kind": "phone",
        "value": "+6288188514711"
      }
    ]
  }
} satisfies Record<string, Recorded<FoundIdentifier[]>>;
