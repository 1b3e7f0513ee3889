// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": false,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "0c59 4e8f c152 5e7b 1904 8762 c044 9379 cb63 e826 2a57 cd70 7570 400e 3546 da7c",
      "public_key": "cbdc135211b19d9fcc1c0b77834a3f8480a0e48e3b68b3a95ca1bc301dedd2e3"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
