// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk verify levels`
import type { Recorded } from "./recorded-reply";
import type { VerificationLevels } from "$lib/ipc";

export default {
  "{}": {
    "ok": {
      "code_minutes": 30,
      "levels": {
        "per_right": {
          "access": "contact-and-identity",
          "compensation": "contact-and-identity",
          "correction": "contact-on-file",
          "deletion": "contact-and-identity",
          "information": "none",
          "objection": "contact-on-file",
          "portability": "contact-and-identity",
          "restriction": "contact-on-file",
          "withdraw-consent": "contact-on-file"
        }
      }
    }
  }
} satisfies Record<string, Recorded<VerificationLevels>>;
