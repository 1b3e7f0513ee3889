// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "fed2 5bed e273 99e0 d524 1b0f 87fd 814c 0ab6 ce8f 369a 23ee f0e8 a1af 41da 6cbc",
      "public_key": "8568048fe66dd4213f838183511475b544689b2cef8a622a813e51a73b30efc0"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
