// Clocks and calendars for component tests: believable values built from a few overrides.
import type { CalendarDay } from "$lib/bindings/CalendarDay";
import type { CalendarEntry } from "$lib/bindings/CalendarEntry";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { Clocks } from "$lib/bindings/Clocks";

/** A policy-only clock (deletion): 14 working days, due 14 Dec 2026, 12 working days left; it ends at 23:59:59 of its due date. */
export function clocks(overrides: Partial<Clocks> = {}): Clocks {
  const due = overrides.policy_due ?? "2026-12-14";
  return {
    received_at: "2026-11-24T14:05:00+08:00",
    time_zone: "Asia/Makassar",
    policy_days: 14,
    observes_cuti_bersama: true,
    policy_due: due,
    policy_ends_at: `${due}T23:59:59+08:00`,
    extended: false,
    remaining_working_days: 12,
    policy_overdue: false,
    statutory_due: null,
    statutory_rights: [],
    remaining_hours: null,
    statutory_overdue: false,
    stricter: "policy",
    paused: false,
    paused_since: null,
    warnings: [],
    ...overrides,
  };
}

/** A request on the 3 × 24-hour clock (withdrawal of consent, Pasal 40), 47 hours left. */
export function statutoryClocks(overrides: Partial<Clocks> = {}): Clocks {
  return clocks({
    statutory_due: "2026-11-27T14:05:00+08:00",
    statutory_rights: ["withdraw-consent"],
    remaining_hours: 47,
    stricter: "statutory",
    warnings: [
      {
        code: "policy_after_statutory",
        year: null,
        message: "the policy window ends 2026-12-14 23:59 but the law's 3 × 24 hours end 2026-11-27 14:05",
      },
    ],
    ...overrides,
  });
}

const day = (date: string, kind: CalendarDay["kind"], name: string, closes_office = true): CalendarDay => ({
  date,
  kind,
  name,
  closes_office,
});

/** The office's own entries of the fake backend: Galungan and an end-of-year closure. */
export function officeEntries(): CalendarEntry[] {
  return [
    { date: "2026-06-17", kind: "regional", name: "Hari Raya Galungan" },
    { date: "2026-12-31", kind: "closure", name: "Tutup buku akhir tahun" },
  ];
}

/** A year as the core lists it: a few national days (2025–2027 only) and the office's entries. */
export function calendarYear(year = 2026, entries: CalendarEntry[] = [], overrides: Partial<CalendarYear> = {}): CalendarYear {
  const covered = year >= 2025 && year <= 2027;
  const days: CalendarDay[] = covered
    ? [
        day(`${year}-01-01`, "LN", `Tahun Baru ${year} Masehi`),
        day(`${year}-03-20`, "CB", "Idulfitri 1447 H"),
        day(`${year}-03-21`, "LN", "Idulfitri 1447 H", false),
        day(`${year}-12-25`, "LN", "Kelahiran Yesus Kristus (Natal)"),
      ]
    : [];
  for (const e of entries) if (e.date.startsWith(`${year}-`)) days.push(day(e.date, e.kind, e.name));
  days.sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    covered,
    decree: covered ? "SKB No. 1497/2025, 2/2025, 5/2025" : null,
    confidence: covered ? (year === 2027 ? "medium" : "confirmed") : null,
    observes_cuti_bersama: true,
    working_days: 243,
    days,
    ...overrides,
  };
}
