// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk certificate key`
import type { Recorded } from "./recorded-reply";
import type { CertificateKey } from "$lib/bindings/CertificateKey";

export default {
  "{}": {
    "ok": {
      "created": true,
      "file": "/home/staf/.local/share/pdpdesk/certificate.key",
      "fingerprint": "8edd 1499 a87a 18ed 5b1e 53ec 2302 56ea dbf5 83fa 0ffb 51d9 6369 6115 304b 53ff",
      "public_key": "a0c0c87604e3064488ca00cb4d664393f985e2c3e0245bc5f342c40cdbac5681"
    }
  }
} satisfies Record<string, Recorded<CertificateKey>>;
