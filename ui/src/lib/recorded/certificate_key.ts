// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "d920 1ee9 519c 1a2b 1be8 0bb7 b76c 2a61 553f 5ee6 7442 b4af ddb4 2e33 df31 770c",
      "public_key": "afc76690358fc938e1db6a1877abb1bc7ccc7bafe60649e6eced0b689cdf56e7"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
