// A hit's record beside the subject's identifiers: its non-empty fields, the identifier fields
// (e-mail, phone, NIK, name) first, each value marked the way the explanation marks what matched.
// A value that is one of the subject's e-mails, phones or NIKs after simple normalisation, or a
// spelling the explanation itself wrote, is strong; a name the explanation calls the same or
// similar is weak; what it lists under "but …" is against. Other fields (a message, an address)
// have the same spellings marked where they occur. A 16-digit number is shown masked, as everywhere.
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { Record as SourceRecord } from "$lib/bindings/Record";
import { maskNik } from "./highlight";
import type { Key } from "./i18n";
import { markAll, parseIdentifier, readSentence, type Tone } from "./search";

type Kind = "email" | "phone" | "nik" | "name";

/** A spelling to look for in the record, how it weighs, and the subject's identifier it is (if it is one). */
type Term = { kind: Kind; text: string; tone: Tone; identifier: string | null };

export type TonedPiece = { text: string; tone: Tone | null };
export type ShownField = { column: string; role: FieldRole; value: string; raw: string; tone: Tone | null; pieces: TonedPiece[] };
/** The fields to show, and the subject's identifiers (as the search wrote them) that a field carries, with that field's tone. */
export type Comparison = { fields: ShownField[]; matched: Map<string, Tone> };

const KINDS: readonly string[] = ["email", "phone", "nik", "name"];
const isKind = (role: FieldRole): role is Kind => KINDS.includes(role);

const normal: Record<Kind, (v: string) => string> = {
  email: (v) => v.trim().toLowerCase().replace(/^mailto:/, ""),
  phone: (v) => {
    const d = v.replace(/\D/g, "");
    return d.startsWith("62") ? d.slice(2) : d.replace(/^0/, "");
  },
  // The search names a NIK masked as the core does (`317101******0001`).
  nik: (v) => {
    const d = v.replace(/\D/g, "");
    return d.length === 16 ? `${d.slice(0, 6)}******${d.slice(12)}` : v.trim();
  },
  name: (v) => v.trim().toLowerCase().replace(/\s+/g, " "),
};

/** What each explanation pattern names, as which kind of identifier, and which part is the subject's own. */
const NAMED: Partial<Record<Key, [Kind, string[], string?]>> = {
  "search.why.email": ["email", ["written", "key"], "key"],
  "search.why.phone": ["phone", ["written", "key"], "key"],
  "search.why.phoneShared": ["phone", ["written"]],
  "search.why.nameSame": ["name", ["name"], "name"],
  "search.why.nameSimilar": ["name", ["name"], "subject"],
  "search.why.mentions": ["name", ["name"]],
  "search.why.otherName": ["name", ["name"]],
  "search.why.otherEmail": ["email", ["email"]],
};

const RANK: Record<Tone, number> = { weak: 1, strong: 2, against: 3 };
const stronger = (a: Tone | null | undefined, b: Tone): Tone => (a && RANK[a] >= RANK[b] ? a : b);
const strongest = (tones: Tone[]): Tone | null => tones.reduce<Tone | null>(stronger, null);

function termsOf(explanation: string[], identifiers: string[]): Term[] {
  const terms: Term[] = [];
  for (const raw of identifiers) {
    const id = parseIdentifier(raw);
    if (id.kind !== "other") terms.push({ kind: id.kind, text: id.value, tone: id.kind === "name" ? "weak" : "strong", identifier: raw });
  }
  for (const sentence of explanation) {
    const read = readSentence(sentence);
    const named = read && NAMED[read.key];
    if (!read || !named) continue;
    const [kind, params, side] = named;
    const own = side ? normal[kind](read.params[side] ?? "") : null;
    const identifier = identifiers.find((raw) => {
      const id = parseIdentifier(raw);
      return id.kind === kind && normal[kind](id.value) === own;
    });
    for (const p of params) if (read.params[p]) terms.push({ kind, text: read.params[p], tone: read.tone, identifier: identifier ?? null });
  }
  return terms.filter((t) => normal[t.kind](t.text) !== "");
}

/** How a term may be written inside a longer text: as given, and a phone as its national digits. */
const needles = (t: Term) => (t.kind === "phone" ? [t.text, normal.phone(t.text)] : [t.text]);

/** The value's pieces with the terms they are; the whole value when it is one of them. */
function piecesOf(role: FieldRole, value: string, terms: Term[]): [TonedPiece, Term[]][] {
  if (isKind(role)) {
    const whole = terms.filter((t) => t.kind === role && normal[role](t.text) === normal[role](value));
    if (whole.length > 0) return [[{ text: value, tone: strongest(whole.map((t) => t.tone)) }, whole]];
  }
  return markAll(value, terms.flatMap(needles)).map((p) => {
    if (!p.mark) return [{ text: p.text, tone: null }, []];
    const found = terms.filter((t) => needles(t).some((n) => n.trim().toLowerCase() === p.text.toLowerCase()));
    return [{ text: p.text, tone: strongest(found.map((t) => t.tone)) }, found];
  });
}

/** The record's non-empty fields, identifiers first, marked against the explanation and the subject's identifiers. */
export function compareRecord(record: SourceRecord, explanation: string[], identifiers: string[]): Comparison {
  const terms = termsOf(explanation, identifiers);
  const matched = new Map<string, Tone>();
  const fields = record.fields
    .filter((f) => f.value.trim() !== "")
    .map((f): ShownField => {
      const parts = piecesOf(f.role, f.value, terms);
      const tone = strongest(parts.flatMap(([p]) => (p.tone ? [p.tone] : [])));
      for (const t of parts.flatMap(([, found]) => found)) if (t.identifier && tone) matched.set(t.identifier, stronger(matched.get(t.identifier), tone));
      // Masking keeps the length, so each piece is the same stretch of the masked value.
      const shown = maskNik(f.value);
      let at = 0;
      const pieces = parts.map(([p]) => ({ tone: p.tone, text: shown.slice(at, (at += p.text.length)) }));
      return { column: f.column, role: f.role, value: shown, raw: maskNik(f.raw), tone, pieces };
    });
  const first = (f: ShownField) => (isKind(f.role) ? 0 : 1);
  return { fields: fields.sort((a, b) => first(a) - first(b)), matched };
}
