//! The scan's prefilter: the literal spellings that any record carrying one of the subject's
//! keys contains, found in the text as it streams past (one Aho-Corasick automaton, ASCII case
//! folded, overlapping matches), so that only the rows that might be the subject's are made into
//! records and weighed.
//!
//! - an e-mail: its local part as keyed (Gmail without dots), and for Gmail also each dotted
//!   piece of four letters or more of the address as written in the request;
//! - a phone: the last four digits of the national number (the last group of any usual spelling);
//! - a NIK: its sixteen digits, and grouped by four with a space, dot or dash;
//! - a name: the starts of its words, of which a row needs as many as the index asks for. (A word
//!   written with a dot inside, `M.Rizki`, folds to `mrizki`; its start `mri` is not in the text,
//!   so such a subject name meets such a record on the index only.)
//!
//! (Measured on the 1M-row set: overlapping search of one case-insensitive automaton over whole
//! blocks beat two non-overlapping automata over case-folded copies, whose prefilter falls back
//! to rare bytes for three-letter patterns.)

use super::{Subject, SubjectQuery};
use crate::identifiers::keys::email_key;
use crate::sources::prefilter::Prefilter;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The literal spellings the scan looks for, for comparisons such as `rg -F -i -e …`.
pub fn spellings(query: &SubjectQuery) -> Vec<String> {
    Literals::of(&query.keys(), query)
        .map(|l| l.patterns)
        .unwrap_or_default()
}

pub(crate) struct Literals {
    automaton: AhoCorasick,
    /// The identifiers (e-mails, phones, NIKs) first, then the starts of the name's words.
    patterns: Vec<String>,
    /// How many of the patterns are identifiers: one of them is enough.
    identifiers: usize,
    /// Of the starts, a row needs this many different ones.
    starts_needed: usize,
}

impl Literals {
    pub fn of(subject: &Subject, query: &SubjectQuery) -> Option<Literals> {
        let mut ids: Vec<String> = Vec::new();
        for key in &subject.emails {
            let (local, domain) = key.split_once('@')?;
            ids.push(local.to_string());
            if domain == "gmail.com" {
                for written in query
                    .emails
                    .iter()
                    .filter(|e| email_key(e).as_ref() == Some(key))
                {
                    let local = written.trim().split('@').next().unwrap_or_default();
                    let local = local.split('+').next().unwrap_or_default();
                    ids.extend(
                        local
                            .split('.')
                            .filter(|p| p.len() >= 4)
                            .map(str::to_lowercase),
                    );
                }
            }
        }
        for phone in &subject.phones {
            ids.push(phone[phone.len().saturating_sub(4)..].to_string());
        }
        for nik in &subject.niks {
            ids.push(nik.clone());
            let groups: Vec<&str> = (0..4).map(|i| &nik[i * 4..i * 4 + 4]).collect();
            ids.extend([" ", ".", "-"].map(|sep| groups.join(sep)));
        }
        ids.sort();
        ids.dedup();
        if (ids.is_empty() && subject.starts.is_empty()) || subject.starts.len() > 64 {
            return None;
        }
        let identifiers = ids.len();
        let patterns: Vec<String> = ids.into_iter().chain(subject.starts.clone()).collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok()?;
        Some(Literals {
            automaton,
            patterns,
            identifiers,
            starts_needed: subject.starts.len().min(2),
        })
    }
}

impl Prefilter for Literals {
    fn longest(&self) -> usize {
        self.automaton.max_pattern_len()
    }

    fn find(&self, text: &[u8], found: &mut dyn FnMut(usize, usize, u32)) {
        for m in self.automaton.find_overlapping_iter(text) {
            found(m.start(), m.end(), m.pattern().as_u32());
        }
    }

    /// Any of the subject's e-mails, phones or NIKs, or enough starts of their name's words.
    fn wants(&self, literals: &[u32]) -> bool {
        let mut starts: u64 = 0;
        for &p in literals {
            let p = p as usize;
            if p < self.identifiers {
                return true;
            }
            starts |= 1 << (p - self.identifiers);
        }
        self.starts_needed > 0 && starts.count_ones() as usize >= self.starts_needed
    }
}
