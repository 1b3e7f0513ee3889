// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk --version and the data folder`
import type { Recorded } from "./recorded-reply";
import type { Installation } from "$lib/bindings/Installation";

export default {
  "{}": {
    "ok": {
      "data_dir": "/home/staf/.local/share/pdpdesk",
      "database": "/home/staf/.local/share/pdpdesk/pdpdesk.db",
      "schema": 18,
      "version": "0.1.0"
    }
  }
} satisfies Record<string, Recorded<Installation>>;
