// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "dc48 9bc4 8dde 5967 edac b826 9b1e a0fb 25aa 3d0a 3a59 da48 5d20 36ae 12ef e5c8",
      "public_key": "701f18e14af7611026d1dc5e5e07e5351ba65d56e68947eb783066c6013a8328"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
