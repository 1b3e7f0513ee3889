// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk office show (the example in its text)`
import type { Recorded } from "./recorded-reply";

export default {
  "{\"name\":\"CV Maju Jaya Kreatif (DEMO)\",\"pattern\":\"PDP/{year}\",\"zone\":\"Asia/Makassar\"}": {
    "error": {
      "code": "invalid_input",
      "field": "letter_number_pattern",
      "message": "letter_number_pattern: the pattern must contain {seq}",
      "reason": "format"
    }
  },
  "{\"name\":\"CV Maju Jaya Kreatif (DEMO)\",\"pattern\":\"{seq}/PDP/{office}/{roman_month}/{year}\",\"zone\":\"Asia/Makassar\"}": {
    "ok": "001/PDP/CMJKD/XII/2026"
  },
  "{\"name\":\"CV Maju Jaya Kreatif (DEMO)\",\"pattern\":\"{seq}/PDP/{office}/{year}\",\"zone\":\"Asia/Makassar\"}": {
    "ok": "001/PDP/CMJKD/2026"
  },
  "{\"name\":\"CV Maju Jaya Kreatif (DEMO)\",\"pattern\":\"{seq}/{office}\",\"zone\":\"Asia/Makassar\"}": {
    "ok": "001/CMJKD"
  }
} satisfies Record<string, Recorded<string>>;
