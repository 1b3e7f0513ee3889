//! What a reader asks of a prefilter (the search's literal spellings): where in the text as it
//! streams past the literals are, and whether a row holding these is worth making into a record.
//! The text is searched in the large blocks the reader fills, not row by row; each row then takes
//! the literals that start within it.

use super::Record;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;
use std::sync::Arc;

pub trait Prefilter: Send + Sync {
    /// The longest literal in bytes: a match may straddle two blocks by one byte less.
    fn longest(&self) -> usize;
    /// Calls `found(start, end, literal)` for every literal in `text`, overlapping ones too.
    fn find(&self, text: &[u8], found: &mut dyn FnMut(usize, usize, u32));
    /// Whether a row in which these literals were found is wanted.
    fn wants(&self, literals: &[u32]) -> bool;
}

/// A prefilter to apply, or none (every row becomes a record).
pub type Wants = Option<Arc<dyn Prefilter>>;

/// Whether a record already made (a chat message, a mail) is wanted: its fields one by one.
pub fn wants_record(prefilter: &dyn Prefilter, record: &Record) -> bool {
    let mut found = Vec::new();
    for field in &record.fields {
        prefilter.find(field.value.as_bytes(), &mut |_, _, literal| {
            found.push(literal)
        });
    }
    prefilter.wants(&found)
}

/// The literals found in a stream, by the offset where each starts.
#[derive(Clone, Default)]
pub(crate) struct Marks {
    queue: Rc<RefCell<VecDeque<(u64, u32)>>>,
}

impl Marks {
    /// The literals starting in `start..end` (a row); those before `start` are dropped.
    pub fn take(&self, start: u64, end: u64, into: &mut Vec<u32>) {
        into.clear();
        let mut q = self.queue.borrow_mut();
        while let Some(&(at, literal)) = q.front() {
            if at >= end {
                break;
            }
            q.pop_front();
            if at >= start {
                into.push(literal);
            }
        }
    }
}

/// Passes a stream through, noting where the literals are.
pub(crate) struct Marking<R> {
    inner: R,
    prefilter: Option<Arc<dyn Prefilter>>,
    /// Offset of the end of what was read so far.
    offset: u64,
    /// The last bytes of the previous block, for literals that straddle two.
    carry: Vec<u8>,
    marks: Marks,
}

impl<R> Marking<R> {
    pub fn new(inner: R, prefilter: Option<Arc<dyn Prefilter>>, marks: Marks) -> Marking<R> {
        Marking {
            inner,
            prefilter,
            offset: 0,
            carry: Vec::new(),
            marks,
        }
    }
}

impl<R: Read> Read for Marking<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(p) = &self.prefilter {
            let mut text = std::mem::take(&mut self.carry);
            let carried = text.len();
            text.extend_from_slice(&buf[..n]);
            let base = self.offset - carried as u64;
            let mut q = self.marks.queue.borrow_mut();
            let mut found = Vec::new();
            // A literal wholly inside the carried bytes was noted with the previous block.
            p.find(&text, &mut |start, end, literal| {
                if end > carried {
                    found.push((base + start as u64, literal));
                }
            });
            found.sort_unstable();
            q.extend(found);
            let keep = p.longest().saturating_sub(1).min(text.len());
            self.carry = text.split_off(text.len() - keep);
        }
        self.offset += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Looks for one word.
    struct Word(&'static [u8]);

    impl Prefilter for Word {
        fn longest(&self) -> usize {
            self.0.len()
        }
        fn find(&self, text: &[u8], found: &mut dyn FnMut(usize, usize, u32)) {
            for at in memchr::memmem::find_iter(text, self.0) {
                found(at, at + self.0.len(), 7);
            }
        }
        fn wants(&self, literals: &[u32]) -> bool {
            !literals.is_empty()
        }
    }

    /// Hands out its text a few bytes at a time, as a slow disk or a pipe would.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.len().min(buf.len()).min(4);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_literal_across_two_reads_is_found_once_where_it_starts() {
        let text = b"id,name\n1,Tri wulandari\n2,Budi\n3,wulandari\n";
        let marks = Marks::default();
        let mut reader = Marking::new(
            Trickle(text),
            Some(Arc::new(Word(b"wulandari"))),
            marks.clone(),
        );
        let mut all = Vec::new();
        reader.read_to_end(&mut all).unwrap();
        assert_eq!(all, text, "the text passes through unchanged");
        let mut found = Vec::new();
        marks.take(8, 24, &mut found);
        assert_eq!(
            found,
            [7],
            "row 1 holds the word, split over several reads, once"
        );
        marks.take(24, 31, &mut found);
        assert!(found.is_empty(), "row 2 holds none");
        marks.take(31, 43, &mut found);
        assert_eq!(found, [7], "row 3 holds it at the very end");
    }
}
