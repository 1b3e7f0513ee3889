//! A mailbox (`.mbox`) redacted: a message starts at a line beginning with `From ` (as the
//! reader splits it); a message whose Message-ID is asked for leaves with all its lines, every
//! other byte is copied. A message's headers are held until its blank line to read its ID.

use std::collections::BTreeSet;
use std::io::{BufRead, Write};

/// What a pass over a mailbox did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub removed: u64,
    /// Message-IDs asked for and not found.
    pub missing: Vec<String>,
}

/// The Message-ID in a message's header lines (folded or not), without its angle brackets.
fn message_id(headers: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(headers);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if !name.trim().eq_ignore_ascii_case("message-id") {
            continue;
        }
        let mut value = value.trim().to_string();
        while let Some(next) = lines.peek().filter(|l| l.starts_with([' ', '\t'])) {
            value.push_str(next.trim());
            lines.next();
        }
        return Some(value.trim_matches(['<', '>', ' ', '\r']).to_string());
    }
    None
}

/// Where the pass is within the current message.
enum Part {
    /// Before the first `From ` line.
    Preamble,
    /// Reading the headers (held until the blank line).
    Headers,
    Keep,
    Drop,
}

/// Copies the mailbox without the messages whose Message-ID is in `ids`.
pub fn redact(
    input: &mut dyn BufRead,
    ids: &BTreeSet<String>,
    out: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let mut outcome = Outcome::default();
    let mut found = BTreeSet::new();
    let mut part = Part::Preamble;
    let mut held: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    let mut decide = |held: &mut Vec<u8>, out: &mut dyn Write| -> std::io::Result<Part> {
        let id = message_id(held);
        let drop = id.as_ref().is_some_and(|i| ids.contains(i));
        if drop {
            outcome.removed += 1;
            found.extend(id);
        } else {
            out.write_all(held)?;
        }
        held.clear();
        Ok(if drop { Part::Drop } else { Part::Keep })
    };
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            if matches!(part, Part::Headers) {
                decide(&mut held, out)?;
            }
            break;
        }
        if line.starts_with(b"From ") {
            if matches!(part, Part::Headers) {
                decide(&mut held, out)?;
            }
            held.extend_from_slice(&line);
            part = Part::Headers;
            continue;
        }
        match part {
            Part::Preamble | Part::Keep => out.write_all(&line)?,
            Part::Drop => {}
            Part::Headers => {
                held.extend_from_slice(&line);
                if line == b"\n" || line == b"\r\n" {
                    part = decide(&mut held, out)?;
                }
            }
        }
    }
    outcome.missing = ids.difference(&found).cloned().collect();
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MBOX: &str = "From a@x Mon Jan  1 00:00:00 2024\nMessage-ID: <one@x>\nSubject: a\n\nbody one\n>From the start\n\nFrom b@x Mon Jan  1 00:00:00 2024\nMessage-ID:\n <two@x>\n\nbody two\nFrom c@x Mon Jan  1 00:00:00 2024\nMessage-Id: <three@x>\n\nbody three\n";

    #[test]
    fn a_message_leaves_whole_and_the_others_stay_byte_for_byte() {
        let ids: BTreeSet<String> = ["two@x".to_string()].into();
        let mut out = Vec::new();
        let outcome = redact(&mut MBOX.as_bytes(), &ids, &mut out).unwrap();
        assert_eq!(outcome.removed, 1);
        assert!(outcome.missing.is_empty(), "a folded Message-ID is read");
        let expected = MBOX.replace(
            "From b@x Mon Jan  1 00:00:00 2024\nMessage-ID:\n <two@x>\n\nbody two\n",
            "",
        );
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        let ids: BTreeSet<String> = ["four@x".to_string()].into();
        let outcome = redact(&mut MBOX.as_bytes(), &ids, &mut Vec::new()).unwrap();
        assert_eq!(
            outcome.missing,
            ["four@x"],
            "an ID not in the mailbox is reported"
        );
    }
}
