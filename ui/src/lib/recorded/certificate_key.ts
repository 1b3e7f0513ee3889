// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "1a81 e3e3 d1b4 4d47 7987 ada8 b74c 7f03 6d40 9790 7f56 7821 15ae 2605 0b89 8f5e",
      "public_key": "9a2fec3f8f9f1bb9b8aa6ed86ae6444489379437b0b8e603369273deb592270a"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
