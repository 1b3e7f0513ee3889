// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": true,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "d186 aa74 d05c ebc3 ee31 21c4 fcec 177b e9dc 4d41 00e4 8760 2a33 26aa 4c12 f9e5",
      "public_key": "c6e6815586be1d0f23e96f3554dbb8b60dd4426da46040dcc8907c472b6b6b40"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
