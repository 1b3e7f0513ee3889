// English for id-setup.ts: a missing or unknown key is a type error.
import type { idSetup } from "./id-setup";

export const enSetup: Record<keyof typeof idSetup, string> = {
  "setup.staff.unnamed": "staff (name not set)",
  "setup.staff.link": "Set the staff name",
  "setup.board.title": "Finish the settings",
  "setup.board.office": "The office's name and address are not filled in. Both head every letter.",
  "setup.board.office.link": "Fill in the office profile",
  "setup.board.staff": "No staff name is set at this computer. The requests' history records staff without a name.",
};
