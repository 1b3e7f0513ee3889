// The audit chain's problems in the window's words: every code the core can give has its
// sentence (the map is checked against the generated union).
import type { AuditProblemCode } from "$lib/bindings/AuditProblemCode";
import type { Key } from "$lib/i18n";

export const problemKey: Record<AuditProblemCode, Key> = {
  missing: "audit.problem.missing",
  broken_link: "audit.problem.broken_link",
  edited: "audit.problem.edited",
  key_changed: "audit.problem.key_changed",
  history_edited: "audit.problem.history_edited",
  history_missing: "audit.problem.history_missing",
  history_unrecorded: "audit.problem.history_unrecorded",
  truncated: "audit.problem.truncated",
  beyond_head: "audit.problem.beyond_head",
  head_mismatch: "audit.problem.head_mismatch",
  head_missing: "audit.problem.head_missing",
  head_mismatch_recorded: "audit.problem.head_mismatch_recorded",
};
