// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk office mail-server`
import type { Recorded } from "./recorded-reply";
import type { MailServer } from "$lib/bindings/MailServer";

export default {
  "{}": {
    "ok": {
      "has_password": false,
      "settings": null
    }
  }
} satisfies Record<string, Recorded<MailServer>>;
