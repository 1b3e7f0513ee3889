// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": true,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "e201 a56a f923 1eb8 6167 01dc 6b03 e7c5 a44b 6d99 8eb5 7394 e820 7856 56ed 47c6",
      "public_key": "8fa92a408cca75fd65557b2b30d5a5f271517afe97012cfb5ac49101dc412c71"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
