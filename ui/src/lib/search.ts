// Pure helpers of the search results: hits grouped by file, the default ticks, the place of a
// record, the search's identifiers, and the core's reasons (`Why`, a code with parameters) in the
// window's language with the identifiers they name marked.
import type { EmailFold } from "$lib/bindings/EmailFold";
import type { Identifier } from "$lib/bindings/Identifier";
import type { Locator } from "$lib/bindings/Locator";
import type { PhoneNote } from "$lib/bindings/PhoneNote";
import type { Searched } from "$lib/bindings/Searched";
import type { StoredHit } from "$lib/bindings/StoredHit";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { Tone } from "$lib/bindings/Tone";
import type { Why } from "$lib/bindings/Why";
import { t, type Key } from "$lib/i18n";

export type FileGroup = { source: string; file: string; searched: Searched | null; hits: StoredHit[] };

/** Files with hits, in the order the search went through them; strong hits first within a file. */
export function groupByFile(search: StoredSearch): FileGroup[] {
  const groups = new Map<string, FileGroup>();
  const keyOf = (source: string, file: string) => `${source}\u0000${file}`;
  for (const s of search.searched) groups.set(keyOf(s.source, s.file), { source: s.source, file: s.file, searched: s, hits: [] });
  for (const h of search.hits) {
    const k = keyOf(h.source, h.file);
    if (!groups.has(k)) groups.set(k, { source: h.source, file: h.file, searched: null, hits: [] });
    groups.get(k)?.hits.push(h);
  }
  const rank = (h: StoredHit) => (h.class === "strong" ? 0 : 1);
  return [...groups.values()]
    .filter((g) => g.hits.length > 0)
    .map((g) => ({ ...g, hits: [...g.hits].sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.record - b.record) }));
}

/** Files searched without a hit (and readable): the reasonable-search record names them too. */
export function zeroHitFiles(search: StoredSearch): Searched[] {
  const withHits = new Set(search.hits.map((h) => `${h.source}\u0000${h.file}`));
  return search.searched.filter((s) => !s.error && !withHits.has(`${s.source}\u0000${s.file}`));
}

/** Pre-ticked: undecided strong hits only. A possible hit is never ticked for the staff. */
export function defaultTicks(hits: StoredHit[]): Set<number> {
  return new Set(hits.filter((h) => h.class === "strong" && h.decision === null).map((h) => h.id));
}

export function placeOf(l: Locator): string {
  switch (l.kind) {
    case "line":
      return t("search.place.line", { line: l.line });
    case "cell":
      return t("search.place.cell", { sheet: l.sheet, row: l.row });
    case "message":
      return t("search.place.message", { index: l.index, line: l.line });
    case "mail":
      return t("search.place.mail", { id: l.message_id });
  }
}

/** One of the search's identifiers: its label and the value shown (a phone with +62 before its national number). */
export function identifierShown(id: Identifier): { label: Key; value: string } {
  switch (id.code) {
    case "name":
      return { label: "search.id.name", value: id.params.name };
    case "email":
      return { label: "search.id.email", value: id.params.key };
    case "phone":
      return { label: "search.id.phone", value: `+62 ${id.params.national}` };
    case "nik":
      return { label: "search.id.nik", value: id.params.masked };
  }
}

/** A stable key of an identifier, for keyed lists. */
export const identifierKey = (id: Identifier): string => `${id.code}:${Object.values(id.params).join("")}`;

export type Piece = { text: string; mark: boolean };
export type Sentence = { tone: Tone; pieces: Piece[] };

/** How each reason is drawn: a shared phone as a doubt, a name or a chat as a sign. */
const TONE: Record<Why["code"], Tone> = {
  email_matches: "strong",
  nik_matches: "strong",
  phone_matches: "strong",
  phone_shared: "against",
  name_same: "weak",
  name_similar: "weak",
  text_mentions: "weak",
  another_person: "against",
  another_email: "against",
  whole_chat: "weak",
  older_wording: "weak",
};

const NOTE: Record<PhoneNote, Key> = { leading_zero_restored: "search.note.leadingZero" };

/** How the core folded a written e-mail to its key, in words. */
const FOLD: Record<EmailFold, Key> = {
  case: "search.fold.case",
  gmail_dots: "search.fold.gmailDots",
  plus_tag: "search.fold.plusTag",
  googlemail: "search.fold.googlemail",
};

/** The dictionary entry of a reason, its parameters to fill (and mark), and its note. */
function wording(why: Why): { key: Key; params: Record<string, string>; note: PhoneNote | null } {
  switch (why.code) {
    case "email_matches":
      return { key: "search.why.email", params: { written: why.params.written, key: why.params.key }, note: null };
    case "nik_matches":
      return { key: "search.why.nik", params: {}, note: null };
    case "phone_matches":
      return { key: "search.why.phone", params: { written: why.params.written, key: why.params.key }, note: why.params.note };
    case "phone_shared":
      return { key: "search.why.phoneShared", params: { written: why.params.written }, note: why.params.note };
    case "name_same":
      return { key: "search.why.nameSame", params: why.params, note: null };
    case "name_similar":
      return { key: "search.why.nameSimilar", params: why.params, note: null };
    case "text_mentions":
      return { key: "search.why.mentions", params: why.params, note: null };
    case "another_person":
      return { key: "search.why.anotherPerson", params: {}, note: null };
    case "another_email":
      return { key: "search.why.anotherEmail", params: {}, note: null };
    case "whole_chat":
      return { key: why.params.because === "identifier_in_chat" ? "search.why.chatIdentifier" : "search.why.chatSavedName", params: {}, note: null };
    case "older_wording":
      return { key: "search.why.older", params: {}, note: null };
  }
}

/** A dictionary text with its {params} filled and marked. */
function fill(template: string, params: Record<string, string>): Piece[] {
  const out: Piece[] = [];
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 1) out.push({ text: params[part] ?? `{${part}}`, mark: part in params });
    else if (part) out.push({ text: part, mark: false });
  }
  return out;
}

/** One reason in the window's language, with the identifiers it names marked. */
export function explain(why: Why): Sentence {
  const { key, params, note } = wording(why);
  const pieces = fill(t(key), params);
  if (note) pieces.push({ text: ` (${t(NOTE[note])})`, mark: false });
  if (why.code === "email_matches" && why.params.folds.length > 0) {
    pieces.push({ text: ` (${why.params.folds.map((f) => t(FOLD[f])).join("; ")})`, mark: false });
  }
  return { tone: TONE[why.code], pieces };
}
