//! Mailbox files (`.mbox`, as Thunderbird and Google Takeout export them): one file, many
//! messages, each handed to [`super::mail::parse`] with its position for error messages.

use crate::{CoreError, Result};
use mail_parser::mailbox::mbox::MessageIterator;
use std::io::BufReader;
use std::path::Path;

/// One raw message of a mailbox with its 1-based position.
pub struct MboxMessage {
    pub index: usize,
    pub raw: Vec<u8>,
}

/// Reads every message of a mailbox. A file that does not start like a mailbox is refused.
pub fn read(path: &Path) -> Result<Vec<MboxMessage>> {
    let fail = |message: String| CoreError::File {
        path: path.to_path_buf(),
        message,
    };
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let mut reader = BufReader::new(file);
    let head = std::io::BufRead::fill_buf(&mut reader).map_err(|e| fail(e.to_string()))?;
    if !head.starts_with(b"From ") {
        return Err(fail(
            "not a mailbox: an mbox file starts with a \"From \" line".into(),
        ));
    }
    MessageIterator::new(reader)
        .enumerate()
        .map(|(i, m)| {
            m.map(|m| MboxMessage {
                index: i + 1,
                raw: m.unwrap_contents(),
            })
            .map_err(|e| fail(format!("message {}: {e}", i + 1)))
        })
        .collect()
}

/// Whether a file looks like a mailbox rather than a single message.
pub fn is_mbox(path: &Path) -> bool {
    let by_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mbox"));
    by_name
        || std::fs::read(path).is_ok_and(|b| b.starts_with(b"From ") && !b.starts_with(b"From: "))
}
