// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "9242 9761 5e39 fb7b 803a 47d9 227b 1a05 1064 8b6a 387c 6de2 1301 5c89 644d 1b32",
      "public_key": "cf8b240821fda43e33ee99696986196280a5c646873dff6e5cc6b490785882a8"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
