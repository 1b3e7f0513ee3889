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
        "bytes": 18809,
        "file_name": "REQ-2026-0005-data-pribadi.zip",
        "id": 2,
        "kind": "bundle",
        "made_at": "2026-12-03T16:35:47Z",
        "masked": 5,
        "passcode_used": false,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "18e41356c388774bbb834c2aa75a10b6f8496f4aad4d7cc2ab52581a53bf0408"
      },
      {
        "actor": "Wayan",
        "bytes": 25467,
        "file_name": "REQ-2026-0005-paket-akses.zip",
        "id": 1,
        "kind": "access-pack",
        "made_at": "2026-12-03T16:35:47Z",
        "masked": 5,
        "passcode_used": true,
        "records": 103,
        "request_id": "REQ-2026-0005",
        "sha256": "541bc48d0f1238e755edae772e91102e51ba106da4f75fdec3f5f9730514a5f4"
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
