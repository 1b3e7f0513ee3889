import { beforeEach, describe, expect, it } from "vitest";
import { clocks, statutoryClocks } from "../test/fake-clocks";
import { answerBy, dueParts, dueWords, hoursWords, workingDaysWords } from "./due-words";
import { setLocale } from "$lib/i18n";

const late = (hours: number) => statutoryClocks({ remaining_hours: -hours, statutory_overdue: true });

describe("deadlines in words", () => {
  beforeEach(() => setLocale("id"));

  it("counts the law's clock in hours, and says since when once it is 72 hours late", () => {
    expect(dueWords(statutoryClocks({ remaining_hours: 71 }))).toBe("sisa 71 jam");
    expect(dueWords(statutoryClocks({ remaining_hours: 1 }))).toBe("sisa 1 jam");
    expect(dueWords(statutoryClocks({ remaining_hours: 0 }))).toBe("kurang dari 1 jam");
    expect(dueWords(late(0))).toBe("terlambat kurang dari 1 jam");
    expect(dueWords(late(5))).toBe("terlambat 5 jam");
    expect(dueWords(late(71))).toBe("terlambat 71 jam");
    expect(dueWords(late(72))).toBe("terlambat 3 hari, sejak Jumat 27 Nov");
    expect(hoursWords(late(72))).toBe("terlambat 3 hari");
    expect(hoursWords(late(95))).toBe("terlambat 3 hari");
    expect(hoursWords(late(96))).toBe("terlambat 4 hari");
  });

  it("counts the policy window in working days, with the day it ends", () => {
    expect(dueWords(clocks({ remaining_working_days: 12 }))).toBe("sisa 12 hari kerja, sampai Senin 14 Des");
    expect(dueWords(clocks({ remaining_working_days: 1 }))).toBe("sisa 1 hari kerja, sampai Senin 14 Des");
    expect(dueWords(clocks({ remaining_working_days: 0 }))).toBe("tenggat hari ini");
    const overdue = clocks({ remaining_working_days: -12, policy_overdue: true, policy_due: "2026-11-20" });
    expect(dueWords(overdue)).toBe("terlambat 12 hari kerja, sejak Jumat 20 Nov");
    expect(workingDaysWords(overdue)).toBe("terlambat 12 hari kerja");
    // Past the end of the due date on a weekend: late, with no working day missed yet.
    const weekend = clocks({ remaining_working_days: 0, policy_overdue: true, policy_due: "2026-11-20" });
    expect(dueWords(weekend)).toBe("terlambat, sejak Jumat 20 Nov");
  });

  it("splits the short form into what remains and the day, for the register", () => {
    expect(dueParts(clocks())).toEqual({ left: "sisa 12 hari kerja", day: "sampai Senin 14 Des" });
    expect(dueParts(statutoryClocks())).toEqual({ left: "sisa 47 jam", day: null });
    expect(dueParts(clocks({ remaining_working_days: 0 }))).toEqual({ left: "tenggat hari ini", day: null });
  });

  it("says a paused request is paused, since when if known, whichever clock leads", () => {
    expect(dueWords(clocks({ paused: true, paused_since: "2026-11-20T10:00:00+08:00" }))).toBe("dijeda sejak Jumat 20 Nov");
    expect(dueWords(statutoryClocks({ paused: true }))).toBe("dijeda");
  });

  it("gives one headline: answer by the leading clock's day, with what remains", () => {
    expect(answerBy(clocks())).toBe("Jawab paling lambat Senin, 14 Des 2026 (sisa 12 hari kerja)");
    expect(answerBy(statutoryClocks())).toBe("Jawab paling lambat Jumat, 27 Nov 2026 14.05 WITA (sisa 47 jam)");
    expect(answerBy(clocks({ remaining_working_days: -3, policy_overdue: true, policy_due: "2026-11-20" }))).toBe(
      "Jawab paling lambat Jumat, 20 Nov 2026 (terlambat 3 hari kerja)",
    );
    expect(answerBy(clocks({ paused: true }))).toBe("Jawab paling lambat Senin, 14 Des 2026 (dijeda)");
    // The law's clock does not pause.
    expect(answerBy(statutoryClocks({ paused: true }))).toContain("(sisa 47 jam)");
  });

  it("reads the same in English", () => {
    setLocale("en");
    expect(dueWords(statutoryClocks({ remaining_hours: 71 }))).toBe("71 hours left");
    expect(dueWords(statutoryClocks({ remaining_hours: 1 }))).toBe("1 hour left");
    expect(dueWords(clocks())).toBe("12 working days left, until Mon 14 Dec");
    expect(dueWords(clocks({ remaining_working_days: -1, policy_overdue: true, policy_due: "2026-11-20" }))).toBe(
      "1 working day late, since Fri 20 Nov",
    );
    expect(dueWords(clocks({ remaining_working_days: 0 }))).toBe("due today");
    expect(answerBy(clocks())).toBe("Answer by Monday, 14 Dec 2026 (12 working days left)");
    expect(answerBy(statutoryClocks())).toBe("Answer by Friday, 27 Nov 2026 14:05 WITA (47 hours left)");
  });

  it("words every remaining time from 30 working days late to 30 left, and the hours around the 72-hour edge", () => {
    const rows: [number, string][] = [];
    for (let n = -30; n <= 30; n++) {
      const c = clocks({ remaining_working_days: n, policy_overdue: n < 0, policy_due: n < 0 ? "2026-11-20" : "2026-12-14" });
      rows.push([n, dueWords(c)]);
    }
    for (const [n, words] of rows) {
      if (n < -1) expect(words, `${n}`).toBe(`terlambat ${-n} hari kerja, sejak Jumat 20 Nov`);
      else if (n === -1) expect(words).toBe("terlambat 1 hari kerja, sejak Jumat 20 Nov");
      else if (n === 0) expect(words).toBe("tenggat hari ini");
      else if (n === 1) expect(words).toBe("sisa 1 hari kerja, sampai Senin 14 Des");
      else expect(words, `${n}`).toBe(`sisa ${n} hari kerja, sampai Senin 14 Des`);
    }
    const edge: [number, string][] = [
      [72, "sisa 72 jam"],
      [71, "sisa 71 jam"],
      [25, "sisa 25 jam"],
      [1, "sisa 1 jam"],
      [0, "kurang dari 1 jam"],
      [-1, "terlambat 1 jam"],
      [-71, "terlambat 71 jam"],
      [-72, "terlambat 3 hari, sejak Jumat 27 Nov"],
      [-30 * 24, "terlambat 30 hari, sejak Jumat 27 Nov"],
    ];
    for (const [hours, words] of edge) {
      const c = statutoryClocks({ remaining_hours: hours, statutory_overdue: hours < 0 });
      expect(dueWords(c), `${hours} h`).toBe(words);
    }
  });
});
