//! A WhatsApp chat export redacted line by line: a message runs from its first line to the line
//! before the next message, so a message to remove leaves with all its lines, and a message to
//! mask keeps its timestamp and loses its author and text. Every other line is copied as it was.

use crate::fulfil::bundle::mask::MASK;
use crate::sources::whatsapp::stamp_length;
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

/// What is done to one message, by the line it starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageEdit {
    Remove,
    Mask,
}

/// What a pass over a chat did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub removed: u64,
    pub rewritten: u64,
    /// The text of the removed messages' lines, for the attachments they name.
    pub removed_text: String,
    /// Messages asked for whose first line is not a message's start.
    pub missing: Vec<u64>,
}

/// Copies the chat with the edits made. `starts` holds the first line of every message.
pub fn redact(
    input: &mut dyn BufRead,
    starts: &[u64],
    edits: &BTreeMap<u64, MessageEdit>,
    out: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let mut outcome = Outcome {
        missing: edits
            .keys()
            .filter(|l| starts.binary_search(l).is_err())
            .copied()
            .collect(),
        ..Outcome::default()
    };
    if !outcome.missing.is_empty() {
        return Ok(outcome);
    }
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut current: Option<MessageEdit> = None;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(outcome);
        }
        number += 1;
        let starts_here = starts.binary_search(&number).is_ok();
        if starts_here {
            current = edits.get(&number).copied();
        }
        match current {
            None => out.write_all(&line)?,
            Some(MessageEdit::Remove) => {
                if starts_here {
                    outcome.removed += 1;
                }
                outcome
                    .removed_text
                    .push_str(&String::from_utf8_lossy(&line));
            }
            Some(MessageEdit::Mask) if starts_here => {
                outcome.rewritten += 1;
                let text = String::from_utf8_lossy(&line);
                let stamp = stamp_length(&text).unwrap_or(0);
                let end = if line.ends_with(b"\r\n") {
                    "\r\n"
                } else if line.ends_with(b"\n") {
                    "\n"
                } else {
                    ""
                };
                write!(out, "{}{MASK}: {MASK}{end}", &text[..stamp])?;
            }
            Some(MessageEdit::Mask) => {}
        }
    }
}

/// The attachments a chat's text names (`<attached: 00000012-PHOTO-….jpg>`,
/// `<terlampir: …>`), so that a removed message's media leave with it.
pub fn attachments(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for marker in ["<attached: ", "<terlampir: "] {
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            if let Some(end) = rest.find('>') {
                names.push(rest[..end].trim().to_string());
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAT: &str = "12/01/24, 10.15 - Sari: halo kak\n12/01/24, 10.16 - Budi: iya\nbaris kedua\n12/01/24, 10.17 - Sari: <terlampir: 00000001-PHOTO-2024-01-12.jpg>\r\n12/01/24, 10.18 - Budi: ok\n";

    fn run(edits: &[(u64, MessageEdit)]) -> (String, Outcome) {
        let mut out = Vec::new();
        let edits: BTreeMap<u64, MessageEdit> = edits.iter().copied().collect();
        let outcome = redact(&mut CHAT.as_bytes(), &[1, 2, 4, 5], &edits, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), outcome)
    }

    #[test]
    fn a_message_leaves_with_all_its_lines() {
        let (out, outcome) = run(&[(2, MessageEdit::Remove), (4, MessageEdit::Remove)]);
        assert_eq!(
            out, "12/01/24, 10.15 - Sari: halo kak\n12/01/24, 10.18 - Budi: ok\n",
            "the message of lines 2–3 and the one of line 4 go whole; the others stay as written"
        );
        assert_eq!(outcome.removed, 2);
        assert_eq!(
            attachments(&outcome.removed_text),
            ["00000001-PHOTO-2024-01-12.jpg"],
            "the photo a removed message sent is named so it leaves too"
        );
    }

    #[test]
    fn a_masked_message_keeps_its_time_only() {
        let (out, _) = run(&[(2, MessageEdit::Mask)]);
        assert!(
            out.contains("12/01/24, 10.16 - [disamarkan]: [disamarkan]\n12/01/24, 10.17"),
            "author and text are masked, the continuation line goes: {out}"
        );
        let (_, outcome) = run(&[(3, MessageEdit::Remove)]);
        assert_eq!(
            outcome.missing,
            [3],
            "line 3 continues a message, it starts none"
        );
    }
}
