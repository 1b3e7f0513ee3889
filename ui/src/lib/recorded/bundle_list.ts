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
        "bytes": 18821,
        "file_name": "REQ-2026-0005-data-pribadi.zip",
        "id": 2,
        "kind": "bundle",
        "made_at": "2026-12-03T19:01:13Z",
        "masked": 5,
        "passcode_used": false,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "23155863e4d85e12d3d9e37d9252d9a60665e6db7c3d1b34479c25ef918ef878"
      },
      {
        "actor": "Wayan",
        "bytes": 25479,
        "file_name": "REQ-2026-0005-paket-akses.zip",
        "id": 1,
        "kind": "access-pack",
        "made_at": "2026-12-03T19:01:13Z",
        "masked": 5,
        "passcode_used": true,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "d317105f569590f32e7b9c79acda8f3a46804e7589c6e8b649bbad2c3d7fbbda"
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
