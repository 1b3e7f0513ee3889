//! Phrases (see `phrases.rs` for how they are written) compiled once and found in a message's
//! words: each slot in order, at most [`MAX_GAP`] other words between two slots, inside one
//! clause; address words and particles (`kak`, `dong`) do not count as words between.

use super::phrases::group;
use super::words::Token;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Words allowed between two slots of a phrase, and before a slot written `+SLOT`.
pub(super) const MAX_GAP: usize = 3;
const FAR_GAP: usize = 6;

/// One root a slot accepts, and whether only its derived forms (`root*`) or only the bare word
/// (`root=`) count.
#[derive(Debug)]
struct Root {
    root: &'static str,
    derived_only: bool,
    bare_only: bool,
}

#[derive(Debug)]
struct Slot {
    roots: Vec<Root>,
    /// Words allowed between this slot and the one before.
    gap: usize,
}

#[derive(Debug)]
pub(super) struct Phrase {
    slots: Vec<Slot>,
    weak: bool,
    denied: bool,
    objectless: bool,
}

/// Where a phrase was found: the token of each slot, in order.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub slots: Vec<usize>,
    pub weak: bool,
    /// The phrase counts only when a negator denies it (`!` phrases).
    pub needs_denial: bool,
    /// An ask without an object (`?` phrases): a request only when the message says whose data.
    pub objectless: bool,
}

impl Hit {
    pub fn first(&self) -> usize {
        self.slots[0]
    }
    pub fn last(&self) -> usize {
        self.slots[self.slots.len() - 1]
    }
}

fn slot(text: &'static str) -> Slot {
    let far = text.starts_with('+');
    let roots = text
        .trim_start_matches('+')
        .split('|')
        .flat_map(|alt| match group(alt) {
            Some(g) => g.split(' ').collect::<Vec<_>>(),
            None => vec![alt],
        })
        .map(|r| Root {
            root: r.trim_end_matches(['*', '=']),
            derived_only: r.ends_with('*'),
            bare_only: r.ends_with('='),
        })
        .collect();
    Slot {
        roots,
        gap: if far { FAR_GAP } else { MAX_GAP },
    }
}

fn compile(text: &'static str) -> Phrase {
    Phrase {
        slots: text
            .trim_start_matches(['~', '!', '?'])
            .split(' ')
            .map(slot)
            .collect(),
        weak: text.starts_with('~'),
        denied: text.starts_with('!'),
        objectless: text.starts_with('?'),
    }
}

/// The compiled form of one of the tables' phrases (all compiled once, on first use).
fn phrase(text: &'static str) -> Option<&'static Phrase> {
    static CACHE: OnceLock<HashMap<&'static str, Phrase>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        let mut all: Vec<&'static str> = Vec::new();
        for (_, list) in super::phrases::RIGHTS {
            all.extend(list.iter());
        }
        all.extend(super::phrases::COPY);
        all.extend(super::phrases::CONTEXT);
        for (_, list) in super::triage::CUES.iter().chain(super::triage::MARKS) {
            all.extend(list.iter());
        }
        all.into_iter().map(|t| (t, compile(t))).collect()
    });
    cache.get(text)
}

fn fits(slot: &Slot, t: &Token) -> bool {
    !t.filler
        && slot.roots.iter().any(|r| {
            r.root == t.stem && (t.derived || !r.derived_only) && !(t.derived && r.bare_only)
        })
}

/// Every place `p` occurs in `ts`.
pub(super) fn find(p: &Phrase, ts: &[Token]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for first in 0..ts.len() {
        if !fits(&p.slots[0], &ts[first]) {
            continue;
        }
        let mut slots = vec![first];
        for s in &p.slots[1..] {
            let at = slots[slots.len() - 1];
            let mut words = 0;
            let mut found = None;
            for (j, t) in ts.iter().enumerate().skip(at + 1) {
                if t.clause != ts[first].clause {
                    break;
                }
                if fits(s, t) {
                    found = Some(j);
                    break;
                }
                if !t.filler {
                    words += 1;
                    if words > s.gap {
                        break;
                    }
                }
            }
            match found {
                Some(j) => slots.push(j),
                None => break,
            }
        }
        if slots.len() == p.slots.len() {
            hits.push(Hit {
                slots,
                weak: p.weak,
                needs_denial: p.denied,
                objectless: p.objectless,
            });
        }
    }
    hits
}

/// Every place any of `phrases` occurs.
pub(super) fn find_all(phrases: &[&'static str], ts: &[Token]) -> Vec<Hit> {
    phrases
        .iter()
        .filter_map(|p| phrase(p))
        .flat_map(|p| find(p, ts))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::words::tokenise;

    fn found(p: &'static str, text: &str) -> bool {
        !find(&compile(p), &tokenise(text)).is_empty()
    }

    #[test]
    fn slots_in_order_with_bounded_gaps_inside_a_clause() {
        assert!(found("DEL DATA", "tolong hapus semua data pribadi saya"));
        assert!(
            found("DEL DATA", "kak tolong apus dong ya kak datanya"),
            "fillers are stepped over"
        );
        assert!(!found(
            "DEL DATA",
            "hapus file lama di folder yang sudah tidak dipakai data"
        ));
        assert!(!found("DEL DATA", "hapus, data"), "a comma ends the clause");
        assert!(
            found("DEL DATA", "tolong hapus\ndata saya"),
            "a wrapped line goes on"
        );
    }

    #[test]
    fn derived_only_roots() {
        assert!(found("baik* FIELD", "mohon perbaiki alamat saya"));
        assert!(
            !found("baik* FIELD", "baik alamat saya sudah benar"),
            "the bare word is not the verb"
        );
    }
}
