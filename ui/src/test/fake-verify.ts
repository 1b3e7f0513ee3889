// Identity verification for the component tests (src/test/fake-ipc.ts) only: a scripted
// stand-in, so a test can walk the section through its steps. Not the core's rules (the browser
// preview answers with recorded replies, src/lib/recorded/); the code is always 482913.
import type { Answer } from "$lib/bindings/Answer";
import type { ClosedUnverified } from "$lib/bindings/ClosedUnverified";
import type { Language } from "$lib/bindings/Language";
import type { Request } from "$lib/bindings/Request";
import type { LettersMock } from "./fake-letters";
import type { AwaitingAnswer } from "$lib/bindings/AwaitingAnswer";
import type { ErrorReport } from "$lib/bindings/ErrorReport";
import type { IssuedCode } from "$lib/bindings/IssuedCode";
import type { Level } from "$lib/bindings/Level";
import type { Levels } from "$lib/bindings/Levels";
import type { Met } from "$lib/bindings/Met";
import type { Override } from "$lib/bindings/Override";
import type { RequesterRole } from "$lib/bindings/RequesterRole";
import type { RequestState } from "$lib/bindings/RequestState";
import type { Requirement } from "$lib/bindings/Requirement";
import type { Right } from "$lib/bindings/Right";
import type { VerificationStatus } from "$lib/bindings/VerificationStatus";
import type { VerificationLevels } from "$lib/ipc";
import type { ErrorCode } from "$lib/bindings/ErrorCode";

export const MOCK_CODE = "482913";

function fail(code: ErrorCode, message: string, field: string | null = null, reason: string | null = null): never {
  const report: ErrorReport = { code, message, field, reason };
  throw report;
}

type Facts = {
  agent?: boolean;
  met: Partial<Record<Requirement, Met>>;
  override: Override | null;
  code: { issued: Date; until: Date; wrong: number; answered: boolean } | null;
  /** The unanswered verification request, as the core weighs it; ends with an answer. */
  waiting?: AwaitingAnswer | null;
};

const ORDER: Level[] = ["none", "contact-on-file", "contact-and-identity"];

/** What the mock needs of a request: its rights (for the level), who asks, where to e-mail, whether it is open. */
export type Lookup = (
  id: string,
) => { rights: Right[]; state: RequestState; requester: { role: RequesterRole; name: string; emails: string[] } } | null;

/** The office's mail server (fake-mail.ts): throws as a failed send does. */
export type Send = (to: string, subject: string) => void;

const OPEN: RequestState[] = ["received", "verifying", "searching", "fulfilling"];

/** Puts a step into the request's history (kind `verification`). */
export type Note = (id: string, text: string) => void;

/**
 * A fresh mock; `actor` names who does each step, `lookup` finds the request, `note` writes its
 * history, `now` is the clock, `send` e-mails a code.
 */
export function verificationMock(
  actor: () => string,
  lookup: Lookup,
  note: Note = () => {},
  now: () => Date = () => new Date(),
  send: Send = () => fail("smtp_failed", "no mail server is set", null, "not_set"),
) {
  const facts = new Map<string, Facts>();
  let levels: Levels = {
    per_right: {
      information: "none",
      correction: "contact-on-file",
      "withdraw-consent": "contact-on-file",
      restriction: "contact-on-file",
      objection: "contact-on-file",
      access: "contact-and-identity",
      portability: "contact-and-identity",
      deletion: "contact-and-identity",
    },
  };
  let minutes = 30;

  const of = (id: string): Facts => {
    let f = facts.get(id);
    if (!f) {
      f = { met: {}, override: null, code: null };
      facts.set(id, f);
    }
    return f;
  };
  const met = (detail: string): Met => ({ by: actor(), at: now().toISOString(), detail });

  function status(id: string): VerificationStatus {
    const r = lookup(id) ?? fail("request_not_found", `request ${id} not found`);
    const f = of(id);
    const level = r.rights.reduce<Level>((l, right) => {
      const x = levels.per_right[right] ?? "contact-and-identity";
      return ORDER.indexOf(x) > ORDER.indexOf(l) ? x : l;
    }, "none");
    f.agent = r.requester.role !== "subject";
    const reqs: Requirement[] = [];
    if (level !== "none") reqs.push("contact-on-file");
    if (level === "contact-and-identity") reqs.push("identity");
    if (level !== "none" && f.agent) reqs.push("authority");
    const checks = reqs.map((requirement) => ({ requirement, met: f.met[requirement] ?? null }));
    const c = f.code;
    return {
      request_id: id,
      gate: { level: level, checks, overridden: f.override, open: checks.every((x) => x.met) || f.override !== null },
      code: c && {
        issued_at: c.issued.toISOString(),
        expires_at: c.until.toISOString(),
        wrong: c.wrong,
        answered: c.answered,
        expired: now() >= c.until,
        locked: c.wrong >= 5,
      },
      contact_note: null,
      waiting: OPEN.includes(r.state) && !f.met.identity && !f.override ? (f.waiting ?? null) : null,
    };
  }

  /** A verification request just sent: two working days to the reminder, ten to closing (the mock's calendar). */
  function asked(id: string, at: Date): AwaitingAnswer {
    return { request_id: id, asked_at: at.toISOString(), waiting: { kind: "recent", working_days: 0 }, remind_on: "2026-11-27", close_on: "2026-12-09" };
  }

  return {
    /** Sets up a request's case: what is met already, an override, a code. */
    seed(id: string, seed: Partial<Facts>) {
      facts.set(id, { ...of(id), ...seed });
    },
    verificationStatus: async (id: string) => structuredClone(status(id)),
    /** Whether the gate is open now (for the letters mock). */
    isOpen: (id: string) => status(id).gate.open,
    verificationCode: async (id: string, email = false): Promise<IssuedCode> => {
      const issued = now();
      const until = new Date(issued.getTime() + minutes * 60_000);
      if (email) {
        const to = lookup(id)?.requester.emails[0] ?? fail("verification_refused", `request ${id}: the request has no e-mail address`);
        try {
          send(to, `Kode verifikasi / Verification code ${id}`);
        } catch (e) {
          note(id, `Kode verifikasi tidak terkirim ke ${to}: ${(e as Error).message}`);
          throw e;
        }
        of(id).code = { issued, until, wrong: 0, answered: false };
        of(id).waiting ??= asked(id, issued);
        note(id, `Kode verifikasi dikirim lewat e-mail ke ${to} (berlaku ${minutes} menit)`);
        return { request_id: id, code: null, sent_to: to, expires_at: until.toISOString(), message_id: "", message_en: "" };
      }
      of(id).code = { issued, until, wrong: 0, answered: false };
      of(id).waiting ??= asked(id, issued);
      note(id, `Kode verifikasi dibuat (berlaku ${minutes} menit), untuk dikirim petugas`);
      // As the core writes it: on the office clock (the demo office is in WITA).
      const [d, hm] = new Date(until.getTime() + 8 * 3600_000).toISOString().slice(0, 16).split("T");
      const at = `${d.split("-").reverse().join("-")} ${hm} WITA`;
      return {
        request_id: id,
        code: MOCK_CODE,
        sent_to: null,
        expires_at: until.toISOString(),
        message_id: `Kode verifikasi permintaan ${id}: ${MOCK_CODE}. Berlaku sampai ${at}. Jangan berikan kode ini kepada siapa pun selain petugas kami.`,
        message_en: `Verification code for request ${id}: ${MOCK_CODE}. Valid until ${at}. Do not share this code with anyone but our staff.`,
      };
    },
    verificationCheck: async (id: string, code: string): Promise<Answer> => {
      const f = of(id);
      const c = f.code ?? fail("verification_refused", `request ${id}: no code was sent for this request: send one first`);
      if (!/^\d{6}$/.test(code.replace(/[\s-]/g, ""))) fail("invalid_input", "code: a verification code is six digits", "code", "format");
      if (now() >= c.until) fail("verification_refused", `request ${id}: the code has expired: send a new code`);
      if (c.wrong >= 5) fail("verification_refused", `request ${id}: the code is locked after five wrong answers: send a new code`);
      if (code.replace(/[\s-]/g, "") === MOCK_CODE) {
        c.answered = true;
        f.met.identity = met("Kode verifikasi dijawab benar");
        note(id, "Kode verifikasi benar: identitas terverifikasi");
        return { kind: "right" };
      }
      c.wrong += 1;
      note(id, c.wrong >= 5 ? "Kode verifikasi salah lima kali: kode terkunci, kirim kode baru" : `Kode verifikasi salah (${5 - c.wrong} kali lagi sebelum terkunci)`);
      if (c.wrong >= 5) fail("verification_refused", `request ${id}: the code is locked after five wrong answers: send a new code`);
      return { kind: "wrong", left: 5 - c.wrong };
    },
    verificationNik: async (id: string, nik: string): Promise<string> => {
      const digits = nik.replace(/[\s.-]/g, "");
      if (!/^\d*$/.test(digits)) fail("invalid_input", "not a NIK: a NIK holds digits only", "nik", "format");
      if (digits.length !== 16) fail("invalid_input", `not a NIK: a NIK has 16 digits, this has ${digits.length}`, "nik", "length");
      if (digits.startsWith("00")) fail("invalid_input", "not a NIK: 00 is not a province code", "nik", "province");
      const masked = `${digits.slice(0, 6)}******${digits.slice(12)}`;
      of(id).met.identity ??= met(masked);
      note(id, `NIK dilihat pada KTP: ${masked}`);
      return masked;
    },
    verificationAuthority: async (id: string, document: string) => {
      if (!document.trim()) fail("invalid_input", "document: say what was shown", "document", "required");
      of(id).met.authority = met(document.trim());
      note(id, `Kewenangan dilihat: ${document.trim()}`);
      return null;
    },
    verificationOverride: async (id: string, reason: string) => {
      if (!reason.trim()) fail("invalid_input", "reason: an override of the verification needs a reason", "reason", "required");
      of(id).override = { by: actor(), at: now().toISOString(), reason: reason.trim() };
      note(id, `Verifikasi dilewati atas keputusan atasan: ${reason.trim()}`);
      return null;
    },
    verificationWaiting: async (): Promise<AwaitingAnswer[]> =>
      [...facts.keys()].flatMap((id) => {
        const w = lookup(id) ? status(id).waiting : null;
        return w ? [structuredClone(w)] : [];
      }),
    /** Whether closing as unverified is allowed now (the office's working days have passed). */
    mayClose: (id: string) => status(id).waiting?.waiting.kind === "may-close",
    verificationLevels: async (): Promise<VerificationLevels> => structuredClone({ levels, code_minutes: minutes }),
    verificationSetLevels: async (next: Levels, codeMinutes: number): Promise<VerificationLevels> => {
      if (!Number.isInteger(codeMinutes) || codeMinutes < 1 || codeMinutes > 1440)
        fail("invalid_input", "code_minutes: between 1 and 1440", "code_minutes", "out_of_range");
      levels = structuredClone(next);
      minutes = codeMinutes;
      return structuredClone({ levels, code_minutes: minutes });
    },
  };
}

export type VerificationMock = ReturnType<typeof verificationMock>;

/**
 * Closes a request as unverified as the core does: refused before its day, then the refusal letter
 * on the identity ground and the rejection, the letter's number in the history (`log`).
 */
export async function closeUnverified(
  r: Request & { clocks?: unknown },
  lang: Language,
  verify: VerificationMock,
  letters: LettersMock,
  log: (from: RequestState, text: string) => void,
): Promise<ClosedUnverified> {
  if (!verify.mayClose(r.id))
    fail("invalid_state_change", `cannot move request ${r.id} from ${r.state} to rejected: the requester still has time to answer`);
  const letter = await letters.letterIssue(r.id, "refusal", lang, null, ["identity"]);
  log(r.state, `Ditutup karena identitas tidak terverifikasi; surat penolakan ${letter.number}`);
  Object.assign(r, { state: "rejected", clocks: null });
  const { clocks: _, ...request } = r;
  return { request: structuredClone(request), letter };
}
