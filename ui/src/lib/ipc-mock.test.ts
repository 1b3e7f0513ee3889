// The browser preview answers every command the window invokes: with a recorded reply of the real
// core (src/lib/recorded/, scripts/record-replies) or with an explicit "preview only".
import { describe, expect, it } from "vitest";
import source from "./ipc.ts?raw";
import { canonical, FIXED, keyOf, lookup, UNRECORDED_READS, WRITES } from "./ipc-mock";
import { meta, recorded } from "./recorded";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";
import type { Redaction } from "$lib/bindings/Redaction";
import type { RequestLetters } from "$lib/bindings/RequestLetters";
import type { DueLetter } from "$lib/bindings/DueLetter";
import type { LetterRegister } from "$lib/bindings/LetterRegister";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";

/** Every command name ipc.ts passes to `call`. */
const invoked = [...source.matchAll(/call<[^>]*>\(\s*"([a-z_]+)"/gs)].map((m) => m[1]);
const recordedCommands = Object.keys(recorded).filter((c) => Object.keys(recorded[c]).length > 0);
const fails = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("no error");
};
const emptyFilter = { state: null, right: null, open_only: false, text: null, sort: "newest-first" };

describe("the browser preview", () => {
  it("finds the window's commands in ipc.ts", () => {
    expect(invoked.length).toBeGreaterThan(40);
    expect(invoked).toContain("request_list");
  });

  it("has a recorded reply or an explicit answer for every command the window invokes", () => {
    const answered = new Set<string>([...recordedCommands, ...WRITES, ...UNRECORDED_READS, ...Object.keys(FIXED)]);
    expect(invoked.filter((c) => !answered.has(c))).toEqual([]);
  });

  it("lists as unrecorded only what has no recording", () => {
    expect(UNRECORDED_READS.filter((c) => recordedCommands.includes(c))).toEqual([]);
    expect(WRITES.filter((c) => recordedCommands.includes(c))).toEqual([]);
  });

  it("names no command the window does not invoke", () => {
    const named = [...Object.keys(recorded), ...WRITES, ...UNRECORDED_READS];
    expect(named.filter((c) => !invoked.includes(c))).toEqual([]);
  });

  it("keys a call by its arguments whatever their order, as the recorder does", () => {
    expect(canonical({ b: [1, { d: null, c: "é" }], a: true })).toBe('{"a":true,"b":[1,{"c":"é","d":null}]}');
    expect(keyOf("request_search", { id: "REQ-1", extra: { name: "x" } })).toBe('{"id":"REQ-1"}');
  });

  it("opens every request of the recorded register, with its verification and its search", () => {
    const list = lookup("request_list", { filter: emptyFilter }) as RegisterEntry[];
    expect(list.length).toBeGreaterThan(5);
    for (const r of list) {
      expect(lookup("request_get", { id: r.id })).toMatchObject({ id: r.id });
      expect(lookup("verification_status", { id: r.id })).toMatchObject({ request_id: r.id });
      expect(() => lookup("request_latest_search", { id: r.id })).not.toThrow();
    }
    expect(list.some((r) => r.clocks !== null), "open requests carry their clocks").toBe(true);
  });

  it("opens the office's letters, the request of each row, and what is still to write", () => {
    const register = lookup("letter_register", { filter: { year: null, kind: null } }) as LetterRegister;
    expect(register.letters.length).toBeGreaterThan(2);
    for (const l of register.letters) {
      expect(lookup("request_letters", { id: l.request_id })).toMatchObject({ request_id: l.request_id });
      expect(lookup("letter_register", { filter: { year: null, kind: l.kind } })).toMatchObject({ years: register.years });
    }
    for (const y of register.years) expect(() => lookup("letter_register", { filter: { year: y, kind: null } })).not.toThrow();
    for (const d of lookup("letters_due", {}) as DueLetter[]) expect(lookup("request_get", { id: d.request_id })).toMatchObject({ id: d.request_id });
  });

  it("shows a deletion carried out: the exports redacted, the certificate issued, checked and its copy valid", () => {
    const list = lookup("request_list", { filter: emptyFilter }) as RegisterEntry[];
    const deletion = list.filter((r) => r.rights.includes("deletion"));
    const runs = deletion.flatMap((r) => lookup("redaction_list", { id: r.id }) as Redaction[]);
    expect(runs.length, "the recorder redacts the demo deletion's exports").toBeGreaterThan(0);
    const certificates = deletion.flatMap((r) => (lookup("request_letters", { id: r.id }) as RequestLetters).issued.filter((l) => l.kind === "deletion-certificate"));
    expect(certificates.length, "and issues its certificate").toBeGreaterThan(0);
    for (const c of certificates) {
      const check = lookup("certificate_check", { number: c.number }) as CertificateCheck;
      expect(check.valid && check.register?.issued, `the kept ${c.number} checks out against the register`).toBe(true);
    }
    const copy = lookup("certificate_verify", { path: meta.certificate_copy }) as CertificateCheck;
    expect(copy.valid, "the copy the preview's picker hands out is valid").toBe(true);
  });

  it("replays the core's refusals as the core's errors", () => {
    const withoutController = (lookup("request_list", { filter: emptyFilter }) as RegisterEntry[]).find((r) => !r.controller);
    const e = fails(() => lookup("request_forwarding_note", { id: withoutController!.id, lang: "id" }));
    expect(e.code).not.toBe("ipc");
  });

  it("refuses writes and unrecorded questions as preview only", () => {
    const write = fails(() => lookup("request_change_state", { id: "REQ-2026-0001", to: "closed", reason: "x" }));
    expect(write).toMatchObject({ code: "ipc" });
    expect(write.message).toContain("preview only");
    expect(fails(() => lookup("request_get", { id: "REQ-1999-0001" })).message).toContain("preview only");
  });

  it("hands out copies, so the window cannot change a recording", () => {
    const a = lookup("office_get") as { name: string };
    a.name = "changed";
    expect((lookup("office_get") as { name: string }).name).not.toBe("changed");
  });
});
