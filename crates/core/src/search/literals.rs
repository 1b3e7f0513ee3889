//! The scan's prefilter: the literal spellings that any record carrying one of the subject's
//! keys contains, found in one pass over a row's bytes (Aho-Corasick, ASCII case folded), so that
//! only the rows that might be the subject's are made into records and weighed.
//!
//! - an e-mail: its local part as keyed (Gmail without dots), and for Gmail also each dotted
//!   piece of four letters or more of the address as written in the request;
//! - a phone: the last four digits of the national number (the last group of any usual spelling);
//! - a NIK: its sixteen digits, and grouped by four with a space, dot or dash;
//! - a name: the starts of its words, of which a row needs as many as the index asks for.

use super::{Subject, SubjectQuery};
use crate::identifiers::keys::email_key;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The literal spellings the scan looks for, for comparisons such as `rg -F -i -e …`.
pub fn spellings(query: &SubjectQuery) -> Vec<String> {
    Literals::of(&query.keys(), query)
        .map(|l| l.patterns)
        .unwrap_or_default()
}

pub(crate) struct Literals {
    automaton: AhoCorasick,
    patterns: Vec<String>,
    /// The first `identifiers` patterns stand for e-mails, phones and NIKs: one is enough.
    identifiers: usize,
    /// Of the name starts that follow, a row needs this many different ones.
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
        let identifiers = ids.len();
        let mut patterns = ids;
        patterns.extend(subject.starts.iter().cloned());
        if patterns.is_empty() || subject.starts.len() > 64 {
            return None;
        }
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

    /// Whether a row's bytes may hold something of the subject.
    pub fn wants(&self, bytes: &[u8]) -> bool {
        let mut starts: u64 = 0;
        for m in self.automaton.find_overlapping_iter(bytes) {
            let p = m.pattern().as_usize();
            if p < self.identifiers {
                return true;
            }
            starts |= 1 << (p - self.identifiers);
            if self.starts_needed > 0 && starts.count_ones() as usize >= self.starts_needed {
                return true;
            }
        }
        false
    }
}
