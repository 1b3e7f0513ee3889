// The board's numbers, from the register as listed (with clocks): nothing here asks the backend.
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { RequestState } from "$lib/bindings/RequestState";
import type { Right } from "$lib/bindings/Right";
import { matchesDue, type DueFilter } from "$lib/clocks";
import { RIGHTS } from "$lib/domain";
import { officeMonth } from "$lib/format";
import { intlTag, type Key, type Locale } from "$lib/i18n";

export const OPEN_STATES: RequestState[] = ["received", "verifying", "searching", "fulfilling"];
export const isOpen = (r: Pick<RegisterEntry, "state">) => OPEN_STATES.includes(r.state);

/** How many open requests fall in each due-date bucket. */
export function dueCounts(list: RegisterEntry[], now: Date = new Date()): Record<DueFilter, number> {
  const count = (f: DueFilter) => list.filter((r) => matchesDue(r, f, now)).length;
  return { today: count("today"), soon: count("soon"), overdue: count("overdue"), paused: count("paused") };
}

export function openByRight(list: RegisterEntry[]): Record<Right, number> {
  const open = list.filter(isOpen);
  return Object.fromEntries(RIGHTS.map((r) => [r, open.filter((x) => x.rights.includes(r)).length])) as Record<Right, number>;
}

/** The last `months` months on the office clock, oldest first: "YYYY-MM" with a short label. */
export function lastMonths(now: Date, zone: OfficeZone, locale: Locale, months = 12): { month: string; label: string }[] {
  const [y, m] = officeMonth(now, zone).split("-").map(Number);
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { month: "short", year: "2-digit", timeZone: "UTC" });
  return Array.from({ length: months }, (_, i) => {
    const at = new Date(Date.UTC(y, m - 1 - (months - 1 - i), 1));
    return { month: at.toISOString().slice(0, 7), label: fmt.format(at) };
  });
}

/** Requests received in each of the last 12 months. */
export function receivedPerMonth(list: RegisterEntry[], zone: OfficeZone, locale: Locale, now: Date = new Date()) {
  const months = lastMonths(now, zone, locale);
  const counts = new Map(months.map((m) => [m.month, 0]));
  for (const r of list) {
    const m = officeMonth(new Date(r.received_at), zone);
    if (counts.has(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return { labels: months.map((m) => m.label), values: months.map((m) => counts.get(m.month) ?? 0) };
}

/** Upper bounds (days, inclusive) of the time-to-respond groups; the last group is open-ended. */
export const RESPONSE_BUCKETS: [number, Key][] = [
  [3, "chart.ttr.upTo3"],
  [7, "chart.ttr.upTo7"],
  [14, "chart.ttr.upTo14"],
  [30, "chart.ttr.upTo30"],
  [Infinity, "chart.ttr.over30"],
];

const DAY_MS = 86_400_000;

/**
 * Days from receipt to closing of the closed requests. A closed request is not changed any more,
 * so its `updated_at` is the moment it was closed.
 */
export function responseDays(list: RegisterEntry[]): number[] {
  return list
    .filter((r) => r.state === "closed")
    .map((r) => Math.max(0, (Date.parse(r.updated_at) - Date.parse(r.received_at)) / DAY_MS))
    .filter((d) => Number.isFinite(d));
}

export function responseHistogram(days: number[]): number[] {
  return RESPONSE_BUCKETS.map(([upTo], i) => {
    const from = i === 0 ? -1 : RESPONSE_BUCKETS[i - 1][0];
    return days.filter((d) => d > from && d <= upTo).length;
  });
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
