// English: the redaction of the office's local exports. Typed against `idRedact`.
import type { idRedact } from "./id-redact";

export const enRedact: Record<keyof typeof idRedact, string> = {
  "redact.title": "Local export redaction",
  "redact.subtitle":
    "A copy of each export holding the requester's records: deleted ones are taken out, kept or restricted ones masked, corrected ones replaced; every other record stays exactly as it was. The deletion in the systems themselves still goes through the checklist above.",
  "redact.start": "Redact local exports",
  "redact.close": "Close",

  "redact.out": "Folder for the copies",
  "redact.out.hint": "Must be outside the source folders: copies inside them would be read again as the office's exports.",
  "redact.out.pick": "Choose…",
  "redact.out.pickTitle": "Folder for the redacted copies",
  "redact.out.required": "Choose a folder for the copies.",
  "redact.out.insideSource": "This folder is inside a source folder. Choose one outside it.",
  "redact.out.name": "Redaction {id}",
  "redact.replace": "Replace the original exports with the copies",
  "redact.replace.hint":
    "The originals are replaced in one step (atomically) only when the re-search finds nothing of the subject's; PDP Desk cannot restore them afterwards.",
  "redact.run": "Redact",
  "redact.run.replace": "Redact and replace the originals",
  "redact.running": "Redacting the exports…",
  "redact.progress": "{records} records read · {bytes}",
  "redact.cancelled": "Redaction cancelled. No half-written copy is left and the originals are unchanged.",

  "redact.confirm.title": "Replace the original exports?",
  "redact.confirm.body":
    "Each original export below is replaced by its redacted copy — only if the re-search finds nothing of the subject's. PDP Desk cannot restore the originals afterwards; keep a backup of your own if you still need them.",
  "redact.confirm.files": "Exports replaced:",
  "redact.confirm.ok": "Yes, redact and replace",

  "redact.done.copies": "The redacted copies are written.",
  "redact.done.replaced": "The copies are written and the original exports replaced.",
  "redact.col.file": "Export",
  "redact.col.counts": "Records",
  "redact.col.sha": "SHA-256 before → after",
  "redact.col.original": "Original",
  "redact.count.removed": "{n} removed",
  "redact.count.masked": "{n} masked",
  "redact.count.corrected": "{n} corrected",
  "redact.whole": "file removed whole",
  "redact.whole.copy": "No copy: the whole file is the subject's (a 1:1 chat or a single e-mail).",
  "redact.original.replaced": "Replaced",
  "redact.original.removed": "Removed",
  "redact.original.kept": "Kept",
  "redact.openFolder": "Open folder",
  "redact.copySha": "Copy the SHA-256 {which}",
  "redact.sha.before": "before",
  "redact.sha.after": "after",
  "redact.copied": "SHA-256 copied.",
  "redact.copyFailed": "Could not copy to the clipboard.",

  "redact.research.clean": "Re-search: nothing of the subject's is left in the copies.",
  "redact.research.hits": "The re-search still finds {n} record(s) the plan does not explain:",
  "redact.research.undecided": "not decided — decide it first under Data search",
  "redact.research.strong": "strong hit",
  "redact.research.possible": "possible hit",
  "redact.replaceRefused":
    "The originals were NOT replaced: the re-search still finds the subject's data. Deal with the hits above, then redact again.",
  "redact.toSearch": "Go to Data search",

  "redact.gate.title": "The requester's identity is not verified",
  "redact.gate.hint": "No export is redacted before the requester's identity is verified to the level the rights asked need.",
  "redact.toVerify": "Go to Identity verification",
  "redact.nothing.title": "Nothing to redact",
  "redact.nothing.body":
    "The plan removes, masks or corrects no record of any local export, or its exports were already replaced by their redacted copies.",
  "redact.changed.title": "An export changed since the search",
  "redact.changed.body":
    "An export's content changed after the latest search, so the requester's records cannot be proven to be where they were. Search again, confirm the hits, then redact again.",
  "redact.changed.search": "Search again",

  "redact.list.title": "Redactions so far",
  "redact.list.none": "The local exports have not been redacted for this request yet.",
  "redact.list.run": "{when} · {who}",
  "redact.list.clean": "re-search clean",
  "redact.list.hits": "{n} hit(s) left",
  "redact.list.replaced": "originals replaced",
  "redact.list.copiesIn": "Copies in {dir}",
};
