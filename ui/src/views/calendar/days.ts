// The year view's days: what each date of a year is, from `calendar_year`'s holidays and
// closures plus the weekends the core does not list.
import type { CalendarDay } from "$lib/bindings/CalendarDay";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { DayKind } from "$lib/bindings/DayKind";
import type { EntryKind } from "$lib/bindings/EntryKind";
import { hasKey, intlTag, t, type Locale } from "$lib/i18n";

/** What a cell shows: a listed kind, a weekend or an ordinary working day. */
export type CellKind = DayKind | "weekend" | "workday";

export const ENTRY_KINDS: EntryKind[] = ["closure", "regional"];

export const isOfficeEntry = (d: CalendarDay) => d.kind === "closure" || d.kind === "regional";

/** "YYYY-MM-DD" of a UTC date. */
export const iso = (d: Date) => d.toISOString().slice(0, 10);

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The listed days of each date (a date may carry a national day and an office entry). */
export function byDate(year: CalendarYear | undefined): Map<string, CalendarDay[]> {
  const map = new Map<string, CalendarDay[]>();
  for (const d of year?.days ?? []) map.set(d.date, [...(map.get(d.date) ?? []), d]);
  return map;
}

/** Which kind a date shows: a national holiday first, then the office's entry, then cuti bersama. */
export function cellKind(date: string, listed: CalendarDay[] | undefined): CellKind {
  const kinds = (listed ?? []).map((d) => d.kind);
  if (kinds.includes("LN")) return "LN";
  const office = kinds.find((k) => k === "closure" || k === "regional");
  if (office) return office;
  if (kinds.includes("CB")) return "CB";
  return isWeekend(date) ? "weekend" : "workday";
}

/** The weeks of a month, Monday first; null pads the days outside the month. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(iso(new Date(Date.UTC(year, month, d))));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function monthName(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month, 1)));
}

/** Monday-first short weekday names ("Sen", "Mon"). */
export function weekdayNames(locale: Locale): string[] {
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** The name of a listed kind, or of a cuti bersama day the office works on. */
export function kindLabel(kind: DayKind, observesCutiBersama: boolean): string {
  return t(kind === "CB" && !observesCutiBersama ? "cal.kind.cbOpen" : `cal.kind.${kind}`);
}

/** The core's reason for skipping an event of an .ics file, in the current language when known. */
export function skipReason(reason: string): string {
  const known: Record<string, string> = {
    cancelled: "cal.skip.cancelled",
    "a repeating event: add its days one by one": "cal.skip.repeating",
    "not an all-day event (it has a time of day)": "cal.skip.timed",
    "not an all-day event (it ends at a time of day)": "cal.skip.timed",
    "no start date": "cal.skip.noStart",
    "longer than 31 days: not taken as a closure": "cal.skip.tooLong",
  };
  const key = known[reason];
  if (key && hasKey(key)) return t(key);
  const exists = /^(\d{4}-\d{2}-\d{2}) is already in the office calendar$/.exec(reason);
  return exists ? t("cal.skip.exists", { date: exists[1] }) : reason;
}
