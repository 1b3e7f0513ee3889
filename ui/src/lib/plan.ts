// The action plan in words: which rights have one, a line's action and the reason for its default
// (worded from the core's codes, never from its English), where a record is, and the plan's lines
// grouped by file.
import type { Locator } from "$lib/bindings/Locator";
import type { PlanAction } from "$lib/bindings/PlanAction";
import type { PlanBecause } from "$lib/bindings/PlanBecause";
import type { PlanLine } from "$lib/bindings/PlanLine";
import type { ProcessingRegister } from "$lib/bindings/ProcessingRegister";
import type { RetentionGround } from "$lib/bindings/RetentionGround";
import type { Right } from "$lib/bindings/Right";
import type { SourceKind } from "$lib/bindings/SourceKind";
import type { System } from "$lib/bindings/System";
import { i18n, t } from "$lib/i18n";
import { formatDay } from "./clocks";
import { placeOf } from "./search";

/** The rights that act on records, so that a request asking one of them has a plan (the core's `rights_acting`). */
export const ACTING_RIGHTS: readonly Right[] = ["deletion", "correction", "withdraw-consent", "restriction", "objection"];

export function hasPlan(rights: readonly Right[]): boolean {
  return rights.some((r) => ACTING_RIGHTS.includes(r));
}

/** A correction is carried out only once it names its field and new value. */
export function isIncomplete(a: PlanAction): boolean {
  return a.action === "correct" && (!a.field || !a.new_value);
}

/** A purpose kept by its Indonesian name, in the window's language when the register knows it. */
export function purposeName(name: string, register: ProcessingRegister | null | undefined): string {
  if (i18n.locale === "id" || !register) return name;
  for (const e of register.entries) {
    const p = e.purposes.find((x) => x.id === name);
    if (p) return p.en;
  }
  return name;
}

/** "Hapus", "Simpan sampai 31 Des 2033", "Koreksi email → …", "Hentikan pemrosesan: …". */
export function actionText(a: PlanAction, register?: ProcessingRegister | null): string {
  switch (a.action) {
    case "delete":
      return t("plan.action.delete");
    case "retain":
      return t("plan.action.retain", { date: formatDay(a.until, i18n.locale) });
    case "restrict":
      return t("plan.action.restrict");
    case "correct":
      return isIncomplete(a)
        ? t("plan.action.correct.incomplete")
        : t("plan.action.correct", { field: a.field ?? "", value: a.new_value ?? "" });
    case "stop-processing":
      return a.purposes.length === 0
        ? t("plan.action.stop-processing.none")
        : t("plan.action.stop-processing", { purposes: a.purposes.map((p) => purposeName(p, register)).join("; ") });
  }
}

/** The ground of a retained record ("dasar: pembukuan"), null for other actions. */
export function groundText(a: PlanAction): string | null {
  return a.action === "retain" ? t(`plan.ground.${a.ground}`) : null;
}

function period(months: number): string {
  return months % 12 === 0 ? t("plan.period.years", { n: months / 12 }) : t("plan.period.months", { n: months });
}

/** The ground a must-be-kept default rests on: the default's own, else bookkeeping for invoices. */
function groundOf(line: PlanLine): RetentionGround {
  const a = line.default ?? line.action;
  if (a.action === "retain") return a.ground;
  return line.kind === "jurnal-invoices" ? "bookkeeping" : "legal-obligation";
}

/** Why the plan proposes its default, in words. Staff's own reason is shown apart (`changedText`). */
export function becauseText(b: PlanBecause, line: PlanLine): string {
  switch (b.code) {
    case "must_be_kept": {
      const text = t(`plan.because.must_be_kept.${groundOf(line)}`, { period: period(b.months), year: b.book_year });
      return b.dated_by_record ? text : `${text} ${t("plan.because.undated")}`;
    }
    case "changed_by_staff":
      return t("plan.changedReason", { reason: b.reason });
    default:
      return t(`plan.because.${b.code}`);
  }
}

/** Where a record is, as the source system knows it: its id, else its place in the export. */
export function placeText(recordId: string | null, locator: Locator): string {
  return recordId ? t("plan.recordId", { id: recordId }) : placeOf(locator);
}

/** A file's name and the folder it is in ("jurnal/faktur.csv" → "faktur.csv", "jurnal"). */
export function fileParts(file: string): { name: string; folder: string | null } {
  const at = file.lastIndexOf("/");
  return at < 0 ? { name: file, folder: null } : { name: file.slice(at + 1), folder: file.slice(0, at) };
}

export type FileGroup = { key: string; source: string; file: string; kind: SourceKind; lines: PlanLine[] };

/** The plan's lines by file, in the order the core gave them. */
export function byFile(lines: readonly PlanLine[]): FileGroup[] {
  const groups: FileGroup[] = [];
  for (const l of lines) {
    const key = `${l.source}\u0000${l.file}`;
    const g = groups.find((x) => x.key === key);
    if (g) g.lines.push(l);
    else groups.push({ key, source: l.source, file: l.file, kind: l.kind, lines: [l] });
  }
  return groups;
}

/** "1 catatan", "103 catatan" ("1 record", "103 records"). */
export function recordCount(n: number): string {
  return n === 1 ? t("plan.records.one") : t("plan.records", { n });
}

export function fileCount(n: number): string {
  return n === 1 ? t("plan.files.one") : t("plan.files", { n });
}

export function systemName(s: System): string {
  return t(`checklist.system.${s}`);
}
