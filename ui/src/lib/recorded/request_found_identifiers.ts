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
    "ok": []
  }
} satisfies Record<string, Recorded<FoundIdentifier[]>>;
