import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "$lib/i18n";
import { IpcError } from "./errors";
import { fieldErrorText } from "./field-errors";

// The reasons the core gives for names and texts with controls, and for phone numbers.
const reasons: [string, string][] = [
  ["name", "control_characters"],
  ["name", "invisible"],
  ["on_behalf_of", "control_characters"],
  ["on_behalf_of", "invisible"],
  ["controller", "control_characters"],
  ["notes", "control_characters"],
  ["note", "control_characters"],
  ["reason", "control_characters"],
  ["phone", "letters"],
  ["phone", "too_short"],
  ["phone", "too_long"],
  ["phone", "country_code"],
];

describe("field error texts", () => {
  afterEach(() => setLocale("id"));

  it("translate every reason of the core's text and phone checks in both languages", () => {
    for (const locale of ["id", "en"] as const) {
      setLocale(locale);
      for (const [field, reason] of reasons) {
        const e = new IpcError({ code: "invalid_input", message: "server text", field, reason });
        expect(fieldErrorText(e), `${locale}: ${field}.${reason} needs a translated text`).not.toBe("server text");
      }
    }
  });
});
