// The last steps of a deletion in the window's terms: which plan lines change a local export (so
// the redaction step is offered), the exports they are in, SHA-256s shortened for a table, and the
// request's latest deletion certificate among its letters, and a redacted file's counts in words.
import type { IssuedLetter } from "$lib/bindings/IssuedLetter";
import type { PlanAction } from "$lib/bindings/PlanAction";
import type { PlanLine } from "$lib/bindings/PlanLine";
import type { RedactedFile } from "$lib/bindings/RedactedFile";
import { t } from "$lib/i18n";

/** Whether carrying out `a` changes an export's copy: removed, masked, or a correction with its value. */
export function changesExport(a: PlanAction): boolean {
  switch (a.action) {
    case "delete":
    case "retain":
    case "restrict":
      return true;
    case "correct":
      return a.new_value !== null && a.new_value !== "";
    case "stop-processing":
      return false;
  }
}

/** The exports (by file, in the plan's order) with a line that changes their copy. */
export function exportsChanged(lines: readonly PlanLine[]): string[] {
  const files: string[] = [];
  for (const l of lines) if (changesExport(l.action) && !files.includes(l.file)) files.push(l.file);
  return files;
}

/** The first 12 hex digits, for a table; the full value goes in a title and the copy button. */
export function shortSha(sha: string): string {
  return sha.length > 12 ? `${sha.slice(0, 12)}…` : sha;
}

/** The newest deletion certificate kept (a void number is skipped), or null. */
export function latestCertificate(letters: readonly IssuedLetter[]): IssuedLetter | null {
  const kept = letters.filter((l) => l.kind === "deletion-certificate" && l.file !== null);
  return kept.reduce<IssuedLetter | null>((a, b) => (a === null || b.id > a.id ? b : a), null);
}

/** "2 dihapus · 1 disamarkan": the counts of a redacted file that are not zero. */
export function countsText(f: Pick<RedactedFile, "removed" | "masked" | "corrected">): string {
  const parts: string[] = [];
  if (f.removed > 0) parts.push(t("redact.count.removed", { n: f.removed }));
  if (f.masked > 0) parts.push(t("redact.count.masked", { n: f.masked }));
  if (f.corrected > 0) parts.push(t("redact.count.corrected", { n: f.corrected }));
  return parts.join(" · ");
}
