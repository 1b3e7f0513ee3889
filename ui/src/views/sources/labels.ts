// Words and numbers of the Sources screen: kinds, roles, statuses, sizes and counts as staff read them.
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FileStatus } from "$lib/bindings/FileStatus";
import type { SourceKind } from "$lib/bindings/SourceKind";
import { intlTag, t, type Key } from "$lib/i18n";

/** The roles a column can have, in the mapping form's order. */
export const FIELD_ROLES: FieldRole[] = ["name", "email", "phone", "nik", "address", "date", "text", "id", "other"];

export const kindLabel = (kind: SourceKind): string => t(`sources.kind.${kind}`);
export const roleLabel = (role: FieldRole): string => t(`sources.role.${role}`);
export const statusLabel = (status: FileStatus): string => t(`sources.status.${status}`);

/** Roles that identify a person, shown stronger among the column chips. */
export const IDENTIFYING: ReadonlySet<FieldRole> = new Set(["name", "email", "phone", "nik", "address"]);

export function formatCount(n: number): string {
  return new Intl.NumberFormat(intlTag()).format(n);
}

/** "12,4 MB" (id) or "12.4 MB" (en). */
export function formatBytes(n: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(intlTag(), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The delimiter in words: "titik koma (;)". */
export function delimiterLabel(d: string): string {
  const names: Record<string, Key> = {
    ",": "sources.delimiter.comma",
    ";": "sources.delimiter.semicolon",
    "\t": "sources.delimiter.tab",
    "|": "sources.delimiter.pipe",
  };
  return names[d] ? t(names[d]) : `“${d}”`;
}

/** The last part of a relative path, and the folders before it. */
export function splitRel(rel: string): { name: string; dir: string } {
  const parts = rel.split(/[\\/]/);
  const name = parts.pop() ?? rel;
  return { name, dir: parts.join("/") };
}

/** How a record of this kind is pointed at: a line of text, a spreadsheet row, a chat message. */
export type LocatorMode = "line" | "cell" | "message" | "number";

export function locatorMode(kind: SourceKind, encoding: string | null): LocatorMode {
  if (kind === "whatsapp-chat") return "message";
  if (kind === "mail") return "number";
  if (kind === "generic-xlsx" || (kind === "jurnal-invoices" && encoding === null)) return "cell";
  return encoding === null ? "number" : "line";
}
