//! Views of a block of text that the scan's literals are looked for in: the text folded as names
//! and e-mail keys are (lower case, accents folded, dots left out), and its digits alone. A view
//! remembers where its bytes came from only where that changes (a dot left out, a letter folded,
//! a run of non-digits passed over), so making one costs about a copy of the text: most text is
//! plain ASCII without a dot, and the scan makes a view of every block it reads.

use crate::identifiers::keys::fold_char;

/// A view of some text: its bytes, and where they came from.
pub(super) struct View {
    pub bytes: Vec<u8>,
    /// `(view, text)`: from view byte `view` on, the bytes come one for one from `text` on, up to
    /// the next break. Ascending; the first is at view byte 0.
    breaks: Vec<(u32, u32)>,
}

impl View {
    fn with_capacity(n: usize) -> View {
        View {
            bytes: Vec::with_capacity(n),
            breaks: Vec::new(),
        }
    }

    /// Notes that the next byte of the view comes from `at` in the text.
    fn next_comes_from(&mut self, at: usize) {
        let view = self.bytes.len() as u32;
        let follows = self
            .breaks
            .last()
            .is_some_and(|&(v, t)| (t + (view - v)) as usize == at);
        if !follows {
            self.breaks.push((view, at as u32));
        }
    }

    /// Where view byte `i` came from in the text.
    pub fn source(&self, i: usize) -> usize {
        let k = self.breaks.partition_point(|&(v, _)| v as usize <= i);
        let (v, t) = self.breaks[k.saturating_sub(1)];
        t as usize + (i - v as usize)
    }
}

/// The text folded as names and e-mail keys are: lower case, accents folded, dots left out.
pub(super) fn folded(text: &[u8]) -> View {
    let mut v = View::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        // A run of ASCII without a dot is copied in lower case at once.
        let dot = memchr::memchr(b'.', &text[i..]).map_or(text.len(), |k| i + k);
        let run = if text[i..dot].is_ascii() {
            dot - i
        } else {
            text[i..dot]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(dot - i)
        };
        if run > 0 {
            v.next_comes_from(i);
            v.bytes
                .extend(text[i..i + run].iter().map(u8::to_ascii_lowercase));
            i += run;
            continue;
        }
        let b = text[i];
        if b == b'.' {
            i += 1;
            continue;
        }
        let len = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        let end = (i + len).min(text.len());
        match std::str::from_utf8(&text[i..end]) {
            Ok(s) => {
                for c in s.chars().flat_map(char::to_lowercase).map(fold_char) {
                    let mut buf = [0u8; 4];
                    for &out in c.encode_utf8(&mut buf).as_bytes() {
                        // Every byte of a folded letter points at the letter as written.
                        v.next_comes_from(i);
                        v.bytes.push(out);
                    }
                }
            }
            Err(_) => {
                v.next_comes_from(i);
                v.bytes.push(b);
            }
        }
        i = end.max(i + 1);
    }
    v
}

/// The digits of the text, every other character left out.
pub(super) fn digits(text: &[u8]) -> View {
    let mut v = View::with_capacity(0);
    let mut i = 0;
    while let Some(start) = text[i..].iter().position(u8::is_ascii_digit).map(|k| i + k) {
        let end = text[start..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(text.len(), |k| start + k);
        v.next_comes_from(start);
        v.bytes.extend_from_slice(&text[start..end]);
        i = end;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view made the slow way: each byte with where it came from.
    fn byte_by_byte(text: &[u8]) -> (Vec<u8>, Vec<usize>) {
        let s = String::from_utf8_lossy(text);
        let mut bytes = Vec::new();
        let mut from = Vec::new();
        if s.len() != text.len() {
            return (bytes, from);
        }
        for (at, c) in s.char_indices() {
            if c == '.' {
                continue;
            }
            for c in c.to_lowercase().map(fold_char) {
                let mut buf = [0u8; 4];
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    bytes.push(b);
                    from.push(at);
                }
            }
        }
        (bytes, from)
    }

    #[test]
    fn each_byte_of_a_view_points_at_the_text_it_came_from() {
        for text in [
            "Siti.Rahmawati@Gmail.COM, Émilie Dupont; 0812-3456-7890",
            "...ÀÉ.é.x",
            "",
            "ẞ and İ fold to more than one letter",
        ] {
            let v = folded(text.as_bytes());
            let (bytes, from) = byte_by_byte(text.as_bytes());
            assert_eq!(v.bytes, bytes, "{text}: the folded bytes");
            for (i, f) in from.iter().enumerate() {
                assert_eq!(v.source(i), *f, "{text}: where view byte {i} came from");
            }
        }
        let d = digits(b"tel 0812-34 x9");
        assert_eq!(d.bytes, b"0812349");
        assert_eq!(
            (0..7).map(|i| d.source(i)).collect::<Vec<_>>(),
            [4, 5, 6, 7, 9, 10, 13]
        );
    }

    proptest::proptest! {
        #[test]
        fn a_view_agrees_with_the_text_byte_for_byte(
            text in "[a-zA-Z0-9 .@,;\\-éÉàÀİẞß🌺\n]{0,200}",
        ) {
            let v = folded(text.as_bytes());
            let (bytes, from) = byte_by_byte(text.as_bytes());
            proptest::prop_assert_eq!(&v.bytes, &bytes);
            for (i, f) in from.iter().enumerate() {
                proptest::prop_assert_eq!(v.source(i), *f);
            }
            let d = digits(text.as_bytes());
            let expected: Vec<usize> = text
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(d.bytes.len(), expected.len());
            for (i, f) in expected.iter().enumerate() {
                proptest::prop_assert_eq!(d.source(i), *f);
            }
        }
    }
}
