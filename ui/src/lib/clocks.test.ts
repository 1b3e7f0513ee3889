import { beforeEach, describe, expect, it } from "vitest";
import { clocks, statutoryClocks } from "../test/fake-clocks";
import { dueTone, dueToday, formatDay, leadingClock, matchesDue, warningText } from "./clocks";
import { setLocale } from "$lib/i18n";

describe("clocks in colours and buckets", () => {
  beforeEach(() => setLocale("id"));

  it("leads with the statutory clock only when it applies and ends first", () => {
    expect(leadingClock(statutoryClocks())).toBe("statutory");
    expect(leadingClock(statutoryClocks({ stricter: "policy" }))).toBe("policy");
    expect(leadingClock(clocks({ stricter: "statutory" }))).toBe("policy");
  });

  it("colours the statutory clock by hours: > 24 green, ≤ 24 amber, run out red", () => {
    expect(dueTone(statutoryClocks({ remaining_hours: 47 }))).toBe("ok");
    expect(dueTone(statutoryClocks({ remaining_hours: 24 }))).toBe("soon");
    expect(dueTone(statutoryClocks({ remaining_hours: -1, statutory_overdue: true }))).toBe("overdue");
  });

  it("colours the policy window by working days: > 5 green, ≤ 5 amber, past red, paused grey", () => {
    expect(dueTone(clocks({ remaining_working_days: 6 }))).toBe("ok");
    expect(dueTone(clocks({ remaining_working_days: 5 }))).toBe("soon");
    expect(dueTone(clocks({ remaining_working_days: 0 }))).toBe("soon");
    expect(dueTone(clocks({ remaining_working_days: -2, policy_overdue: true }))).toBe("overdue");
    expect(dueTone(clocks({ paused: true, remaining_working_days: -2, policy_overdue: true }))).toBe("paused");
  });

  it("puts requests in the board's buckets; ended ones in none", () => {
    const now = new Date("2026-11-25T01:00:00Z"); // 25 Nov 09.00 WITA
    const today = clocks({ remaining_working_days: 0 });
    const lawToday = statutoryClocks({ statutory_due: "2026-11-25T14:05:00+08:00", remaining_hours: 5 });
    const lawTomorrow = statutoryClocks({ statutory_due: "2026-11-26T10:00:00+08:00", remaining_hours: 25 });
    expect(dueToday(today, now)).toBe(true);
    expect(dueToday(lawToday, now)).toBe(true);
    expect(dueToday(lawTomorrow, now)).toBe(false);
    expect(matchesDue({ clocks: today }, "soon", now)).toBe(true);
    expect(matchesDue({ clocks: clocks({ paused: true }) }, "paused", now)).toBe(true);
    expect(matchesDue({ clocks: clocks({ paused: true, remaining_working_days: 0 }) }, "today", now)).toBe(false);
    for (const f of ["today", "soon", "overdue", "paused"] as const) expect(matchesDue({ clocks: null }, f, now)).toBe(false);
  });

  it("translates warnings by code, with their year, and falls back to the core's message", () => {
    expect(warningText({ code: "provisional_holidays", year: 2027, message: "x" })).toContain("Daftar libur 2027");
    expect(warningText({ code: "year_not_covered", year: 2028, message: "x" })).toContain("Hari libur nasional 2028");
    expect(warningText({ code: "later_code" as never, year: null, message: "as sent" })).toBe("as sent");
  });

  it("writes calendar dates in the language", () => {
    expect(formatDay("2026-12-14", "id")).toBe("14 Des 2026");
    expect(formatDay("2026-12-14", "id", true)).toBe("Senin, 14 Desember 2026");
    expect(formatDay("2026-12-14", "en", true)).toBe("Monday, 14 December 2026");
  });
});
