import { describe, expect, it } from "vitest";
import { shown } from "./shown";

describe("shown", () => {
  it("leaves plain text as it is", () => {
    expect(shown("Ani Lestari")).toBe("Ani Lestari");
  });

  it("escapes CR and LF in a one-line value so no line is forged", () => {
    expect(shown("Hapus data\r\nBcc: x@example.com")).toBe("Hapus data␍␊Bcc: x@example.com");
  });

  it("escapes bidi overrides and other controls by code point, as the core does", () => {
    expect(shown("Ani\u202eLestari")).toBe("Ani⟨U+202E⟩Lestari");
    expect(shown("a\u0000b\tc\u2066")).toBe("a⟨U+0000⟩b␉c⟨U+2066⟩");
  });

  it("keeps line breaks and tabs in multi-line text but escapes the rest", () => {
    expect(shown("baris satu\n\tbaris dua\u202e", true)).toBe("baris satu\n\tbaris dua⟨U+202E⟩");
    expect(shown("a\rb", true)).toBe("a␍b");
  });
});
