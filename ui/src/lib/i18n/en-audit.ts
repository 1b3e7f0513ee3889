// English for id-audit.ts: a missing or unknown key is a type error.
import type { idAudit } from "./id-audit";

export const enAudit: Record<keyof typeof idAudit, string> = {
  "audit.title": "Audit trail",
  "audit.hint": "Every change PDP Desk makes is recorded in a chain whose links lock into each other. An entry edited, deleted, inserted or moved directly in the database file shows here.",
  "audit.state": "State",
  "audit.ok": "Intact",
  "audit.broken": "Broken",
  "audit.brokenAt": "Broken at entry {seq}",
  "audit.entries": "Entries",
  "audit.last": "Last entry",
  "audit.problem": "Problem",
  "audit.request": "Request",
  "audit.checkNow": "Check now",
  "audit.checking": "Checking…",
  "audit.cli": "Its entries: pdpdesk audit list. The details of each change are kept as keyed digests, with no personal data.",

  "audit.problem.missing": "This entry is missing: it was deleted.",
  "audit.problem.broken_link": "This entry does not follow the one before it: an entry was deleted, inserted or moved here.",
  "audit.problem.edited": "This entry's content does not match its hash: it was edited.",
  "audit.problem.key_changed": "The first entry does not match: index.key was replaced or lost, or the entry was edited.",
  "audit.problem.history_edited": "The request history line recorded here was edited.",
  "audit.problem.history_missing": "The request history line recorded here was deleted.",
  "audit.problem.history_unrecorded": "A request history line has no audit entry: it was added outside PDP Desk.",
  "audit.problem.truncated": "The head file audit.head names a later entry than the database holds: the chain's tail was cut off.",
  "audit.problem.beyond_head": "The database holds entries after the one the head file names: audit.head is an old copy.",
  "audit.problem.head_mismatch": "The head file audit.head does not match this entry: it was edited or replaced.",
  "audit.problem.head_missing": "The head file audit.head is missing from the data folder.",
  "audit.problem.head_mismatch_recorded": "A change was recorded here while the head file did not match the database: the chain was cut or the file replaced before.",

  "audit.warning": "The audit trail is broken: the history in the database was changed outside PDP Desk.",
  "audit.warning.open": "See Settings",
} satisfies Record<string, string>;
