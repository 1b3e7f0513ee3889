// English for id-setup.ts: a missing or unknown key is a type error.
import type { idSetup } from "./id-setup";

export const enSetup: Record<keyof typeof idSetup, string> = {
  "setup.proc.title": "What the office processes",
  "setup.proc.body": "Pick the sample profile nearest to your office: which data it processes, why, on which legal basis, to whom it is given and how long it is kept. The access pack and the deletion plan use it. It can be adjusted or replaced later in Settings.",
  "setup.proc.done": "The processing register starts from the “{profile}” profile. Adjust it in Settings at any time.",
  "setup.proc.kept": "The office already keeps its own processing register.",
  "setup.staff.unnamed": "staff (name not set)",
  "setup.staff.link": "Set the staff name",
  "setup.board.title": "Finish the settings",
  "setup.board.office": "The office's name and address are not filled in. Both head every letter.",
  "setup.board.office.link": "Fill in the office profile",
  "setup.board.staff": "No staff name is set at this computer. The requests' history records staff without a name.",
};
