// Dates on the office clock and contacts.
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { Requester } from "$lib/bindings/Requester";
import { intlTag, type Locale } from "$lib/i18n";

export const ZONES: OfficeZone[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

const ABBREVIATION: Record<OfficeZone, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export function zoneAbbreviation(zone: OfficeZone): string {
  return ABBREVIATION[zone] ?? zone;
}

type Parts = Record<"year" | "month" | "day" | "hour" | "minute", string>;

function parts(date: Date, zone: OfficeZone, tag: string, month: "short" | "2-digit"): Parts {
  const fmt = new Intl.DateTimeFormat(tag, {
    timeZone: zone,
    year: "numeric",
    month,
    day: month === "short" ? "numeric" : "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const out: Parts = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const p of fmt.formatToParts(date)) {
    if (p.type in out) out[p.type as keyof Parts] = p.value;
  }
  return out;
}

/** "24 Nov 2026 14.05 WITA" (id) or "24 Nov 2026 14:05 WITA" (en), on the office clock. */
export function formatDateTime(iso: string, zone: OfficeZone, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date, zone, intlTag(locale), "short");
  const sep = locale === "id" ? "." : ":";
  return `${p.day} ${p.month} ${p.year} ${p.hour}${sep}${p.minute} ${zoneAbbreviation(zone)}`;
}

/**
 * The day of an instant on the office clock with its weekday: "Jumat 19 Des" (id) or "Fri 19 Dec"
 * (en); with `long` "Jumat, 19 Des 2026" or "Friday, 19 Dec 2026".
 */
export function formatWeekday(iso: string, zone: OfficeZone, locale: Locale, long = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const weekday = long || locale === "id" ? "long" : "short";
  const fmt = new Intl.DateTimeFormat(intlTag(locale), {
    timeZone: zone,
    weekday,
    day: "numeric",
    month: "short",
    ...(long ? { year: "numeric" } : {}),
  });
  if (long) return fmt.format(date);
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** "14.05 WITA" (id) or "14:05 WITA" (en), on the office clock. */
export function formatTime(iso: string, zone: OfficeZone, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date, zone, intlTag(locale), "short");
  const sep = locale === "id" ? "." : ":";
  return `${p.hour}${sep}${p.minute} ${zoneAbbreviation(zone)}`;
}

/** "November 2026" in the given language, on the office clock. */
export function formatMonth(date: Date, zone: OfficeZone, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: zone, month: "long", year: "numeric" }).format(date);
}

/** Now on the office clock as "YYYY-MM-DDTHH:MM", the value of a datetime-local input. */
export function officeNowLocal(zone: OfficeZone, now: Date = new Date()): string {
  const p = parts(now, zone, "en-GB", "2-digit");
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "YYYY-MM" of an instant on the office clock. */
export function officeMonth(date: Date, zone: OfficeZone): string {
  return officeNowLocal(zone, date).slice(0, 7);
}

/** The first way to reach a requester: e-mail, then phone, then postal address. */
export function firstContact(r: Requester): string | null {
  return r.emails[0] ?? r.phones[0] ?? r.postal_address ?? null;
}
