// Stored texts as the window shows them: controls and bidi characters made visible, so a name or
// a subject from outside cannot forge a line or turn the text around. The same rule as the core's
// `crates/core/src/text.rs` (`shown`); change both together.
//
// The characters, in one place:
// - controls: Unicode Cc, U+0000–U+001F and U+007F–U+009F; CR, LF and TAB as ␍ ␊ ␉ (kept as
//   they are in multi-line texts: LF and TAB), every other one as ⟨U+XXXX⟩;
// - bidi overrides and isolates: U+202A–U+202E, U+2066–U+2069, as ⟨U+XXXX⟩.
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { "\r": "␍", "\n": "␊", "\t": "␉" };

function escape(c: string): string {
  return named[c] ?? `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/**
 * `text` with controls and bidi characters escaped. `multiLine` keeps LF and TAB for texts shown
 * as paragraphs (notes, event texts); a CR is always shown (typed text is stored without CR).
 */
export function shown(text: string, multiLine = false): string {
  return text.replace(ESCAPED, (c) => (multiLine && (c === "\n" || c === "\t") ? c : escape(c)));
}

/** The requester's name as the window shows it, or the word saying it was purged after the retention. */
export function requesterName(r: { requester: { name: string }; purged_at: string | null }, anonymised: string): string {
  return r.purged_at ? anonymised : shown(r.requester.name);
}
