// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk encryption status`
import type { Recorded } from "./recorded-reply";
import type { EncryptionStatus } from "$lib/bindings/EncryptionStatus";

export default {
  "{}": {
    "ok": {
      "encrypted": false,
      "files": 6,
      "min_passphrase": 10,
      "sealed_files": 0
    }
  }
} satisfies Record<string, Recorded<EncryptionStatus>>;
