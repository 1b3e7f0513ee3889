// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk verify waiting`
import type { Recorded } from "./recorded-reply";
import type { AwaitingAnswer } from "$lib/bindings/AwaitingAnswer";

export default {
  "{}": {
    "ok": [
      {
        "asked_at": "2026-12-05T16:42:53Z",
        "close_on": "2026-12-18",
        "remind_on": "2026-12-08",
        "request_id": "REQ-2026-0004",
        "waiting": {
          "kind": "recent",
          "working_days": 0
        }
      }
    ]
  }
} satisfies Record<string, Recorded<AwaitingAnswer[]>>;
