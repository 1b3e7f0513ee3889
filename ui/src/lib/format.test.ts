import { describe, expect, it } from "vitest";
import type { Requester } from "$lib/bindings/Requester";
import { firstContact, formatDateTime, officeMonth, officeNowLocal } from "./format";

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
