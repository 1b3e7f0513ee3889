// A request's deadline in words: the time left on a clock ("sisa 47 jam", "sisa 12 hari kerja"),
// the leading clock in short with its day ("sisa 12 hari kerja, sampai Jumat 19 Des"), whole or
// in parts, and the one headline of a request ("Jawab paling lambat Jumat, 19 Des 2026 (sisa 12
// hari kerja)").
// The counts come from pdp-core (`Clocks`); the days are its due instants on the office clock.
import type { Clocks } from "$lib/bindings/Clocks";
import { leadingClock } from "$lib/clocks";
import { formatTime, formatWeekday } from "$lib/format";
import { i18n, t } from "$lib/i18n";

/** Hours late from which the law's clock says since when rather than how many hours. */
const HOURS_SHOWN_BELOW = 72;

/** Hours past the law's 3 × 24 hours, or null while they have not run out. */
function hoursLate(c: Clocks): number | null {
  const hours = c.remaining_hours ?? 0;
  return c.statutory_overdue || hours < 0 ? -hours : null;
}

/** The law's 3 × 24 hours: "sisa 47 jam", "kurang dari 1 jam", "terlambat 5 jam", "terlambat 4 hari". */
export function hoursWords(c: Clocks): string {
  const late = hoursLate(c);
  if (late !== null) {
    // The law counts calendar hours: past three days late, whole calendar days say it.
    if (late >= HOURS_SHOWN_BELOW) return t("dueWords.calendarDays.late", { n: Math.floor(late / 24) });
    if (late < 1) return t("dueWords.hours.lateUnderOne");
    return late === 1 ? t("dueWords.hours.lateOne") : t("dueWords.hours.late", { n: late });
  }
  const hours = c.remaining_hours ?? 0;
  if (hours === 0) return t("dueWords.hours.underOne");
  return hours === 1 ? t("dueWords.hours.leftOne") : t("dueWords.hours.left", { n: hours });
}

/** The office's policy window: "sisa 12 hari kerja", "tenggat hari ini", "terlambat 3 hari kerja", "terlambat". */
export function workingDaysWords(c: Clocks): string {
  const n = c.remaining_working_days;
  if (c.policy_overdue || n < 0) {
    if (n >= 0) return t("dueWords.late");
    return n === -1 ? t("dueWords.days.lateOne") : t("dueWords.days.late", { n: -n });
  }
  if (n === 0) return t("dueWords.today");
  return n === 1 ? t("dueWords.days.leftOne") : t("dueWords.days.left", { n });
}

/** "dijeda sejak Jumat 21 Nov", or "dijeda" when the core did not say since when. */
function pausedWords(c: Clocks): string {
  if (!c.paused_since) return t("dueWords.paused");
  return t("dueWords.pausedSince", { day: formatWeekday(c.paused_since, c.time_zone, i18n.locale) });
}

/** The leading clock in short, in two parts: what remains, and the day it ends or ended. */
export interface DueParts {
  /** "sisa 12 hari kerja", "sisa 47 jam", "terlambat", "tenggat hari ini", "dijeda sejak Jumat 21 Nov". */
  left: string;
  /** "sampai Jumat 19 Des", "sejak Jumat 21 Nov"; null when hours or "today" say it all. */
  day: string | null;
}

function statutoryParts(c: Clocks, due: string): DueParts {
  const late = hoursLate(c);
  if (late === null || late < HOURS_SHOWN_BELOW) return { left: hoursWords(c), day: null };
  return { left: hoursWords(c), day: t("dueWords.since", { day: formatWeekday(due, c.time_zone, i18n.locale) }) };
}

function policyParts(c: Clocks): DueParts {
  const left = workingDaysWords(c);
  const day = formatWeekday(c.policy_ends_at, c.time_zone, i18n.locale);
  if (c.policy_overdue || c.remaining_working_days < 0) return { left, day: t("dueWords.since", { day }) };
  return { left, day: c.remaining_working_days === 0 ? null : t("dueWords.until", { day }) };
}

/** The leading clock in short, in parts: the register puts the day under the remaining time. */
export function dueParts(c: Clocks): DueParts {
  if (c.paused) return { left: pausedWords(c), day: null };
  if (leadingClock(c) === "statutory" && c.statutory_due) return statutoryParts(c, c.statutory_due);
  return policyParts(c);
}

/**
 * The leading clock in short on one line: hours on the law's clock ("sisa 71 jam"), otherwise
 * working days and the day ("sisa 12 hari kerja, sampai Jumat 19 Des", "terlambat 12 hari kerja,
 * sejak Jumat 21 Nov", "tenggat hari ini"); a paused request "dijeda sejak Jumat 21 Nov".
 */
export function dueWords(c: Clocks): string {
  const { left, day } = dueParts(c);
  return day ? `${left}, ${day}` : left;
}

/**
 * The one headline of a request: "Jawab paling lambat Jumat, 19 Des 2026 (sisa 12 hari kerja)", on
 * the law's clock with the hour ("… Jumat, 27 Nov 2026 14.05 WITA (sisa 47 jam)"). The law's
 * clock does not pause; the policy window does.
 */
export function answerBy(c: Clocks): string {
  const locale = i18n.locale;
  if (leadingClock(c) === "statutory" && c.statutory_due) {
    const at = `${formatWeekday(c.statutory_due, c.time_zone, locale, true)} ${formatTime(c.statutory_due, c.time_zone, locale)}`;
    return t("dueWords.answerBy", { at, left: hoursWords(c) });
  }
  const at = formatWeekday(c.policy_ends_at, c.time_zone, locale, true);
  return t("dueWords.answerBy", { at, left: c.paused ? pausedWords(c) : workingDaysWords(c) });
}
