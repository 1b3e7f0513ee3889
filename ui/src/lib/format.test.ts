import { describe, expect, it } from "vitest";
import type { Requester } from "$lib/bindings/Requester";
import { firstContact, formatDateTime, formatTime, formatWeekday, officeMonth, officeNowLocal } from "./format";

describe("formatDateTime", () => {
  it("shows the office clock with the zone abbreviation", () => {
    const at = "2026-11-24T06:05:00Z";
    expect(formatDateTime(at, "Asia/Makassar", "id")).toBe("24 Nov 2026 14.05 WITA");
    expect(formatDateTime(at, "Asia/Jakarta", "id")).toBe("24 Nov 2026 13.05 WIB");
    expect(formatDateTime(at, "Asia/Jayapura", "en")).toBe("24 Nov 2026 15:05 WIT");
  });

  it("reads offsets as sent by the core", () => {
    expect(formatDateTime("2026-08-17T09:30:00+07:00", "Asia/Jakarta", "id")).toMatch(/^17 Agu[a-z]* 2026 09\.30 WIB$/);
  });

  it("passes through what is not a date", () => {
    expect(formatDateTime("soon", "Asia/Jakarta", "id")).toBe("soon");
  });
});

describe("formatWeekday and formatTime", () => {
  it("names the day on the office clock with its weekday, short or long", () => {
    const at = "2026-12-17T16:30:00Z"; // Friday 18 Dec 01.30 WIT, still Thursday 23.30 in Jakarta
    expect(formatWeekday(at, "Asia/Jayapura", "id")).toBe("Jumat 18 Des");
    expect(formatWeekday(at, "Asia/Jakarta", "id")).toBe("Kamis 17 Des");
    expect(formatWeekday(at, "Asia/Jayapura", "en")).toBe("Fri 18 Dec");
    expect(formatWeekday(at, "Asia/Jayapura", "id", true)).toBe("Jumat, 18 Des 2026");
    expect(formatWeekday(at, "Asia/Jayapura", "en", true)).toBe("Friday, 18 Dec 2026");
    expect(formatTime(at, "Asia/Jayapura", "id")).toBe("01.30 WIT");
    expect(formatTime(at, "Asia/Jakarta", "en")).toBe("23:30 WIB");
  });
});

describe("office clock", () => {
  it("gives datetime-local values on the office clock", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(officeNowLocal("Asia/Jakarta", now)).toBe("2026-12-01T06:30");
    expect(officeMonth(now, "Asia/Jayapura")).toBe("2026-12");
  });
});

describe("firstContact", () => {
  it("prefers e-mail, then phone, then address", () => {
    const base: Requester = { name: "A", emails: [], phones: [], postal_address: null, nik_masked: null, role: "subject", on_behalf_of: null };
    expect(firstContact({ ...base, emails: ["a@x.id"], phones: ["+62812"] })).toBe("a@x.id");
    expect(firstContact({ ...base, phones: ["+62812"] })).toBe("+62812");
    expect(firstContact({ ...base, postal_address: "Jl. A" })).toBe("Jl. A");
    expect(firstContact(base)).toBeNull();
  });
});
