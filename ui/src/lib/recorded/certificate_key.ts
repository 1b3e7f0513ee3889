// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": true,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "ee68 32dd d0b5 0ac6 e41d bc93 fb60 56a3 a981 86e0 2a10 c154 a27f cabf 40b3 d0a8",
      "public_key": "a4fdd797c99a0497e797381bf06925d6dea3d3c59b2630dc1f1658953f098a10"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
