// The staff name recorded in the history. When none is set in Settings (nor a login name found),
// the core records "Petugas" (`staff_name` in crates/core/src/store/settings.rs); the window
// words that default in its own language and links it to Settings.
import { t } from "$lib/i18n";
import { shown } from "./shown";

export const DEFAULT_STAFF = "Petugas";

export function isDefaultStaff(name: string | null | undefined): boolean {
  const n = name?.trim() ?? "";
  return n === "" || n === DEFAULT_STAFF;
}

/** A recorded staff name as the window shows it: escaped, or the default in the window's language. */
export function staffShown(name: string): string {
  return isDefaultStaff(name) ? t("setup.staff.unnamed") : shown(name);
}
