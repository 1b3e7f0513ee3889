// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk metrics`
import type { Recorded } from "./recorded-reply";
import type { Metrics } from "$lib/bindings/Metrics";

export default {
  "{}": {
    "ok": {
      "answered": 1,
      "days_to_answer": [
        {
          "group": "up-to-3",
          "requests": 0
        },
        {
          "group": "up-to-7",
          "requests": 1
        },
        {
          "group": "up-to-14",
          "requests": 0
        },
        {
          "group": "up-to-30",
          "requests": 0
        },
        {
          "group": "over-30",
          "requests": 0
        }
      ],
      "from": "2026-01-01",
      "median_days": 3.3,
      "on_time": {
        "answered": 1,
        "late": 1,
        "on_time": 0,
        "rate": 0.0
      },
      "open": 8,
      "open_by_age": [
        {
          "group": "up-to-3",
          "requests": 3
        },
        {
          "group": "up-to-7",
          "requests": 3
        },
        {
          "group": "up-to-14",
          "requests": 2
        },
        {
          "group": "up-to-30",
          "requests": 0
        },
        {
          "group": "over-30",
          "requests": 0
        }
      ],
      "p90_days": 3.3,
      "per_month": [
        {
          "answered": 0,
          "month": "2026-01",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-02",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-03",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-04",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-05",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-06",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-07",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-08",
          "received": 0
        },
        {
          "answered": 0,
          "month": "2026-09",
          "received": 0
        },
        {
          "answered": 1,
          "month": "2026-10",
          "received": 1
        },
        {
          "answered": 0,
          "month": "2026-11",
          "received": 2
        },
        {
          "answered": 0,
          "month": "2026-12",
          "received": 6
        }
      ],
      "per_right": [
        {
          "requests": 1,
          "right": "information"
        },
        {
          "requests": 3,
          "right": "access"
        },
        {
          "requests": 1,
          "right": "portability"
        },
        {
          "requests": 1,
          "right": "correction"
        },
        {
          "requests": 2,
          "right": "deletion"
        },
        {
          "requests": 1,
          "right": "withdraw-consent"
        },
        {
          "requests": 1,
          "right": "restriction"
        },
        {
          "requests": 1,
          "right": "objection"
        },
        {
          "requests": 0,
          "right": "compensation"
        }
      ],
      "policy": {
        "answered": 1,
        "late": 0,
        "on_time": 1,
        "rate": 1.0
      },
      "received": 9,
      "statutory": {
        "answered": 1,
        "late": 1,
        "on_time": 0,
        "rate": 0.0
      },
      "to": "2026-12-06",
      "withdrawn": 0
    }
  }
} satisfies Record<string, Recorded<Metrics>>;
