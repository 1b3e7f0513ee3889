//! Postings: ascending record numbers stored as the gaps between them, each gap a LEB128
//! varint, so that a key carried by a hundred thousand records costs a few hundred kilobytes.

/// Encodes ascending numbers (duplicates are dropped).
pub fn encode(numbers: impl IntoIterator<Item = u64>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last = 0u64;
    let mut first = true;
    for n in numbers {
        if !first && n <= last {
            continue;
        }
        put(&mut out, n - if first { 0 } else { last });
        last = n;
        first = false;
    }
    out
}

/// Decodes what [`encode`] wrote; a damaged tail is dropped.
pub fn decode(bytes: &[u8]) -> Vec<u64> {
    ascending(bytes).collect()
}

/// The numbers [`encode`] wrote, one by one (a damaged tail ends them).
pub fn ascending(bytes: &[u8]) -> Ascending<'_> {
    Ascending {
        bytes,
        pos: 0,
        last: None,
    }
}

/// See [`ascending`].
pub struct Ascending<'a> {
    bytes: &'a [u8],
    pos: usize,
    last: Option<u64>,
}

impl Iterator for Ascending<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let (gap, next) = take(self.bytes, self.pos)?;
        let n = match self.last {
            None => gap,
            Some(last) => match last.checked_add(gap) {
                Some(n) => n,
                None => {
                    self.pos = self.bytes.len();
                    return None;
                }
            },
        };
        self.last = Some(n);
        self.pos = next;
        Some(n)
    }
}

/// Encodes any numbers as plain varints, in order.
pub fn encode_plain(numbers: impl IntoIterator<Item = u64>) -> Vec<u8> {
    let mut out = Vec::new();
    for n in numbers {
        put(&mut out, n);
    }
    out
}

/// Decodes what [`encode_plain`] wrote.
pub fn decode_plain(bytes: &[u8]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((n, next)) = take(bytes, pos) {
        out.push(n);
        pos = next;
    }
    out
}

fn put(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn take(bytes: &[u8], mut pos: usize) -> Option<(u64, usize)> {
    let mut n = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(pos)?;
        pos += 1;
        if shift > 63 {
            return None;
        }
        n |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some((n, pos));
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_survive_the_round_trip() {
        let numbers = [1, 2, 3, 130, 20_000, 1_000_000, u64::from(u32::MAX) + 7];
        assert_eq!(decode(&encode(numbers)), numbers);
        assert_eq!(
            decode(&encode([5, 5, 3, 9])),
            [5, 9],
            "kept ascending, once"
        );
        assert_eq!(decode_plain(&encode_plain([9, 1, 300])), [9, 1, 300]);
        assert!(decode(&[]).is_empty());
        assert_eq!(
            decode(&[0x81]),
            Vec::<u64>::new(),
            "a cut varint is dropped"
        );
        let mut overflowing = encode([u64::MAX - 1]);
        overflowing.extend(encode([5]));
        assert_eq!(
            decode(&overflowing),
            [u64::MAX - 1],
            "a damaged gap ends the list"
        );
    }
}
