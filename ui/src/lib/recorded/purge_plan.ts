// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk purge --dry-run`
import type { Recorded } from "./recorded-reply";
import type { PurgePlan } from "$lib/bindings/PurgePlan";

export default {
  "{}": {
    "ok": {
      "declined_messages": 0,
      "due": [],
      "next": {
        "ended_at": "2026-10-30T00:42:51Z",
        "id": "REQ-2026-0001",
        "is_demo": true,
        "purge_due": "2028-10-30T00:42:51Z"
      },
      "purged_before": 0,
      "retention_months": 24
    }
  }
} satisfies Record<string, Recorded<PurgePlan>>;
