//! Text from people and from outside: what a name or a typed note may hold, and how any stored
//! text is shown so that a control character or a bidi override cannot forge a line or turn text
//! around (a Subject with an encoded CR LF "Bcc: …" must not look like a header in the history).
//!
//! The window mirrors this rule set in `ui/src/lib/shown.ts`; change both together.

use crate::{CoreError, Result};
use std::borrow::Cow;

/// The character classes, in one place:
/// - controls: Unicode Cc (U+0000–U+001F, U+007F–U+009F), refused in names, shown escaped;
/// - bidi overrides and isolates: U+202A–U+202E, U+2066–U+2069, refused in names and typed
///   text, shown escaped;
/// - invisible: zero-width U+200B–U+200D, U+2060, U+FEFF and white space; a name made only of
///   these is refused.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}') || c.is_whitespace()
}

/// Characters `shown` escapes: every control and every bidi override or isolate.
fn is_escaped(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Checks a person's name (requester, data subject, client, staff): trimmed, required, and
/// without controls, bidi overrides, or only invisible characters.
pub fn check_name<'a>(field: &'static str, text: &'a str) -> Result<&'a str> {
    let name = text.trim();
    if name.is_empty() {
        return Err(CoreError::invalid(
            field,
            "required",
            format!("{field} is required"),
        ));
    }
    if name.chars().any(is_escaped) {
        return Err(CoreError::invalid(
            field,
            "control_characters",
            format!(
                "{} holds control or text-direction characters; type the name again",
                quoted(name)
            ),
        ));
    }
    if name.chars().all(is_invisible) {
        return Err(CoreError::invalid(
            field,
            "invisible",
            "the name is made of invisible characters only",
        ));
    }
    Ok(name)
}

/// Checks typed free text (a note, a reason, a closure's name): line breaks and tabs are kept
/// (a CR LF becomes LF), other controls and bidi overrides are refused.
pub fn check_typed(field: &'static str, text: &str) -> Result<String> {
    let text = text.replace("\r\n", "\n");
    if text
        .chars()
        .any(|c| is_escaped(c) && !matches!(c, '\n' | '\t'))
    {
        return Err(CoreError::invalid(
            field,
            "control_characters",
            format!("{field} holds control or text-direction characters"),
        ));
    }
    Ok(text)
}

/// A stored text as it may be shown on one line: controls and bidi characters are made visible
/// (`␍`, `␊`, `␉`, others as `⟨U+202E⟩`); other text is borrowed unchanged.
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\r' => out.push('␍'),
            '\n' => out.push('␊'),
            '\t' => out.push('␉'),
            c if is_escaped(c) => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// How many characters of an input an error message quotes.
const QUOTED_CHARS: usize = 60;

/// An input quoted in an error message: in quotes, escaped as `shown` does, cut after 60
/// characters with "…".
pub fn quoted(text: &str) -> String {
    let cut = text
        .char_indices()
        .nth(QUOTED_CHARS)
        .map_or(text, |(at, _)| &text[..at]);
    let more = if cut.len() < text.len() { "…" } else { "" };
    format!("\"{}{more}\"", shown(cut))
}

/// Checks a reason or note text: required, at most 2,000 characters, no controls but line breaks
/// and tabs, no bidi overrides.
pub(crate) fn check_text(field: &'static str, text: &str) -> Result<String> {
    let t = check_typed(field, text)?;
    let t = t.trim();
    if t.is_empty() {
        return Err(CoreError::invalid(
            field,
            "required",
            format!("{field} is required"),
        ));
    }
    if t.chars().count() > 2000 {
        return Err(CoreError::invalid(
            field,
            "too_long",
            "at most 2,000 characters",
        ));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_controls_or_only_invisible_characters_are_refused() {
        for (name, reason) in [
            ("Ani\u{202E}Lestari", "control_characters"),
            ("Ani\r\nBcc: x@example.com", "control_characters"),
            ("Ani\u{2066}Lestari", "control_characters"),
            ("\u{200B}", "invisible"),
            ("\u{200B}\u{FEFF} \u{2060}", "invisible"),
            ("  ", "required"),
        ] {
            let err = check_name("name", name).expect_err("the name must be refused");
            assert_eq!(err.reason(), Some(reason), "{name:?}: {err}");
            assert_eq!(err.field(), Some("name"), "the error names the field");
        }
        assert_eq!(
            check_name("name", " Ani Lestari ").unwrap(),
            "Ani Lestari",
            "a plain name passes, trimmed"
        );
    }

    #[test]
    fn typed_text_keeps_lines_and_refuses_other_controls() {
        assert_eq!(
            check_typed("note", "line one\r\n\tline two").unwrap(),
            "line one\n\tline two",
            "CR LF becomes LF, tabs stay"
        );
        for bad in ["a\u{0007}b", "a\rb", "a\u{202E}b"] {
            let err = check_typed("note", bad).expect_err("a control must be refused");
            assert_eq!(err.reason(), Some("control_characters"), "{bad:?}");
        }
    }

    #[test]
    fn shown_makes_controls_and_bidi_visible() {
        assert!(
            matches!(shown("Ani Lestari"), Cow::Borrowed(_)),
            "plain text is not copied"
        );
        assert_eq!(
            shown("Hapus\r\nBcc: x@example.com"),
            "Hapus␍␊Bcc: x@example.com"
        );
        assert_eq!(shown("Ani\u{202E}Lestari"), "Ani⟨U+202E⟩Lestari");
        assert_eq!(shown("a\u{0}b\tc"), "a⟨U+0000⟩b␉c");
    }

    #[test]
    fn quoted_cuts_long_input_at_a_character_boundary() {
        assert_eq!(quoted("abc"), "\"abc\"");
        let long = "é".repeat(5000);
        let q = quoted(&long);
        assert_eq!(
            q.chars().count(),
            QUOTED_CHARS + 3,
            "60 characters, two quotes and the ellipsis: {q}"
        );
        assert!(q.ends_with("…\""), "a cut is marked: {q}");
        assert_eq!(quoted("a\nb"), "\"a␊b\"", "controls are escaped");
    }
}
