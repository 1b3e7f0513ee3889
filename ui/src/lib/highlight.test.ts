import { describe, expect, it } from "vitest";
import { byteToIndex, maskNik, segments, sliceBytes, type Mark } from "./highlight";

// "é" is 2 bytes in UTF-8, "“" and "”" 3 bytes each, "🙏" 4 bytes (and 2 UTF-16 code units).
const TEXT = "Re: Dé “penting” 🙏\n\nMohon hapus data saya, terima kasih.";

describe("UTF-8 byte offsets", () => {
  it("map to string indices past accents, curly quotes and emoji", () => {
    expect(new TextEncoder().encode(TEXT).length).toBe(64);
    const at = byteToIndex(TEXT);
    expect(at(0)).toBe(0);
    expect(at(4)).toBe(4); // "D"
    expect(at(22)).toBe(17); // "🙏"
    expect(at(26)).toBe(19); // after the emoji's two code units
    expect(at(34)).toBe(27); // "hapus"
    expect(at(64)).toBe(TEXT.length);
  });

  it("slice the phrase the core pointed at", () => {
    expect(sliceBytes(TEXT, 4, 7)).toBe("Dé");
    expect(sliceBytes(TEXT, 22, 26)).toBe("🙏");
    expect(sliceBytes(TEXT, 34, 44)).toBe("hapus data");
    expect(sliceBytes(TEXT, 40, 49)).toBe("data saya");
  });

  it("clamp offsets out of range or inside a character", () => {
    const at = byteToIndex(TEXT);
    expect(at(-3)).toBe(0);
    expect(at(999)).toBe(TEXT.length);
    expect(at(5)).toBe(5); // "é" starts at byte 5…
    expect(at(6)).toBe(5); // …and its second byte maps to its start
    expect(at(24)).toBe(17); // inside the emoji
  });
});

describe("segments", () => {
  it("cover the text once, with a right's phrase winning over overlapping context", () => {
    const marks: Mark[] = [
      { start: 34, end: 44, kind: "right", right: "deletion" },
      { start: 40, end: 49, kind: "context" },
      { start: 4, end: 7, kind: "role" },
    ];
    const segs = segments(TEXT, marks);
    expect(segs.map((s) => s.text).join("")).toBe(TEXT);
    expect(segs.filter((s) => s.kind)).toEqual([
      { text: "Dé", kind: "role", rights: [] },
      { text: "hapus data", kind: "right", rights: ["deletion"] },
      { text: " saya", kind: "context", rights: [] },
    ]);
  });

  it("name every right of a phrase two rights share", () => {
    const segs = segments(TEXT, [
      { start: 34, end: 44, kind: "right", right: "deletion" },
      { start: 34, end: 44, kind: "right", right: "withdraw-consent" },
    ]);
    expect(segs.find((s) => s.kind === "right")).toEqual({
      text: "hapus data",
      kind: "right",
      rights: ["deletion", "withdraw-consent"],
    });
  });

  it("ignore empty and inverted marks", () => {
    const segs = segments(TEXT, [
      { start: 10, end: 10, kind: "context" },
      { start: 20, end: 12, kind: "context" },
    ]);
    expect(segs).toEqual([{ text: TEXT, kind: null, rights: [] }]);
  });
});

describe("maskNik", () => {
  it("hides the middle of a NIK, grouped or not, and keeps the length", () => {
    const text = "NIK: 5171014508900003\nNIK suami: 3171 0145 0890 0001\nHP: 0812-3456-7801";
    const masked = maskNik(text);
    expect(masked).toBe("NIK: 517101••••••0003\nNIK suami: 3171 01•• •••• 0001\nHP: 0812-3456-7801");
    expect(masked.length).toBe(text.length);
  });
});
