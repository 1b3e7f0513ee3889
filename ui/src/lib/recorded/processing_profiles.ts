// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk office processing --profiles`
import type { Recorded } from "./recorded-reply";
import type { ProcessingProfile } from "$lib/bindings/ProcessingProfile";

export default {
  "{}": {
    "ok": [
      {
        "entries": 5,
        "id": "agency",
        "name": {
          "en": "Software agency (also a processor for clients)",
          "id": "Agensi perangkat lunak (juga prosesor klien)"
        }
      },
      {
        "entries": 5,
        "id": "ai-builder",
        "name": {
          "en": "AI website builder",
          "id": "Pembuat situs web berbasis AI"
        }
      },
      {
        "entries": 5,
        "id": "print-studio",
        "name": {
          "en": "3D-printing studio (Chatwoot, Jurnal, Wix)",
          "id": "Studio cetak 3D (Chatwoot, Jurnal, Wix)"
        }
      }
    ]
  }
} satisfies Record<string, Recorded<ProcessingProfile[]>>;
