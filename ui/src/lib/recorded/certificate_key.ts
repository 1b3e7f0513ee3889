// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "1187 06a4 d5da 0263 1629 97d4 732e 0e22 6952 9ab6 8127 177d 59f2 efdf 241e c1f4",
      "public_key": "a60a3e97167cc78be7f06136a7d395766398b89c769fb8cbd6d446363b9c1902"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
