// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk letter due`
import type { Recorded } from "./recorded-reply";
import type { DueLetter } from "$lib/bindings/DueLetter";

export default {
  "{}": {
    "ok": [
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0002",
        "requester_name": "Yohanes Pratama",
        "since": "2026-11-23T16:42:51Z"
      },
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0009",
        "requester_name": "Fransiska Dewi",
        "since": "2026-11-26T16:42:51Z"
      },
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0003",
        "requester_name": "Dewi Anggraini",
        "since": "2026-12-01T16:42:51Z"
      },
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0007",
        "requester_name": "Sinta Maharani",
        "since": "2026-12-02T16:42:51Z"
      },
      {
        "kind": "forwarded-notice",
        "request_id": "REQ-2026-0007",
        "requester_name": "Sinta Maharani",
        "since": "2026-12-02T16:42:51Z"
      },
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0008",
        "requester_name": "Hendra Gunawan",
        "since": "2026-12-03T16:42:51Z"
      },
      {
        "kind": "acknowledgement",
        "request_id": "REQ-2026-0004",
        "requester_name": "Gregorius Manurung",
        "since": "2026-12-04T16:42:51Z"
      }
    ]
  }
} satisfies Record<string, Recorded<DueLetter[]>>;
