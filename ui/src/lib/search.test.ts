import { beforeEach, describe, expect, it } from "vitest";
import type { Why } from "$lib/bindings/Why";
import { setLocale } from "./i18n";
import { explain, identifierShown } from "./search";

const text = (s: ReturnType<typeof explain>) => s.pieces.map((p) => p.text).join("");
const marked = (s: ReturnType<typeof explain>) => s.pieces.filter((p) => p.mark).map((p) => p.text);

describe("explanations from the core's codes", () => {
  beforeEach(() => setLocale("id"));

  it("word each reason from the dictionary and mark the spellings it names", () => {
    const email = explain({ code: "email_matches", params: { written: "Yohanes@Example.com", key: "yohanes@example.com", folds: ["case"] } });
    expect(email.tone, "the subject's e-mail is proof").toBe("strong");
    expect(text(email), "worded in Indonesian from the code, whatever the core's English says").toBe(
      "e-mail Yohanes@Example.com cocok dengan yohanes@example.com (huruf besar dan kecil tidak dibedakan)",
    );
    expect(marked(email), "the spelling and the key are marked").toEqual(["Yohanes@Example.com", "yohanes@example.com"]);
    const restored = explain({ code: "phone_matches", params: { written: "8123456780", key: "8123456780", note: "leading_zero_restored" } });
    expect(text(restored), "the note is translated by its code").toBe(
      "telepon 8123456780 cocok dengan nomor nasional 8123456780 (angka 0 di depan dipulihkan; hilang di Excel)",
    );
    const shared = explain({ code: "phone_shared", params: { written: "0812-3456-7801", note: null } });
    expect(shared.tone, "a phone several people use is drawn as a doubt").toBe("against");
  });

  it("say in words how a written e-mail was folded to its key", () => {
    const dots = explain({
      code: "email_matches",
      params: { written: "Yo.Hanes+toko@googlemail.com", key: "yohanes@gmail.com", folds: ["case", "gmail_dots", "plus_tag", "googlemail"] },
    });
    expect(text(dots), "each fold is named, so the admin sees why a different spelling is the same mailbox").toBe(
      "e-mail Yo.Hanes+toko@googlemail.com cocok dengan yohanes@gmail.com (huruf besar dan kecil tidak dibedakan; Gmail mengabaikan titik; bagian +… sampai ke kotak surat yang sama; googlemail.com sama dengan gmail.com)",
    );
    expect(marked(dots), "the notes are not marked as identifiers").toEqual(["Yo.Hanes+toko@googlemail.com", "yohanes@gmail.com"]);
    setLocale("en");
    expect(text(explain({ code: "email_matches", params: { written: "y.o@gmail.com", key: "yo@gmail.com", folds: ["gmail_dots"] } }))).toContain(
      "(Gmail ignores dots)",
    );
    const same = explain({ code: "email_matches", params: { written: "yo@gmail.com", key: "yo@gmail.com", folds: [] } });
    expect(text(same), "an identical spelling needs no note").not.toContain("(");
  });

  it("say what disagrees without naming another person", () => {
    const person = explain({ code: "another_person" });
    expect(person.tone, "another person's name on the record weighs against").toBe("against");
    expect(text(person)).toBe("tetapi catatan ini menyebut nama orang lain");
    expect(text(explain({ code: "another_email" }))).toBe("tetapi catatan ini memuat e-mail lain");
    const similar = explain({ code: "name_similar", params: { subject: "Eka Puspitasari" } });
    expect(similar.tone, "a similar name is a weaker sign").toBe("weak");
    expect(text(similar)).toBe("ada nama yang mirip dengan Eka Puspitasari (bukan bukti)");
  });

  it("have a wording in both languages for every code", () => {
    const every: Why[] = [
      { code: "email_matches", params: { written: "a@b.id", key: "a@b.id", folds: [] } },
      { code: "nik_matches" },
      { code: "phone_matches", params: { written: "0812", key: "812", note: null } },
      { code: "phone_shared", params: { written: "0812", note: null } },
      { code: "name_same", params: { name: "Sari" } },
      { code: "name_similar", params: { subject: "Sari" } },
      { code: "text_mentions", params: { name: "Sari" } },
      { code: "another_person" },
      { code: "another_email" },
      { code: "whole_chat", params: { because: "identifier_in_chat" } },
      { code: "whole_chat", params: { because: "saved_under_name" } },
      { code: "older_wording" },
    ];
    for (const locale of ["id", "en"] as const) {
      setLocale(locale);
      for (const why of every) expect(text(explain(why)), `${why.code} in ${locale}`).not.toMatch(/search\.why|\{\w+\}/);
    }
  });

  it("show the search's identifiers with their labels", () => {
    expect(identifierShown({ code: "phone", params: { national: "81234567801" } })).toEqual({ label: "search.id.phone", value: "+62 81234567801" });
    expect(identifierShown({ code: "nik", params: { masked: "327301******0001" } }).value).toBe("327301******0001");
  });
});
