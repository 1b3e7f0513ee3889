// The message text with its trigger phrases marked. The core reports every phrase as UTF-8 byte
// offsets into `proposal.text` (Rust strings); JavaScript strings index UTF-16 code units, so the
// offsets are translated before slicing. Overlapping phrases are flattened into segments: a right's
// phrase wins over a role phrase, which wins over a context word.
import type { Proposal } from "$lib/bindings/Proposal";
import type { Right } from "$lib/bindings/Right";

export type MarkKind = "right" | "role" | "context";

/** A highlighted stretch in byte offsets, as the core sends it. */
export type Mark = { start: number; end: number; kind: MarkKind; right?: Right };

/** A run of text to render: plain (`kind` null) or highlighted. */
export type Segment = { text: string; kind: MarkKind | null; rights: Right[] };

const PRIORITY: Record<MarkKind, number> = { right: 3, role: 2, context: 1 };

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * A function from a UTF-8 byte offset of `text` to the JavaScript string index of the same
 * position. Offsets inside a character fall back to its start; out-of-range offsets are clamped.
 */
export function byteToIndex(text: string): (byte: number) => number {
  const table: number[] = [];
  let index = 0;
  for (const ch of text) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    for (let k = 0; k < n; k++) table.push(index);
    index += ch.length;
  }
  table.push(index);
  return (byte) => table[Math.max(0, Math.min(table.length - 1, Math.trunc(byte)))];
}

/** The slice of `text` between two UTF-8 byte offsets. */
export function sliceBytes(text: string, start: number, end: number): string {
  const at = byteToIndex(text);
  return text.slice(at(start), at(end));
}

/** Every phrase of a proposal: rights (with their right), context words and role phrases. */
export function marksOf(p: Proposal): Mark[] {
  return [
    ...p.classification.rights.flatMap((f) =>
      f.phrases.map((h) => ({ start: h.start, end: h.end, kind: "right" as const, right: f.right })),
    ),
    ...p.requester.role_phrases.map((h) => ({ start: h.start, end: h.end, kind: "role" as const })),
    ...p.classification.context.map((h) => ({ start: h.start, end: h.end, kind: "context" as const })),
  ];
}

/**
 * `text` with the middle six digits of every 16-digit number (a NIK, grouped or not) replaced by
 * "•", keeping the string's length so that positions stay valid: the full number is never shown.
 */
export function maskNik(text: string): string {
  return text.replace(/\d(?:[ .-]?\d)*/g, (run) => {
    if (run.replace(/\D/g, "").length !== 16) return run;
    let n = 0;
    return run.replace(/\d/g, (d) => (++n > 6 && n <= 12 ? "•" : d));
  });
}

/**
 * Splits `text` into plain and highlighted segments, covering it exactly once. The segments' text
 * is taken from `display` (same length as `text`, e.g. with the NIK masked) when given.
 */
export function segments(text: string, marks: Mark[], display: string = text): Segment[] {
  const at = byteToIndex(text);
  const spans = marks
    .map((m) => ({ ...m, from: at(m.start), to: at(m.end) }))
    .filter((m) => m.from < m.to);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);

  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.from <= a && b <= s.to);
    const top = covering.reduce<MarkKind | null>(
      (best, s) => (best === null || PRIORITY[s.kind] > PRIORITY[best] ? s.kind : best),
      null,
    );
    const rights =
      top === "right" ? [...new Set(covering.flatMap((s) => (s.right ? [s.right] : [])))] : [];
    const last = out[out.length - 1];
    const piece = display.slice(a, b);
    if (last && last.kind === top && last.rights.join() === rights.join()) last.text += piece;
    else out.push({ text: piece, kind: top, rights });
  }
  return out.filter((s) => s.text !== "");
}

/** The distinct phrase texts per right, for the chips next to each right's checkbox (an e-mail's or a record's proposal). */
export function phrasesByRight(p: Pick<Proposal, "text" | "classification">): Partial<Record<Right, string[]>> {
  const out: Partial<Record<Right, string[]>> = {};
  for (const f of p.classification.rights) {
    const seen = new Set<string>();
    for (const h of f.phrases) seen.add(sliceBytes(p.text, h.start, h.end) || h.text);
    out[f.right] = [...seen];
  }
  return out;
}
