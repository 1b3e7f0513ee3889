import { beforeEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import { explain } from "./search";

const text = (s: ReturnType<typeof explain>) => s.pieces.map((p) => p.text).join("");

describe("explanations in words", () => {
  beforeEach(() => setLocale("id"));

  it("says what disagrees without repeating another person's name or address", () => {
    const person = explain("but the record names another person", []);
    expect(person.tone, "another person's name on the record weighs against").toBe("against");
    expect(text(person), "shown in Indonesian, not echoed in English").toBe("tetapi rekaman ini menyebut nama orang lain");
    const email = explain("but it carries another e-mail", []);
    expect(email.tone).toBe("against");
    expect(text(email)).toBe("tetapi rekaman ini memuat e-mail lain");
    const similar = explain("a name similar to Eka Puspitasari (not proof)", ["name: Eka Puspitasari"]);
    expect(similar.tone, "a similar name is a weaker sign").toBe("weak");
    expect(text(similar)).toBe("ada nama yang mirip dengan Eka Puspitasari (bukan bukti)");
  });

  it("still reads searches kept before, which quoted the other name", () => {
    const old = explain("but the record names Slamet Riyadi", []);
    expect(old.tone).toBe("against");
    expect(text(old), "the old sentence keeps its name").toContain("Slamet Riyadi");
  });
});
