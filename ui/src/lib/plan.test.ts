import { beforeEach, describe, expect, it } from "vitest";
import type { PlanLine } from "$lib/bindings/PlanLine";
import type { ProcessingRegister } from "$lib/bindings/ProcessingRegister";
import { setLocale } from "$lib/i18n";
import { actionText, becauseText, byFile, hasPlan, isIncomplete, placeText } from "./plan";

const line = (over: Partial<PlanLine>): PlanLine => ({
  hit: 1,
  source: "/s",
  file: "crm.csv",
  kind: "generic-csv",
  record: 1,
  locator: { kind: "line", line: 2 },
  record_id: null,
  dated: null,
  action: { action: "delete" },
  because: { code: "deletion_asked" },
  default: null,
  default_because: null,
  changed_by: null,
  changed_at: null,
  ...over,
});

const register: ProcessingRegister = {
  entries: [
    {
      category: { id: "Pelanggan", en: "Customers" },
      source_kinds: ["generic-csv"],
      as_processor: false,
      purposes: [{ id: "Promosi lewat WhatsApp", en: "Promotion over WhatsApp", legal_basis: ["consent"] }],
      recipients: [],
      retention: { id: "", en: "", months: 18 },
      leaves_indonesia: false,
      destinations: { id: "", en: "" },
    },
  ],
};

describe("the plan in words", () => {
  beforeEach(() => setLocale("id"));

  it("knows which rights have a plan", () => {
    expect(hasPlan(["access", "portability", "information"])).toBe(false);
    expect(hasPlan(["access", "objection"])).toBe(true);
  });

  it("words a legal obligation in months when they are not whole years, and an undated record", () => {
    const kept = line({
      action: { action: "retain", ground: "legal-obligation", until: "2028-06-30" },
      because: { code: "must_be_kept", book_year: 2026, months: 18, dated_by_record: false },
    });
    expect(becauseText(kept.because, kept)).toBe(
      "Wajib disimpan 18 bulan setelah akhir tahun buku 2026, menurut kewajiban hukum di daftar pemrosesan kantor. Tanggal catatan tidak terbaca, jadi dihitung dari tahun ini.",
    );
    expect(actionText(kept.action)).toBe("Simpan sampai 30 Jun 2028");
  });

  it("keeps the ground of the default when staff changed a kept record", () => {
    const changed = line({
      kind: "jurnal-invoices",
      action: { action: "delete" },
      because: { code: "changed_by_staff", reason: "Salah catat" },
      default: { action: "retain", ground: "bookkeeping", until: "2036-12-31" },
      default_because: { code: "must_be_kept", book_year: 2026, months: 120, dated_by_record: true },
    });
    expect(becauseText(changed.because, changed)).toBe("Alasan: Salah catat");
    expect(becauseText(changed.default_because!, changed)).toContain("Faktur disimpan 10 tahun setelah akhir tahun buku 2026");
  });

  it("names purposes in the window's language and flags a correction without its value", () => {
    const stop = { action: "stop-processing" as const, purposes: ["Promosi lewat WhatsApp", "Survei"] };
    expect(actionText(stop, register)).toBe("Hentikan pemrosesan: Promosi lewat WhatsApp; Survei");
    setLocale("en");
    expect(actionText(stop, register), "a purpose the register does not know stays as kept").toBe(
      "Stop processing: Promotion over WhatsApp; Survei",
    );
    expect(isIncomplete({ action: "correct", field: "email", new_value: null })).toBe(true);
    expect(actionText({ action: "correct", field: "email", new_value: "a@b.id" })).toBe("Correct email → a@b.id");
  });

  it("says where a record is and groups lines by file in order", () => {
    expect(placeText("583", { kind: "line", line: 9 })).toBe("ID 583");
    expect(placeText(null, { kind: "cell", sheet: "Faktur", row: 12 })).toBe("lembar Faktur, baris 12");
    const groups = byFile([line({ hit: 1, file: "b.csv" }), line({ hit: 2, file: "a.csv" }), line({ hit: 3, file: "b.csv" })]);
    expect(groups.map((g) => [g.file, g.lines.map((l) => l.hit)])).toEqual([
      ["b.csv", [1, 3]],
      ["a.csv", [2]],
    ]);
  });
});
