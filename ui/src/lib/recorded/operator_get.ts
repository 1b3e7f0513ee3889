// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk --as`
import type { Recorded } from "./recorded-reply";

export default {
  "{}": {
    "ok": "Wayan"
  }
} satisfies Record<string, Recorded<string>>;
