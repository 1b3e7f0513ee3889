// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "3d9b 3220 567d 92be dc15 a853 be4b 508a 631a 0686 c362 cdf8 9383 2c43 8119 a6d1",
      "public_key": "1f40f2f5ba3d2a3a29ac0dfc571632cbd2b8c07bbd9366d069c090964eb86f09"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
