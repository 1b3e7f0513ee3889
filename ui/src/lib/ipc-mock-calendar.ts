// The dev mock's office calendar (VITE_IPC_MOCK=1 only): the repository's national holiday tables
// (assets/holidays/*.json), a few Bali office entries, working days, and a demo .ics import.
// Looks, not behaviour: the real rules live in pdp-core.
import type { Code, Report } from "./errors";
import type { CalendarDay } from "$lib/bindings/CalendarDay";
import type { CalendarEntry } from "$lib/bindings/CalendarEntry";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { Confidence } from "$lib/bindings/Confidence";
import type { HolidayType } from "$lib/bindings/HolidayType";
import type { IcsImport } from "$lib/bindings/IcsImport";

type Table = { year: number; decree: string; confidence: Confidence; days: { date: string; type: HolidayType; name: string }[] };

const tables = new Map<number, Table>(
  Object.values(import.meta.glob<Table>("../../../assets/holidays/*.json", { eager: true, import: "default" })).map(
    (t) => [t.year, t],
  ),
);
const national = new Map<string, { kind: HolidayType; name: string }>();
for (const t of tables.values()) for (const d of t.days) national.set(d.date, { kind: d.type, name: d.name });

/** The office's own days: Bali's Galungan and Kuningan, and an end-of-year closure. */
const office = new Map<string, CalendarEntry>(
  (
    [
      ["2026-06-17", "regional", "Hari Raya Galungan"],
      ["2026-06-27", "regional", "Hari Raya Kuningan"],
      ["2026-12-31", "closure", "Tutup buku akhir tahun"],
      ["2027-01-13", "regional", "Hari Raya Galungan"],
      ["2027-01-23", "regional", "Hari Raya Kuningan"],
    ] as const
  ).map(([date, kind, name]) => [date, { date, kind, name }]),
);

export const MOCK_ICS_PATH = "/home/staf/Unduhan/kalender-kantor-2027.ics";

function fail(code: Code, message: string, field: string | null = null, reason: string | null = null): never {
  const report: Report = { code, message, field, reason };
  throw report;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(field: string, text: unknown): string {
  const s = String(text ?? "").trim();
  if (!DATE.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
    fail("invalid_input", `${field}: ${JSON.stringify(s)} is not a date; use YYYY-MM-DD such as 2026-05-26`, field, "format");
  return s;
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** Whether the office works on `date`. */
export function isWorkingDay(date: string, observesCutiBersama: boolean): boolean {
  if (weekend(date) || office.has(date)) return false;
  const n = national.get(date);
  return !n || (n.kind === "CB" && !observesCutiBersama);
}

/** Whether `year` has a national table, and how sure it is. */
export function tableConfidence(year: number): Confidence | null {
  return tables.get(year)?.confidence ?? null;
}

/** The date `n` working days before `date` (for seeding requests at a known point of their window). */
export function workingDaysBefore(date: string, n: number, observes: boolean): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (isWorkingDay(d, observes)) left -= 1;
  }
  return d;
}

export function calendarYear(year: number, observes: boolean): CalendarYear {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) fail("invalid_input", `year: ${year} is not a calendar year`, "year", "range");
  const table = tables.get(year);
  const days: CalendarDay[] = (table?.days ?? []).map((h) => ({
    date: h.date,
    kind: h.type,
    name: h.name,
    closes_office: !weekend(h.date) && (h.type === "LN" || observes),
  }));
  for (const e of office.values())
    if (e.date.startsWith(`${year}-`)) days.push({ date: e.date, kind: e.kind, name: e.name, closes_office: !weekend(e.date) });
  days.sort((a, b) => a.date.localeCompare(b.date) || Number(a.kind === "closure" || a.kind === "regional") - Number(b.kind === "closure" || b.kind === "regional"));
  let working = 0;
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) if (isWorkingDay(d, observes)) working += 1;
  return {
    year,
    covered: table !== undefined,
    decree: table?.decree ?? null,
    confidence: table?.confidence ?? null,
    observes_cuti_bersama: observes,
    working_days: working,
    days,
  };
}

export function calendarAdd(raw: unknown): CalendarEntry {
  const e = (raw ?? {}) as Partial<CalendarEntry>;
  const date = checkDate("date", e.date);
  const name = String(e.name ?? "").trim();
  if (!name) fail("invalid_input", "name: name is required", "name", "required");
  if (e.kind !== "closure" && e.kind !== "regional") fail("invalid_input", `kind: unknown kind ${String(e.kind)}`, "kind", "unknown");
  const held = office.get(date);
  if (held) fail("calendar_clash", `${date} already has an office calendar entry: ${held.name} (${held.kind}); remove it first`);
  const entry: CalendarEntry = { date, kind: e.kind, name };
  office.set(date, entry);
  return entry;
}

export function calendarRemove(raw: unknown): CalendarEntry {
  const date = checkDate("date", raw);
  const entry = office.get(date) ?? fail("calendar_entry_not_found", `no office calendar entry on ${date}`);
  office.delete(date);
  return entry;
}

/** A demo import: the office's own 2027 calendar, with the kinds of events the core skips. */
export function calendarImport(path: string): IcsImport {
  const file = path.split(/[\\/]/).pop() ?? path;
  const events: [string, string][] = [
    ["2027-03-09", "Hari Ngembak Geni"],
    ["2027-08-11", "Hari Raya Galungan"],
    ["2027-08-21", "Hari Raya Kuningan"],
    ["2027-01-13", "Galungan (kalender lama)"],
  ];
  const result: IcsImport = { file, added: [], skipped: [] };
  for (const [date, name] of events) {
    if (office.has(date)) {
      result.skipped.push({ summary: name, reason: `${date} is already in the office calendar` });
      continue;
    }
    const entry: CalendarEntry = { date, kind: "closure", name };
    office.set(date, entry);
    result.added.push(entry);
  }
  result.skipped.push(
    { summary: "Rapat koordinasi bulanan", reason: "a repeating event: add its days one by one" },
    { summary: "Pelatihan PDP untuk staf", reason: "not an all-day event (it has a time of day)" },
  );
  return result;
}
