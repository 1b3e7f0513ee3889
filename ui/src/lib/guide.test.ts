import { describe, expect, it } from "vitest";
import { actionLabel, placeOfAction, placeOfStep } from "./guide";
import { setLocale } from "./i18n";

describe("the guide in the window's words", () => {
  it("names each next action as the primary button says it, in both languages", () => {
    setLocale("id");
    expect(actionLabel({ action: "issue-letter", kind: "acknowledgement" }), "the receipt has its own words").toBe("Kirim surat tanda terima");
    expect(actionLabel({ action: "search" })).toBe("Cari data");
    expect(actionLabel({ action: "issue-letter", kind: "access" }), "an answer names its letter").toMatch(/^Terbitkan surat: /);
    setLocale("en");
    expect(actionLabel({ action: "close" }), "English screens never show Indonesian").toBe("Close the request");
    setLocale("id");
  });

  it("leads each action to the section where it is done", () => {
    expect(placeOfAction({ action: "confirm-hits" })).toBe("search-section");
    expect(placeOfAction({ action: "redact" }), "the redaction lives in the deletion plan").toBe("plan-section");
    expect(placeOfStep("fulfil", true), "a deletion is fulfilled through its plan").toBe("plan-section");
    expect(placeOfStep("fulfil", false)).toBe("fulfil-section");
  });
});
