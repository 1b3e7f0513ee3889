// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "e0d1 c9f7 5502 1171 8902 794c 436f 7d22 09c9 e328 4495 093d 5082 edc0 2107 ca12",
      "public_key": "f11ad4e7e194f2322d3a1142f3c663d638e75478a4f56b649529d2f629e13c87"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
