//! Texts too long to keep: a spreadsheet cell or a chat message past [`LARGEST_CELL`] is cut to
//! it with a warning naming its row, and a chat line is never held longer than that while read.

use std::io::BufRead;

/// The largest cell or message text kept (1 MB; Excel holds at most 32,767 characters in a cell,
/// WhatsApp about 65,000 in a message): a longer one is cut to it, with a warning naming its row.
pub const LARGEST_CELL: usize = 1 << 20;

/// Cuts `text` to [`LARGEST_CELL`] bytes (at a character boundary); returns the warning saying
/// how large it was when it was cut.
pub fn cut_to_largest_cell(text: &mut String) -> Option<String> {
    if text.len() <= LARGEST_CELL {
        return None;
    }
    let was = text.len();
    let mut end = LARGEST_CELL;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    Some(cut_note(was))
}

/// The warning for a text of `was` bytes cut to [`LARGEST_CELL`].
pub fn cut_note(was: usize) -> String {
    format!(
        "a text of {:.1} MB was cut to its first 1 MB",
        was as f64 / (1024.0 * 1024.0)
    )
}

/// Reads one line (with its `\n`) into `buf`, keeping at most `keep` bytes of it (a character
/// cut in two is left out); returns how many bytes the line had.
pub(super) fn read_line_within(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    keep: usize,
) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, ended) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), available.is_empty()),
        };
        let room = keep.saturating_sub(buf.len()).min(used);
        buf.extend_from_slice(&available[..room]);
        reader.consume(used);
        total += used;
        if ended {
            break;
        }
    }
    if total > buf.len() {
        if let Err(e) = std::str::from_utf8(buf) {
            if e.error_len().is_none() {
                buf.truncate(e.valid_up_to());
            }
        }
    }
    Ok(total)
}
