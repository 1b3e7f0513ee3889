// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": true,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "0058 9d89 13f5 40de 14cc a273 cdb0 1cd2 f24e 6101 10f4 6c1e 8ad2 424f e86c 1e27",
      "public_key": "e2334fcbf9931adca0e37806809580b737767f41aaebcda944d981bb7afe612b"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
