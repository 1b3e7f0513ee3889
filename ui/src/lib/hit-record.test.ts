import { describe, expect, it } from "vitest";
import type { FieldMarks } from "$lib/bindings/FieldMarks";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { HitRecord } from "$lib/bindings/HitRecord";
import { shownFields, type ShownField } from "./hit-record";

function hitRecord(cells: [string, FieldRole, string, FieldMarks][]): HitRecord {
  return {
    record: {
      number: 7,
      locator: { kind: "line", line: 8 },
      record_id: null,
      fields: cells.map(([column, role, value]) => ({ column, role, raw: value, value })),
      warnings: [],
    },
    fields: cells.map(([, , , m]) => m),
    identifiers: [],
  };
}

const none: FieldMarks = { tone: null, marks: [] };
const field = (fields: ShownField[], column: string) => fields.find((f) => f.column === column) as ShownField;

describe("a hit's record as the window shows it", () => {
  it("puts identifier fields first, leaves empty ones out and cuts values at the core's marks", () => {
    const message = "Halo 😀, saya Yohanes. Nomor 081234567801.";
    const fields = shownFields(
      hitRecord([
        ["Catatan", "text", message, { tone: "strong", marks: [{ start: 14, end: 21, tone: "weak" }, { start: 29, end: 41, tone: "strong" }] }],
        ["Nama", "name", "Yohanes Pratama", { tone: "weak", marks: [{ start: 0, end: 15, tone: "weak" }] }],
        ["Alamat", "address", "", none],
      ]),
    );
    expect(fields.map((f) => f.column), "identifier fields first, empty ones left out").toEqual(["Nama", "Catatan"]);
    expect(
      field(fields, "Catatan").pieces.filter((p) => p.tone).map((p) => [p.text, p.tone]),
      "the marks are UTF-16 offsets, so the emoji before them does not shift them",
    ).toEqual([
      ["Yohanes", "weak"],
      ["081234567801", "strong"],
    ]);
    expect(field(fields, "Catatan").pieces.map((p) => p.text).join(""), "cutting keeps the text whole").toBe(message);
    expect(field(fields, "Catatan").tone, "the field's tone is the core's").toBe("strong");
  });

  it("never shows a full NIK, marked or not", () => {
    const fields = shownFields(hitRecord([["KTP", "nik", "3273011203900001", { tone: "strong", marks: [{ start: 0, end: 16, tone: "strong" }] }]]));
    expect(field(fields, "KTP").value).toBe("327301••••••0001");
    expect(field(fields, "KTP").pieces, "the marked stretch is the masked number").toEqual([{ text: "327301••••••0001", tone: "strong" }]);
  });
});
