// Letters for the component tests (src/test/fake-ipc.ts) only: a scripted stand-in, so a test can
// choose a letter, edit it, issue it and see it listed. Not the core's rules (the browser preview
// answers with recorded replies, src/lib/recorded/). Numbers run 001, 002… in November 2026.
import type { DueLetter } from "$lib/bindings/DueLetter";
import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { IssuedLetter } from "$lib/bindings/IssuedLetter";
import type { Language } from "$lib/bindings/Language";
import type { LetterEntry } from "$lib/bindings/LetterEntry";
import type { LetterFilter } from "$lib/bindings/LetterFilter";
import type { LetterKind } from "$lib/bindings/LetterKind";
import type { LetterRegister } from "$lib/bindings/LetterRegister";
import type { Offer } from "$lib/bindings/Offer";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { RefusalGround } from "$lib/bindings/RefusalGround";
import type { RequestLetters } from "$lib/bindings/RequestLetters";
import { IpcError } from "$lib/errors";

function fail(code: ErrorCode, message: string, field: string | null = null, reason: string | null = null): never {
  throw new IpcError({ code, message, field, reason });
}

/** Acknowledgement, verification request and refusal fit; access needs the gate; the rest wait. */
export function sampleOffers(): Offer[] {
  const fits = (kind: LetterKind, needs_verification = false): Offer => ({
    kind,
    needs_verification,
    not_now: null,
    why_not: null,
    grounds: kind === "refusal" ? ["identity", "third-party", "exception"] : [],
  });
  return [
    fits("acknowledgement"),
    fits("verification-request"),
    fits("access", true),
    {
      kind: "portability",
      needs_verification: true,
      not_now: "the request does not ask for portability",
      why_not: { code: "right_not_asked", params: { right: "portability" } },
      grounds: [],
    },
    fits("refusal"),
    { kind: "extension", needs_verification: false, not_now: "the policy window has not been extended", why_not: { code: "not_extended" }, grounds: [] },
    { kind: "no-data", needs_verification: true, not_now: "search the office's sources for this request first", why_not: { code: "not_searched" }, grounds: [] },
  ];
}

const SUBJECT: Partial<Record<LetterKind, Record<Language, string>>> = {
  acknowledgement: { id: "Tanda terima permintaan", en: "Acknowledgement of your request" },
  access: { id: "Akses data pribadi", en: "Access to your personal data" },
  refusal: { id: "Penolakan permintaan", en: "Refusal of your request" },
};

export type LettersHooks = {
  office: () => OfficeProfile;
  /** The office's mail server (fake-mail.ts): sending refuses as it refuses. */
  send: (to: string, subject: string) => void;
  /** Whether the verification gate is open for the request. */
  gateOpen: (id: string) => boolean;
  actor: () => string;
  /** The requester's name of a request, for the register of letters. */
  requesterName: (id: string) => string;
};

export function lettersMock(hooks: LettersHooks) {
  const offers = new Map<string, Offer[]>();
  const issued = new Map<string, IssuedLetter[]>();
  let seq = 0;
  let due: DueLetter[] = [];

  const entry = (l: IssuedLetter): LetterEntry => ({
    id: l.id,
    number: l.number,
    dated: l.dated,
    kind: l.kind,
    language: l.language,
    request_id: l.request_id,
    requester_name: hooks.requesterName(l.request_id),
    actor: l.actor,
    issued_at: l.issued_at,
    void_reason: l.void_reason,
    sent_to: l.sent_to,
    sent_at: l.sent_at,
  });

  function text(id: string, kind: LetterKind, lang: Language, grounds: RefusalGround[]): string {
    if (kind === "refusal" && grounds.length === 0)
      fail("invalid_input", "ground: a refusal needs its ground: identity, third-party or exception", "ground", "required");
    const subject = SUBJECT[kind]?.[lang] ?? kind;
    const body = lang === "en" ? `We received your request ${id}.` : `Kami telah menerima permintaan ${id}.`;
    return `subject: ${subject}\n---\n${body}${kind === "access" ? "\n\n{search_record}" : ""}\n`;
  }

  /** What the core checks before it lays a letter out. */
  function check(edited: string | null) {
    const unknown = edited?.match(/\{(?!search_record\}|confirmed_records\})[a-z_]+\}/)?.[0];
    if (unknown) fail("invalid_input", `letter_text: unknown placeholder ${unknown}; known: office_name, today, …`, "letter_text", "unknown_placeholder");
    if (hooks.office().signatory_name.trim() === "")
      fail("invalid_input", "signatory_name: set who signs the letters (name and position) in Settings first", "signatory_name", "required");
  }

  const letterOf = (number: string): IssuedLetter =>
    [...issued.values()].flat().find((l) => l.number === number) ?? fail("invalid_input", `number: no letter ${number}`, "number", "not_found");

  return {
    /** Sets the offers of a request (default: `sampleOffers()`) and its issued letters. */
    seed(id: string, seed: { offers?: Offer[]; issued?: IssuedLetter[] }) {
      if (seed.offers) offers.set(id, seed.offers);
      if (seed.issued) issued.set(id, seed.issued);
    },
    /** Adds a letter issued elsewhere (the deletion certificate, fake-deletion.ts). */
    add(letter: IssuedLetter) {
      issued.set(letter.request_id, [...(issued.get(letter.request_id) ?? []), letter]);
    },
    /** Sets what `lettersDue` answers (the core decides it; here it is scripted). */
    setDue(list: DueLetter[]) {
      due = list;
    },
    letterRegister: async (filter: LetterFilter): Promise<LetterRegister> => {
      const all = [...issued.values()].flat().sort((a, b) => b.id - a.id);
      const year = (l: IssuedLetter) => Number(l.dated.slice(0, 4));
      return {
        letters: all.filter((l) => (filter.year === null || year(l) === filter.year) && (filter.kind === null || l.kind === filter.kind)).map(entry),
        years: [...new Set(all.map(year))].sort((a, b) => b - a),
      };
    },
    lettersDue: async () => structuredClone(due),
    requestLetters: async (id: string): Promise<RequestLetters> => ({
      request_id: id,
      offers: structuredClone(offers.get(id) ?? sampleOffers()),
      issued: structuredClone(issued.get(id) ?? []),
    }),
    letterText: async (id: string, kind: LetterKind, lang: Language, grounds: RefusalGround[]) => text(id, kind, lang, grounds),
    letterDraft: async (id: string, kind: LetterKind, lang: Language, edited: string | null, grounds: RefusalGround[]) => {
      text(id, kind, lang, grounds);
      check(edited);
      return new TextEncoder().encode(`%PDF-1.7 draft ${kind} ${lang}`).buffer as ArrayBuffer;
    },
    letterIssue: async (id: string, kind: LetterKind, lang: Language, edited: string | null, grounds: RefusalGround[]): Promise<IssuedLetter> => {
      const needs = (offers.get(id) ?? sampleOffers()).find((o) => o.kind === kind)?.needs_verification;
      if (needs && !hooks.gateOpen(id))
        fail("verification_refused", `request ${id}: not verified: missing identity (a code answered or the NIK sighted)`);
      const body = edited ?? text(id, kind, lang, grounds);
      check(edited);
      seq += 1;
      const number = `${String(seq).padStart(3, "0")}/PDP/CMJKD/XI/2026`;
      const letter: IssuedLetter = {
        id: seq,
        request_id: id,
        kind,
        language: lang,
        number,
        dated: "2026-11-25",
        numbered_at: "2026-11-25T03:00:00Z",
        actor: hooks.actor(),
        text: body,
        email_subject: `${SUBJECT[kind]?.[lang] ?? kind} (${number})`,
        email_body: body.split("---\n")[1] ?? body,
        file: `letters/${id}/${number.replaceAll("/", "-")}-${kind}-${lang}.pdf`,
        sha256: "0".repeat(64),
        bytes: 24_000,
        pages: 1,
        issued_at: "2026-11-25T03:00:00Z",
        void_reason: null,
        sent_to: null,
        sent_at: null,
      };
      issued.set(id, [...(issued.get(id) ?? []), letter]);
      return structuredClone(letter);
    },
    letterPdf: async (number: string) => {
      letterOf(number);
      return new TextEncoder().encode("%PDF-1.7 issued").buffer as ArrayBuffer;
    },
    letterOpen: async (number: string) => {
      letterOf(number);
      return null;
    },
    letterSend: async (number: string, to: string | null): Promise<IssuedLetter> => {
      const l = letterOf(number);
      hooks.send(to ?? "siti@example.com", l.email_subject ?? l.kind);
      l.sent_to = to ?? "siti@example.com";
      l.sent_at = "2026-11-25T04:00:00Z";
      return structuredClone(l);
    },
  };
}

export type LettersMock = ReturnType<typeof lettersMock>;

/** A letter as the core keeps one, for seeding lists. */
export function issuedLetter(number: string, overrides: Partial<IssuedLetter> = {}): IssuedLetter {
  return {
    id: Number.parseInt(number, 10) || 1,
    request_id: "REQ-2026-0003",
    kind: "acknowledgement",
    language: "id",
    number,
    dated: "2026-11-24",
    numbered_at: "2026-11-24T03:00:00Z",
    actor: "Sari",
    text: "subject: Tanda terima permintaan\n---\nKami telah menerima permintaan Anda.\n",
    email_subject: "Tanda terima permintaan REQ-2026-0003",
    email_body: "Kami telah menerima permintaan Anda.",
    file: `letters/REQ-2026-0003/${number.replaceAll("/", "-")}.pdf`,
    sha256: "0".repeat(64),
    bytes: 21_000,
    pages: 1,
    issued_at: "2026-11-24T03:00:00Z",
    void_reason: null,
    sent_to: null,
    sent_at: null,
    ...overrides,
  };
}
