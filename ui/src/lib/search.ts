// Pure helpers of the search results: hits grouped by file, the default ticks, the place of a
// record, and the core's explanation sentences in the window's language with the matched parts
// marked. The core writes its sentences in English from a fixed set of patterns (pdp-core
// search/evaluate.rs); one it does not know is shown as written.
import type { Locator } from "$lib/bindings/Locator";
import type { Searched } from "$lib/bindings/Searched";
import type { StoredHit } from "$lib/bindings/StoredHit";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
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

export type IdentifierKind = "name" | "email" | "phone" | "nik" | "other";

/** One of the search's identifiers as the core normalised it ("e-mail: x", "phone: 812… (national number)"). */
export function parseIdentifier(s: string): { kind: IdentifierKind; value: string } {
  const m = /^(name|e-mail|phone|NIK): (.*?)(?: \(national number\))?$/.exec(s);
  if (!m) return { kind: "other", value: s };
  const kinds: Record<string, IdentifierKind> = { name: "name", "e-mail": "email", phone: "phone", NIK: "nik" };
  const kind = kinds[m[1]];
  return { kind, value: kind === "phone" ? `+62 ${m[2]}` : m[2] };
}

/** How a sentence weighs: a strong identifier, a weaker sign, or something that says it is someone else. */
export type Tone = "strong" | "weak" | "against";
export type Piece = { text: string; mark: boolean };
export type Sentence = { tone: Tone; pieces: Piece[] };

type Pattern = [RegExp, Key, Tone, string[]];
const PATTERNS: Pattern[] = [
  [/^e-mail (.+) matches (.+)$/, "search.why.email", "strong", ["written", "key"]],
  [/^NIK matches$/, "search.why.nik", "strong", []],
  [/^phone (.+?) matches, but the sources show it used by several people(?: \((.+)\))?$/, "search.why.phoneShared", "against", ["written", "note"]],
  [/^phone (.+?) matches national number (\d+)(?: \((.+)\))?$/, "search.why.phone", "strong", ["written", "key", "note"]],
  [/^name (.+) is the subject's name$/, "search.why.nameSame", "weak", ["name"]],
  [/^a name similar to (.+) \(not proof\)$/, "search.why.similarName", "weak", ["subject"]],
  [/^name (.+) is similar to (.+) \(not proof\)$/, "search.why.nameSimilar", "weak", ["name", "subject"]],
  [/^the text mentions (.+)$/, "search.why.mentions", "weak", ["name"]],
  [/^but the record names another person$/, "search.why.anotherPerson", "against", []],
  [/^but it carries another e-mail$/, "search.why.anotherEmail", "against", []],
  // Searches kept before explanations stopped quoting other people's names and addresses.
  [/^but the record names (.+)$/, "search.why.otherName", "against", ["name"]],
  [/^but it carries another e-mail, (.+)$/, "search.why.otherEmail", "against", ["email"]],
];

const NOTES: Record<string, Key> = { "leading 0 restored (lost in Excel)": "search.note.leadingZero" };

/** A template's text with its {params} filled and marked. */
function fill(template: string, params: Record<string, string>): Piece[] {
  const out: Piece[] = [];
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 1) out.push({ text: params[part] ?? `{${part}}`, mark: part in params });
    else if (part) out.push({ text: part, mark: false });
  }
  return out;
}

/** Marks every occurrence of `needles` (case-insensitive) in a sentence the window does not know. */
export function markAll(text: string, needles: string[]): Piece[] {
  const words = needles.map((n) => n.trim()).filter((n) => n.length >= 3);
  if (words.length === 0) return [{ text, mark: false }];
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text
    .split(new RegExp(`(${escaped.join("|")})`, "i"))
    .map((p, i) => ({ text: p, mark: i % 2 === 1 }))
    .filter((p) => p.text !== "");
}

/** A sentence of the core taken apart: its pattern, tone, the parts it names (spellings, keys, names) and its note. */
export type Reading = { key: Key; tone: Tone; params: Record<string, string>; note?: string };

/** The pattern a core sentence follows, or null for one the window does not know. */
export function readSentence(sentence: string): Reading | null {
  for (const [re, key, tone, names] of PATTERNS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => {
      if (n !== "note" && m[i + 1] !== undefined) params[n] = m[i + 1];
    });
    const note = names.includes("note") ? m[names.indexOf("note") + 1] : undefined;
    return { key, tone, params, note };
  }
  return null;
}

/** One explanation sentence in the window's language with the identifiers marked. */
export function explain(sentence: string, identifiers: string[] = []): Sentence {
  const read = readSentence(sentence);
  if (read) {
    const pieces = fill(t(read.key), read.params);
    if (read.note) pieces.push({ text: ` (${NOTES[read.note] ? t(NOTES[read.note]) : read.note})`, mark: false });
    return { tone: read.tone, pieces };
  }
  const tone: Tone = sentence.startsWith("but ") ? "against" : "weak";
  return { tone, pieces: markAll(sentence, identifiers.map((i) => parseIdentifier(i).value.replace(/^\+62 /, ""))) };
}
