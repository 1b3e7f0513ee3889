// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "6c47 f689 5319 8ff8 4738 19b8 5fb0 f792 3137 8c55 f668 f9b9 b1d7 e13d 8329 36e2",
      "public_key": "cf03ac4329892c785fe42d6854afad12bd9ca99f2e52330edad87f38ae24a00e"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
