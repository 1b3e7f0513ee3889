import { beforeEach, describe, expect, it } from "vitest";
import type { Field } from "$lib/bindings/Field";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { Record as SourceRecord } from "$lib/bindings/Record";
import { compareRecord, type ShownField } from "./hit-record";
import { setLocale } from "./i18n";

const IDENTIFIERS = ["name: Yohanes Pratama", "e-mail: yohanes@example.com", "phone: 81234567801 (national number)", "NIK: 327301******0001"];

function record(cells: [string, FieldRole, string][], warnings: string[] = []): SourceRecord {
  const fields: Field[] = cells.map(([column, role, value]) => ({ column, role, raw: value, value }));
  return { number: 7, locator: { kind: "line", line: 8 }, record_id: null, fields, warnings };
}

const field = (fields: ShownField[], column: string) => fields.find((f) => f.column === column) as ShownField;
const marked = (f: ShownField) => f.pieces.filter((p) => p.tone).map((p) => [p.text, p.tone]);

describe("a hit's record beside the subject's identifiers", () => {
  beforeEach(() => setLocale("id"));

  it("marks the subject's e-mail, phone and NIK strong after normalisation, names weak, and puts identifiers first", () => {
    const r = record([
      ["Catatan", "text", "pelanggan lama"],
      ["Nama", "name", "Yohanes  Pratama"],
      ["Email", "email", "mailto:Yohanes@Example.COM"],
      ["HP", "phone", "0812-3456-7801"],
      ["KTP", "nik", "3273011203900001"],
      ["Alamat", "address", ""],
    ]);
    const { fields, matched } = compareRecord(r, [], IDENTIFIERS);
    expect(fields.map((f) => f.column), "identifier fields come first, empty ones are left out").toEqual(["Nama", "Email", "HP", "KTP", "Catatan"]);
    expect(marked(field(fields, "Email")), "an e-mail is compared lower-cased, without mailto:, so the whole value is marked").toEqual([
      ["mailto:Yohanes@Example.COM", "strong"],
    ]);
    expect(field(fields, "HP").tone, "a phone is compared as its national digits").toBe("strong");
    expect(field(fields, "KTP").tone, "a NIK is compared with the masked NIK the search keeps").toBe("strong");
    expect(field(fields, "KTP").value, "the full NIK is never shown").toBe("327301••••••0001");
    expect(field(fields, "Nama").tone, "a name is never proof: weak").toBe("weak");
    expect(field(fields, "Catatan").tone, "a field naming nothing of the subject is not marked").toBeNull();
    expect(matched.get("e-mail: yohanes@example.com"), "the requester's e-mail is marked on the other side too").toBe("strong");
    expect(matched.get("phone: 81234567801 (national number)"), "so is the phone").toBe("strong");
  });

  it("marks what the explanation lists under “but …” as against, over a matching identifier", () => {
    const r = record([
      ["*Display Name", "name", "Maria Pratama"],
      ["Mobile", "phone", "0812-3456-7801"],
    ]);
    const why = ["phone 0812-3456-7801 matches, but the sources show it used by several people", "but the record names Maria Pratama"];
    const { fields, matched } = compareRecord(r, why, IDENTIFIERS);
    expect(field(fields, "*Display Name").tone, "another person's name the explanation points at").toBe("against");
    expect(field(fields, "Mobile").tone, "a phone several people use is not proof, though it is the subject's").toBe("against");
    expect(matched.get("phone: 81234567801 (national number)"), "the requester's phone shows the doubt as well").toBe("against");
    expect(matched.has("name: Yohanes Pratama"), "the requester's name is not on this record").toBe(false);
  });

  it("marks a similar name weak and the spellings inside a message", () => {
    const r = record([
      ["author", "name", "Yohanes P."],
      ["message", "text", "Halo, saya Yohanes. Nomor saya 081234567801, e-mail yohanes@example.com."],
    ]);
    const why = ["name Yohanes P. is similar to Yohanes Pratama (not proof)", "the text mentions Yohanes"];
    const { fields, matched } = compareRecord(r, why, IDENTIFIERS);
    expect(field(fields, "author").tone, "the explanation calls the name similar").toBe("weak");
    expect(matched.get("name: Yohanes Pratama"), "the requester's name it is similar to is marked weak").toBe("weak");
    expect(marked(field(fields, "message")), "the mention, the phone's national digits and the e-mail are marked where they stand").toEqual([
      ["Yohanes", "weak"],
      ["81234567801", "strong"],
      ["yohanes@example.com", "strong"],
    ]);
    expect(field(fields, "message").pieces.map((p) => p.text).join(""), "marking keeps the text whole").toBe(r.fields[1].value);
  });
});
