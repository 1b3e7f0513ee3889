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
        "made_at": "2026-12-03T18:07:30Z",
        "masked": 5,
        "passcode_used": false,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "96af90515a7ed3f3696a468569c0a189ce3ec175e62de847ada70aa632cef09d"
      },
      {
        "actor": "Wayan",
        "bytes": 25473,
        "file_name": "REQ-2026-0005-paket-akses.zip",
        "id": 1,
        "kind": "access-pack",
        "made_at": "2026-12-03T18:07:30Z",
        "masked": 5,
        "passcode_used": true,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "31c1b7d5b8642d1cd173ef944f209624ad348c95d95167dc2f782016581c864e"
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
