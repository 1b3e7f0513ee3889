// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "9113 d42b 8b1a be55 73c2 8664 bb1c 82e7 a9f7 322f 2c85 408c 0a35 daef a2fe a7b8",
      "public_key": "e2d3833054a12162310a4c48a8ca977ab168db81839be9a3b9a1c4ac914532cc"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
