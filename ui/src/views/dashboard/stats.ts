// The board's counts of open requests, from the register as listed (with clocks). The figures of a
// period (per month, per right, days to answer, on time) come from the core: see report-queries.ts.
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { RequestState } from "$lib/bindings/RequestState";
import type { Right } from "$lib/bindings/Right";
import { matchesDue, type DueFilter } from "$lib/clocks";
import { RIGHTS } from "$lib/domain";

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
