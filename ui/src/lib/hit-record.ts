// A hit's record beside the subject's identifiers: its non-empty fields, the identifier fields
// (e-mail, phone, NIK, name) first, each cut into pieces at the marks the core computed with its
// search keys (pdp-core search/marks.rs). A 16-digit number is shown masked, as everywhere.
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { HitRecord } from "$lib/bindings/HitRecord";
import type { Mark } from "$lib/bindings/Mark";
import type { Tone } from "$lib/bindings/Tone";
import { maskNik } from "./highlight";

export type TonedPiece = { text: string; tone: Tone | null };
export type ShownField = { column: string; role: FieldRole; value: string; raw: string; tone: Tone | null; pieces: TonedPiece[] };

const IDENTIFIER_ROLES: readonly FieldRole[] = ["email", "phone", "nik", "name"];

/** A value cut at its marks (UTF-16 offsets, as JavaScript slices). */
function piecesOf(value: string, marks: Mark[]): TonedPiece[] {
  const out: TonedPiece[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ text: value.slice(at, m.start), tone: null });
    out.push({ text: value.slice(m.start, m.end), tone: m.tone });
    at = m.end;
  }
  if (at < value.length) out.push({ text: value.slice(at), tone: null });
  return out;
}

/** The record's non-empty fields, identifiers first, with the core's marks. */
export function shownFields(hr: HitRecord): ShownField[] {
  const fields = hr.record.fields
    .map((f, i): ShownField | null => {
      if (f.value.trim() === "") return null;
      const marks = hr.fields[i] ?? { tone: null, marks: [] };
      // Masking keeps the length, so each mark is the same stretch of the masked value.
      const shown = maskNik(f.value);
      return { column: f.column, role: f.role, value: shown, raw: maskNik(f.raw), tone: marks.tone, pieces: piecesOf(shown, marks.marks) };
    })
    .filter((f): f is ShownField => f !== null);
  const first = (f: ShownField) => (IDENTIFIER_ROLES.includes(f.role) ? 0 : 1);
  return fields.sort((a, b) => first(a) - first(b));
}
