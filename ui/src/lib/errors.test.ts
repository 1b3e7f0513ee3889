import { describe, expect, it } from "vitest";
import { IpcError, toIpcError } from "./errors";
import { applyFieldError, fieldErrorText } from "./field-errors";
import { setLocale } from "$lib/i18n";

describe("toIpcError", () => {
  it("keeps the core's ErrorReport", () => {
    const e = toIpcError({ code: "invalid_input", message: "email: bad", field: "email", reason: "format" });
    expect(e).toBeInstanceOf(IpcError);
    expect([e.code, e.message, e.field, e.reason]).toEqual(["invalid_input", "email: bad", "email", "format"]);
  });

  it("wraps Tauri's plain string rejections", () => {
    const e = toIpcError("command request_lst not found");
    expect([e.code, e.message, e.field]).toEqual(["ipc", "command request_lst not found", null]);
  });
});

describe("field errors", () => {
  it("translate field and reason, falling back to the server's message", () => {
    setLocale("id");
    const known = new IpcError({ code: "invalid_input", message: "x", field: "nik", reason: "format" });
    expect(fieldErrorText(known)).toBe("NIK harus 16 digit angka yang valid.");
    const unknown = new IpcError({ code: "invalid_input", message: "at most 9 things", field: "nik", reason: "odd" });
    expect(fieldErrorText(unknown)).toBe("at most 9 things");
    const office = new IpcError({ code: "invalid_input", message: "x", field: "name", reason: "required" });
    expect(fieldErrorText(office, { name: "office_name" })).toBe("Nama kantor wajib diisi.");
  });

  it("only mark fields the form has", () => {
    const errors: Record<string, string> = {};
    const e = new IpcError({ code: "invalid_input", message: "who?", field: "actor", reason: "required" });
    expect(applyFieldError(errors, e, ["name"])).toBe(false);
    expect(errors).toEqual({});
  });
});
