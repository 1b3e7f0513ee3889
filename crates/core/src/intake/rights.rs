//! Which rights a message asks for, in Bahasa Indonesia or English, and the phrases that say so.
//!
//! A phrase is a short sequence of word slots ("hapus" … "data"); each slot lists the word forms
//! that fill it (Indonesian affixes are listed, not stemmed), and up to [`MAX_GAP`] other words may
//! stand between two slots ("hapus *semua* data saya"). The phrases that triggered each right are
//! returned with their position so staff can see, agree with or change the proposal.

use super::phrases::{CONTEXT, RIGHTS};
use crate::vocabulary::Right;
use serde::Serialize;
use ts_rs::TS;

/// Words allowed between two slots of a phrase.
const MAX_GAP: usize = 3;

pub(super) type Phrase = &'static [&'static [&'static str]];

/// A stretch of the analysed text: byte offsets and the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One right found in a message and the phrases that triggered it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RightFinding {
    pub right: Right,
    pub phrases: Vec<Highlight>,
}

/// What the classifier concluded about a text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Classification {
    /// True when the text asks for at least one right in a personal-data context.
    pub is_request: bool,
    pub rights: Vec<RightFinding>,
    /// The words that placed the text in the personal-data context.
    pub context: Vec<Highlight>,
}

struct Word {
    start: usize,
    end: usize,
    folded: String,
    /// Clause number: punctuation between words starts a new clause, and phrases stay inside one.
    clause: usize,
}

/// Splits into words (letters, digits, `-`, `/` inside a word), lower-cased.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut clause = 0;
    let is_word = |c: char| c.is_alphanumeric();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let joiner = matches!(c, '-' | '/')
            && start.is_some()
            && chars.get(i + 1).is_some_and(|&(_, n)| is_word(n));
        if is_word(c) || joiner {
            start.get_or_insert(pos);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word {
                start: s,
                end: pos,
                folded: text[s..pos].to_lowercase(),
                clause,
            });
        }
        if matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '\n' | '(' | ')') {
            clause += 1;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            folded: text[s..].to_lowercase(),
            clause,
        });
    }
    out
}

/// Every place a phrase occurs: (first word, last word).
fn find(phrase: Phrase, ws: &[Word]) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    for first in 0..ws.len() {
        if !phrase[0].contains(&ws[first].folded.as_str()) {
            continue;
        }
        let mut at = first;
        let mut ok = true;
        for slot in &phrase[1..] {
            let next = (at + 1..ws.len().min(at + 2 + MAX_GAP))
                .take_while(|&j| ws[j].clause == ws[first].clause)
                .find(|&j| slot.contains(&ws[j].folded.as_str()));
            match next {
                Some(j) => at = j,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            hits.push((first, at));
        }
    }
    hits
}

fn highlights(phrases: &[Phrase], text: &str, ws: &[Word]) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = Vec::new();
    for phrase in phrases {
        for (a, b) in find(phrase, ws) {
            let (start, end) = (ws[a].start, ws[b].end);
            if !out.iter().any(|h| h.start <= start && end <= h.end) {
                out.retain(|h| !(start <= h.start && h.end <= end));
                out.push(Highlight {
                    start,
                    end,
                    text: text[start..end].to_string(),
                });
            }
        }
    }
    out.sort_by_key(|h| h.start);
    out
}

/// "Minta data saya" is access only when nothing more specific is said there: an access phrase
/// that overlaps another right's phrase ("meminta data saya *dihapus*", "dari mana Anda
/// *mendapatkan data saya*") yields to it.
fn demote_generic_access(mut rights: Vec<RightFinding>) -> Vec<RightFinding> {
    let others: Vec<Highlight> = rights
        .iter()
        .filter(|f| f.right != Right::Access)
        .flat_map(|f| f.phrases.iter().cloned())
        .collect();
    for f in rights.iter_mut().filter(|f| f.right == Right::Access) {
        f.phrases
            .retain(|h| !others.iter().any(|o| o.start < h.end && h.start < o.end));
    }
    rights.retain(|f| !f.phrases.is_empty());
    rights
}

/// Finds the rights a text asks for. A message is a request when it names a right and speaks of
/// personal data (or of the writer's own data, account or details).
pub fn classify(text: &str) -> Classification {
    let ws = words(text);
    let rights: Vec<RightFinding> = RIGHTS
        .iter()
        .filter_map(|(right, phrases)| {
            let phrases = highlights(phrases, text, &ws);
            (!phrases.is_empty()).then_some(RightFinding {
                right: *right,
                phrases,
            })
        })
        .collect();
    let rights = demote_generic_access(rights);
    let context = highlights(CONTEXT, text, &ws);
    Classification {
        is_request: !rights.is_empty() && !context.is_empty(),
        rights,
        context,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rights_of(text: &str) -> Vec<Right> {
        classify(text).rights.into_iter().map(|f| f.right).collect()
    }

    #[test]
    fn words_keep_offsets_and_join_hyphens() {
        let ws = words("Saya minta opt-out, UU 27/2022.");
        let got: Vec<&str> = ws.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(got, ["saya", "minta", "opt-out", "uu", "27/2022"]);
        assert_eq!(&"Saya minta opt-out"[ws[2].start..ws[2].end], "opt-out");
    }

    #[test]
    fn gaps_between_slots_are_bounded() {
        assert_eq!(
            rights_of("tolong hapus semua data pribadi saya"),
            [Right::Deletion]
        );
        assert!(
            !rights_of("hapus file lama di folder yang sudah tidak dipakai data")
                .contains(&Right::Deletion),
            "'hapus' and 'data' eight words apart are not one phrase"
        );
    }

    #[test]
    fn phrases_are_reported_where_they_stand() {
        let text = "Subject: Permohonan\n\nMohon hapus data pribadi saya.";
        let c = classify(text);
        assert!(c.is_request);
        let h = &c.rights[0].phrases[0];
        assert_eq!(
            &text[h.start..h.end],
            "hapus data",
            "the highlight points at the trigger"
        );
    }

    #[test]
    fn an_invoice_question_is_not_a_request() {
        let c = classify("Pertanyaan faktur 11676\n\nSelamat pagi, mohon dikirimkan faktur pajak untuk invoice nomor 11676. Terima kasih.");
        assert!(!c.is_request, "no right is asked: {c:?}");
    }
}
