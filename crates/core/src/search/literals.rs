//! The scan's prefilter: the literals that any record carrying one of the subject's keys
//! contains, found in the text as it streams past, so that only the rows that might be the
//! subject's are made into records and weighed. Each literal is looked for in a view of the
//! text made the way its key is made, so that no spelling the keys accept slips through:
//!
//! - in the text folded as names and e-mails are (case and accents folded, dots left out):
//!   the local part of each e-mail without dots (Gmail's dots and any dotting meet there), and
//!   the starts of the name's words in every spelling that folds to them (`i`, `j` or `y` where
//!   a start has `i`), of which a row needs as many different starts as the index asks for;
//! - in the digits of the text (every other character left out): each phone's national number
//!   and each NIK, however they are grouped.

use super::text_view::{digits, folded, View};
use super::SubjectQuery;
use crate::identifiers::keys::start_letter;
use crate::identifiers::subject::Subject;
use crate::sources::prefilter::Prefilter;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The literals the scan looks for, for comparisons such as `rg -F -i -e …`: each once, as the
/// keys write it (the scan also takes `j` and `y` for a start's `i`, which would slow such a
/// tool down several times over: the comparison is with its quickest form).
pub fn spellings(query: &SubjectQuery) -> Vec<String> {
    Literals::of(&query.keys())
        .map(|l| l.patterns)
        .unwrap_or_default()
}

pub(crate) struct Literals {
    /// E-mail local parts (the first `emails` patterns), then the spellings of the starts of the
    /// name's words.
    folded: Option<AhoCorasick>,
    emails: usize,
    /// For each spelling of a start (pattern `emails + i`), the start's number.
    start_of: Vec<u32>,
    /// Phone national numbers and NIKs.
    digits: Option<AhoCorasick>,
    /// Of the starts, a row needs this many different ones.
    starts_needed: usize,
    /// The literals, each once ([`spellings`]).
    patterns: Vec<String>,
}

/// Reported for an identifier; a start is reported as 1 + its number.
const IDENTIFIER: u32 = 0;

fn automaton(patterns: &[String]) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .ok()
}

/// Every spelling whose letters fold to `start` ([`start_letter`]): each `i` may have been
/// written `i`, `j` or `y`.
fn spellings_of(start: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in start.chars() {
        let written: &[char] = if c == start_letter('y') {
            &['i', 'j', 'y']
        } else {
            &[c][..]
        };
        out = out
            .iter()
            .flat_map(|s| {
                written.iter().map(move |w| {
                    let mut t = s.clone();
                    t.push(*w);
                    t
                })
            })
            .collect();
    }
    out
}

/// Reports the matches of `automaton` in `view` at the places they came from.
fn report(
    automaton: &AhoCorasick,
    view: &View,
    what: &dyn Fn(usize) -> u32,
    found: &mut dyn FnMut(usize, usize, u32),
) {
    for m in automaton.find_overlapping_iter(&view.bytes) {
        let start = view.source(m.start());
        let end = view.source(m.end() - 1) + 1;
        found(start, end, what(m.pattern().as_usize()));
    }
}

impl Literals {
    pub fn of(subject: &Subject) -> Option<Literals> {
        let mut emails: Vec<String> = subject
            .emails
            .iter()
            .filter_map(|k| k.split_once('@'))
            .map(|(local, _)| local.replace('.', ""))
            .filter(|l| !l.is_empty())
            .collect();
        emails.sort();
        emails.dedup();
        let mut numbers: Vec<String> = subject
            .phones
            .iter()
            .chain(&subject.niks)
            .cloned()
            .collect();
        numbers.sort();
        numbers.dedup();
        if (emails.is_empty() && numbers.is_empty() && subject.starts.is_empty())
            || subject.starts.len() > 64
        {
            return None;
        }
        let mut folded_patterns = emails.clone();
        let mut start_of = Vec::new();
        for (n, start) in subject.starts.iter().enumerate() {
            for spelling in spellings_of(start) {
                folded_patterns.push(spelling);
                start_of.push(n as u32);
            }
        }
        Some(Literals {
            folded: automaton(&folded_patterns),
            emails: emails.len(),
            start_of,
            digits: automaton(&numbers),
            starts_needed: subject.starts.len().min(2),
            patterns: emails
                .iter()
                .chain(&subject.starts)
                .chain(&numbers)
                .cloned()
                .collect(),
        })
    }
}

impl Prefilter for Literals {
    fn longest(&self) -> usize {
        let folded = self.folded.as_ref().map_or(0, |a| a.max_pattern_len());
        // Digits may be written with a separator between each.
        let digits = self.digits.as_ref().map_or(0, |a| a.max_pattern_len() * 3);
        // A folded letter may have been two bytes, a dot may have been left out.
        (folded * 3).max(digits)
    }

    fn find(&self, text: &[u8], found: &mut dyn FnMut(usize, usize, u32)) {
        if let Some(a) = &self.folded {
            let emails = self.emails;
            let what = |p: usize| {
                if p < emails {
                    IDENTIFIER
                } else {
                    1 + self.start_of[p - emails]
                }
            };
            report(a, &folded(text), &what, found);
        }
        if let Some(a) = &self.digits {
            report(a, &digits(text), &|_| IDENTIFIER, found);
        }
    }

    /// Any of the subject's e-mails, phones or NIKs, or enough starts of their name's words.
    fn wants(&self, literals: &[u32]) -> bool {
        let mut starts: u64 = 0;
        for &p in literals {
            if p == IDENTIFIER {
                return true;
            }
            starts |= 1 << (p - 1);
        }
        self.starts_needed > 0 && starts.count_ones() as usize >= self.starts_needed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wants(query: &SubjectQuery, text: &str) -> bool {
        let l = Literals::of(&query.keys()).unwrap();
        let mut found = Vec::new();
        l.find(text.as_bytes(), &mut |_, _, p| found.push(p));
        l.wants(&found)
    }

    #[test]
    fn every_spelling_the_keys_accept_is_let_through() {
        let q = SubjectQuery {
            name: Some("Emilie Dupont".into()),
            emails: vec!["eka.puspitasari81@gmail.com".into()],
            phones: vec!["+628575105252".into()],
            niks: vec!["3171014508900001".into()],
        };
        for (text, why) in [
            (
                "E.KaPuspitaSari.81@GMAIL.com",
                "Gmail with other dots and case",
            ),
            ("0857-5105-252", "a phone grouped 4-4-3"),
            ("0857 51 05 25 2", "a phone in pairs"),
            ("317101 450890 0001", "a NIK grouped 6-6-4"),
            ("31.71.01.450890.0001", "a NIK with dots"),
            ("Émilie Dupont", "an accented name"),
            ("E.milie Du.pont", "dots inside the words"),
            ("Emylie Dupont", "a y for the i"),
        ] {
            assert!(wants(&q, text), "{why}: {text}");
        }
        for (text, why) in [
            ("Emilie Martin", "one of two name words is not enough"),
            ("0857-5105-253", "another number"),
            ("ekapuspitasari@gmail.com", "another address"),
        ] {
            assert!(!wants(&q, text), "{why}: {text}");
        }
    }

    #[test]
    fn matches_are_reported_where_they_stand_in_the_text() {
        let q = SubjectQuery {
            phones: vec!["0812-3456-7890".into()],
            ..SubjectQuery::default()
        };
        let l = Literals::of(&q.keys()).unwrap();
        let text = "x,Ééé,0812 3456 7890\n";
        let mut at = Vec::new();
        l.find(text.as_bytes(), &mut |s, e, _| at.push((s, e)));
        assert_eq!(
            at,
            [(10, 23)],
            "from the 8 to the last 0 of the number as written (bytes)"
        );
    }
}
