// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "ef0e d9d3 d371 5ca9 5ba3 ff0a 4739 0c2b a4b7 9827 8215 ce29 ce15 4888 1a4a 892c",
      "public_key": "1aaac0f3d07d388c5c2a29b58b0049c0da02155f1c314d0c358d85110243b7f7"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
