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
        "bytes": 18815,
        "file_name": "REQ-2026-0005-data-pribadi.zip",
        "id": 2,
        "kind": "bundle",
        "made_at": "2026-12-04T15:52:12Z",
        "masked": 5,
        "passcode_used": false,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "471e94baadc982f95c1be3ddd857f0af2e9a493e1682638063a783bab0dd7753"
      },
      {
        "actor": "Wayan",
        "bytes": 25473,
        "file_name": "REQ-2026-0005-paket-akses.zip",
        "id": 1,
        "kind": "access-pack",
        "made_at": "2026-12-04T15:52:12Z",
        "masked": 5,
        "passcode_used": true,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "f02991dff1ee5a2fae7668e45240269b76912407aa5a7a73db105653d441ec34"
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
