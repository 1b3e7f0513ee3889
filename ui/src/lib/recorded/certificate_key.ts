// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "6251 d59c 0e12 fdd2 ac71 1384 40b9 8089 f9c5 e72c 7114 fdfb 1e70 ea1e 0686 7b2d",
      "public_key": "9490091e00be9a5acd4b47b4a46a34a8ad1cc23e3ffd9388bd1ed187efa4d75b"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
