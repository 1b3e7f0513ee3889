// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk office show`
import type { Recorded } from "./recorded-reply";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";

export default {
  "{}": {
    "ok": {
      "address": "Jl. Contoh Raya No. 1, Denpasar, Bali 80111",
      "city": "Denpasar",
      "has_logo": false,
      "is_demo": true,
      "letter_number_pattern": "{seq}/PDP/{office}/{roman_month}/{year}",
      "letterhead": [
        "Percetakan & Desain Grafis",
        "Telp. (0361) 000-0000 · privasi@majujayakreatif.example"
      ],
      "name": "CV Maju Jaya Kreatif (DEMO)",
      "observes_cuti_bersama": true,
      "policy_days": 30,
      "signatory_name": "Ni Made Contoh",
      "signatory_position": "Petugas Pelindungan Data Pribadi",
      "time_zone": "Asia/Makassar"
    }
  }
} satisfies Record<string, Recorded<OfficeProfile>>;
