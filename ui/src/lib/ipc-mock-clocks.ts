// The dev mock's clocks (VITE_IPC_MOCK=1 only): a believable policy window in working days with
// pauses and extensions, and the 3 × 24-hour statutory clock. Looks, not behaviour: the real
// rules (and their 71 hand-counted dates) live in pdp-core.
import type { ClockWarning } from "$lib/bindings/ClockWarning";
import type { Clocks } from "$lib/bindings/Clocks";
import type { ErrorReport } from "$lib/bindings/ErrorReport";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { Request } from "$lib/bindings/Request";
import type { Right } from "$lib/bindings/Right";
import { addDays, isWorkingDay, tableConfidence } from "./ipc-mock-calendar";

export type MockPause = { started: Date; ended: Date | null };
export type MockTimeline = { pauses: MockPause[]; extension: string | null };

const STATUTORY: Right[] = ["correction", "access", "withdraw-consent", "restriction"];
const OFFSET: Record<OfficeProfile["time_zone"], number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };
const HOUR = 3600_000;

/** An instant as RFC 3339 on the office's fixed offset. */
export function onClock(at: Date, zone: OfficeProfile["time_zone"]): string {
  const hours = OFFSET[zone];
  const local = new Date(at.getTime() + hours * HOUR).toISOString().slice(0, 19);
  return `${local}+${String(hours).padStart(2, "0")}:00`;
}

/** The office-clock date of an instant. */
export const dayOf = (at: Date, zone: OfficeProfile["time_zone"]) => onClock(at, zone).slice(0, 10);

function fail(id: string, why: string): never {
  const report: ErrorReport = { code: "clock_refused", message: `cannot change the clock of request ${id}: ${why}`, field: null, reason: null };
  throw report;
}

export function clocksOf(r: Request, tl: MockTimeline, office: OfficeProfile, now: Date): Clocks {
  const zone = office.time_zone;
  const observes = office.observes_cuti_bersama;
  const received = new Date(r.received_at);
  const today = dayOf(now, zone);
  // Days of a pause (up to today for a running one) do not count.
  const paused = (d: string) =>
    tl.pauses.some((p) => dayOf(p.started, zone) <= d && d <= (p.ended ? dayOf(p.ended, zone) : today));
  const counts = (d: string) => isWorkingDay(d, observes) && !paused(d);

  let due = dayOf(received, zone);
  for (let left = office.policy_days; left > 0; ) {
    due = addDays(due, 1);
    if (counts(due)) left -= 1;
  }
  if (tl.extension) due = tl.extension;
  let remaining = 0;
  if (due >= today) for (let d = addDays(today, 1); d <= due; d = addDays(d, 1)) remaining += Number(counts(d));
  else for (let d = addDays(due, 1); d <= today; d = addDays(d, 1)) remaining -= Number(isWorkingDay(d, observes));
  const hours = String(OFFSET[zone]).padStart(2, "0");
  const endsAt = `${due}T23:59:59+${hours}:00`;

  const rights = STATUTORY.filter((x) => r.rights.includes(x));
  const statutoryDue = rights.length > 0 ? new Date(received.getTime() + 72 * HOUR) : null;
  const stricter = statutoryDue && statutoryDue.getTime() < Date.parse(endsAt) ? "statutory" : "policy";
  const running = tl.pauses.find((p) => p.ended === null) ?? null;

  const warnings: ClockWarning[] = [];
  if (stricter === "statutory" && statutoryDue)
    warnings.push({
      code: "policy_after_statutory",
      year: null,
      message: `the policy window ends ${due} 23:59 but the law's 3 × 24 hours end ${onClock(statutoryDue, zone).slice(0, 16).replace("T", " ")}: answer by the statutory deadline`,
    });
  for (let y = Number(addDays(dayOf(received, zone), 1).slice(0, 4)); y <= Number(due.slice(0, 4)); y++) {
    const c = tableConfidence(y);
    if (c === null) warnings.push({ code: "year_not_covered", year: y, message: `no national holidays are known for ${y}` });
    else if (c === "medium")
      warnings.push({ code: "provisional_holidays", year: y, message: `the ${y} holiday table is not yet confirmed against the decree` });
  }
  if (running)
    warnings.push({ code: "paused", year: null, message: `paused since ${onClock(running.started, zone)}: the policy window stands still` });

  return {
    received_at: r.received_at,
    time_zone: zone,
    policy_days: office.policy_days,
    observes_cuti_bersama: observes,
    policy_due: due,
    policy_ends_at: endsAt,
    extended: tl.extension !== null,
    remaining_working_days: remaining,
    policy_overdue: now.getTime() > Date.parse(endsAt),
    statutory_due: statutoryDue ? onClock(statutoryDue, zone) : null,
    statutory_rights: rights,
    remaining_hours: statutoryDue ? Math.floor((statutoryDue.getTime() - now.getTime()) / HOUR) : null,
    statutory_overdue: statutoryDue !== null && now > statutoryDue,
    stricter,
    paused: running !== null,
    paused_since: running ? onClock(running.started, zone) : null,
    warnings,
  };
}

function reasonOf(raw: unknown): string {
  const reason = String(raw ?? "").trim();
  if (!reason) {
    const report: ErrorReport = { code: "invalid_input", message: "reason: reason is required", field: "reason", reason: "required" };
    throw report;
  }
  return reason;
}

/** Pause, resume or extend; returns the text of the history event. */
export function moveClock(
  cmd: "request_pause" | "request_resume" | "request_extend",
  r: Request,
  tl: MockTimeline,
  office: OfficeProfile,
  args: Record<string, unknown>,
  now: Date,
): { kind: "pause" | "resume" | "extension"; text: string } {
  if (["closed", "rejected", "withdrawn"].includes(r.state))
    fail(r.id, `the request is ${r.state}; only open requests can be ${cmd === "request_extend" ? "extended" : "paused"}`);
  const running = tl.pauses.find((p) => p.ended === null);
  if (cmd === "request_pause") {
    if (running) fail(r.id, "the request is already paused");
    const reason = reasonOf(args.reason);
    tl.pauses.push({ started: now, ended: null });
    return { kind: "pause", text: reason };
  }
  if (cmd === "request_resume") {
    if (!running) fail(r.id, "the request is not paused");
    const reason = reasonOf(args.reason);
    running.ended = now;
    return { kind: "resume", text: reason };
  }
  const until = String(args.until ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) {
    const report: ErrorReport = { code: "invalid_input", message: `until: "${until}" is not a date`, field: "until", reason: "format" };
    throw report;
  }
  const current = clocksOf(r, tl, office, now).policy_due;
  const bad = (reason: string, message: string): never => {
    const report: ErrorReport = { code: "invalid_input", message: `until: ${message}`, field: "until", reason };
    throw report;
  };
  if (until <= current) bad("not_later", `an extension must move the due date later than the current ${current}`);
  if (!isWorkingDay(until, office.observes_cuti_bersama)) bad("not_working_day", `${until} is not a working day`);
  const reason = reasonOf(args.reason);
  tl.extension = until;
  return { kind: "extension", text: `due ${until} (was ${current}): ${reason}` };
}
