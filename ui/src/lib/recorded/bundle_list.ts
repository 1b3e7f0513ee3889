// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk bundle list`
import type { Recorded } from "./recorded-reply";
import type { BundleRecord } from "$lib/bindings/BundleRecord";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": [
      {
        "actor": "Wayan",
        "bytes": 18818,
        "file_name": "REQ-2026-0005-data-pribadi.zip",
        "id": 2,
        "kind": "bundle",
        "made_at": "2026-12-03T19:43:14Z",
        "masked": 5,
        "passcode_used": false,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "cf8c44a40f8209fb74931add9e6a6721a2d1c52c1eb8f2a3cc6c625fa3503222"
      },
      {
        "actor": "Wayan",
        "bytes": 25472,
        "file_name": "REQ-2026-0005-paket-akses.zip",
        "id": 1,
        "kind": "access-pack",
        "made_at": "2026-12-03T19:43:14Z",
        "masked": 5,
        "passcode_used": true,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "40e52c15e70ef6cd8b1c605d1981b7e7499807e9eb030a137d5ab1c521441a18"
      }
    ]
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": []
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "ok": []
  }
} satisfies Record<string, Recorded<BundleRecord[]>>;
