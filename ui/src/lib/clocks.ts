// The two clocks as the window shows them: which one leads and its colour (their words are in
// due-words.ts). The numbers come from pdp-core (`Clocks`); nothing here counts working days.
import type { ClockKind } from "$lib/bindings/ClockKind";
import type { ClockWarning } from "$lib/bindings/ClockWarning";
import type { Clocks } from "$lib/bindings/Clocks";
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { Right } from "$lib/bindings/Right";
import { officeNowLocal } from "$lib/format";
import { hasKey, intlTag, t, type Locale } from "$lib/i18n";

/** ok: green; soon: amber (≤ 5 working days, ≤ 24 h on the statutory clock); overdue: red; paused: grey. */
export type Tone = "ok" | "soon" | "overdue" | "paused";

/** The register's and the board's buckets. `soon` includes the requests due today. */
export type DueFilter = "today" | "soon" | "overdue" | "paused";
export const DUE_FILTERS: DueFilter[] = ["today", "soon", "overdue", "paused"];

/** Working days (policy) and hours (statutory) at or under which a clock turns amber. */
export const SOON_WORKING_DAYS = 5;
export const SOON_HOURS = 24;

/** The articles of UU PDP that set 3 × 24 hours, by right. */
export const STATUTORY_ARTICLE: Partial<Record<Right, string>> = {
  correction: "Pasal 30",
  access: "Pasal 32",
  "withdraw-consent": "Pasal 40",
  restriction: "Pasal 41",
};

/** The clock shown first: the statutory one only when it applies and ends first. */
export function leadingClock(c: Clocks): ClockKind {
  return c.stricter === "statutory" && c.remaining_hours !== null ? "statutory" : "policy";
}

export function statutoryTone(c: Clocks): Exclude<Tone, "paused"> {
  const hours = c.remaining_hours ?? 0;
  if (c.statutory_overdue || hours < 0) return "overdue";
  return hours <= SOON_HOURS ? "soon" : "ok";
}

export function policyTone(c: Clocks): Exclude<Tone, "paused"> {
  if (c.policy_overdue || c.remaining_working_days < 0) return "overdue";
  return c.remaining_working_days <= SOON_WORKING_DAYS ? "soon" : "ok";
}

/** The colour of the leading clock; a paused request is grey whatever its clocks say. */
export function dueTone(c: Clocks): Tone {
  if (c.paused) return "paused";
  return leadingClock(c) === "statutory" ? statutoryTone(c) : policyTone(c);
}

/** Today's date (YYYY-MM-DD) on the office clock. */
export function officeToday(zone: OfficeZone, now: Date = new Date()): string {
  return officeNowLocal(zone, now).slice(0, 10);
}

/** Whether the leading clock ends today on the office clock (and has not yet run out). */
export function dueToday(c: Clocks, now: Date = new Date()): boolean {
  if (c.paused) return false;
  if (leadingClock(c) === "statutory") {
    return statutoryTone(c) !== "overdue" && (c.statutory_due ?? "").slice(0, 10) === officeToday(c.time_zone, now);
  }
  return policyTone(c) !== "overdue" && c.remaining_working_days === 0;
}

/** Whether an entry of the register falls in a bucket; ended requests (no clocks) never do. */
export function matchesDue(entry: Pick<RegisterEntry, "clocks">, filter: DueFilter, now: Date = new Date()): boolean {
  const c = entry.clocks;
  if (!c) return false;
  switch (filter) {
    case "today":
      return dueToday(c, now);
    case "soon":
      return dueTone(c) === "soon";
    case "overdue":
      return dueTone(c) === "overdue";
    case "paused":
      return c.paused;
  }
}

/** A calendar date ("YYYY-MM-DD") in words: "12 Des 2026", or with `long` "Sabtu, 12 Desember 2026". */
export function formatDay(date: string, locale: Locale, long = false): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = long
    ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
    : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlTag(locale), options).format(at);
}

/** A warning in the current language, by its code (with its year); the core's English otherwise. */
export function warningText(w: ClockWarning): string {
  const key = `warn.${w.code}`;
  if (!hasKey(key)) return w.message;
  return t(key, w.year === null ? {} : { year: w.year });
}
