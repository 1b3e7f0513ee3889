// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk audit verify`
import type { Recorded } from "./recorded-reply";
import type { AuditStatus } from "$lib/bindings/AuditStatus";

export default {
  "{}": {
    "ok": {
      "entries": 74,
      "last_at": "2026-12-05T16:43:06Z",
      "last_seq": 74,
      "ok": true,
      "problem": null
    }
  }
} satisfies Record<string, Recorded<AuditStatus>>;
