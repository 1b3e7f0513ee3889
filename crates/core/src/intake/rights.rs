//! Which rights a message asks for, in Bahasa Indonesia (formal or as people chat) or English,
//! the words that say so, and what the message is (see `triage.rs`).
//!
//! The phrases of every right are found on the words' roots (`words.rs`, `stem.rs`). Then:
//! a phrase in a sentence addressed to the reader (an unsubscribe footer, a disclaimer) asks
//! nothing; a denied phrase ("tidak perlu dihapus") asks nothing and is reported; a phrase next to
//! an order or invoice is only a doubt; a phrase in the reason for another request ("… karena
//! saya tidak mau dihubungi lagi") asks nothing of its own; a right is not added because its
//! words are part of another right's phrase ("batasi *akses*" is restriction, not access); and
//! a copy asked for as a file to take elsewhere is portability, not access as well.

use super::matcher::{find_all, Hit};
use super::phrases::{CONTEXT, COPY, RIGHTS};
use super::scopes::{denied, is, not_asked, refused, scopes, told_sentences};
use super::triage::{decide, highlight, marks, MessageClass, Reason, ReasonCode, Weighed};
use super::words::{quoted_text, tokenise, Token};
use crate::vocabulary::Right;
use serde::Serialize;
use ts_rs::TS;

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
    pub class: MessageClass,
    pub rights: Vec<RightFinding>,
    /// The words that placed the text in the personal-data context.
    pub context: Vec<Highlight>,
    /// Why the class (needs a look: what made it unsure; not a request: what it is); for a
    /// request, the rights' words that were denied or left as doubts.
    pub reasons: Vec<Reason>,
}

/// A phrase found for a right, with what the passes learnt about it.
struct Found {
    right: Right,
    copy: bool,
    hit: Hit,
    because: bool,
}

/// Words that stand for the object of a phrase and say nothing of the right itself.
fn generic(stem: &str) -> bool {
    ["DATA", "FIELD", "ME", "MY", "NEG"]
        .iter()
        .filter_map(|g| super::phrases::group(g))
        .any(|g| is(g, stem))
        || is(
            "dari from ke to lagi again anymore longer untuk for apa what saya",
            stem,
        )
}

/// Drops `a` when its own words (or all its words) are part of a longer phrase of another right,
/// or of one as long that is not itself part of `a` (`batasi akses`: the access word `akses` is
/// inside restriction's phrase; `hapus nomor saya dari daftar` is leaving a list, not deletion;
/// `data saya dipakai buat apa` asks what for, not what data).
fn subsumed(ts: &[Token], a: &Found, b: &Found) -> bool {
    if a.right == b.right {
        return false;
    }
    if a.hit.weak && !b.hit.weak && ts[a.hit.first()].clause == ts[b.hit.first()].clause {
        return true;
    }
    if b.hit.weak && !a.hit.weak {
        return false;
    }
    // "please stop *profiling*": an ask without an object asks for the right that follows it.
    let after = ts[a.hit.last() + 1..]
        .iter()
        .position(|t| !t.filler)
        .map(|p| a.hit.last() + 1 + p);
    if a.hit.objectless && after.is_some_and(|n| n >= b.hit.first() && n <= b.hit.last()) {
        return true;
    }
    let heads = |f: &Found| -> Vec<usize> {
        f.hit
            .slots
            .iter()
            .copied()
            .filter(|&s| !generic(&ts[s].stem))
            .collect()
    };
    let (ha, hb) = (heads(a), heads(b));
    let a_in_b = ha.iter().any(|s| b.hit.slots.contains(s));
    let b_in_a = hb.iter().all(|s| a.hit.slots.contains(s));
    let (la, lb) = (a.hit.slots.len(), b.hit.slots.len());
    let inside = a.hit.first() >= b.hit.first() && a.hit.last() <= b.hit.last();
    (a_in_b || inside) && (lb > la || (lb == la && !b_in_a))
}

/// A deletion in the sentence of a correction removes the old value it replaces ("hapus nomor
/// lama saya, ganti dengan nomor baru"): it is the correction, unless it names data to erase.
fn replaced_values(ts: &[Token], found: &mut Vec<Found>) {
    let corrected: Vec<usize> = found
        .iter()
        .filter(|f| f.right == Right::Correction)
        .map(|f| ts[f.hit.first()].sentence)
        .collect();
    let records = super::phrases::group("DATA").unwrap_or_default();
    found.retain(|f| {
        f.right != Right::Deletion
            || !corrected.contains(&ts[f.hit.first()].sentence)
            || f.hit.slots.iter().any(|&s| is(records, &ts[s].stem))
    });
}

/// "Saya meminta agar data saya tidak dipakai", "minta data saya jangan diserahkan": what is
/// asked is that something be done to the data (a negator or a passive verb follows), not a
/// copy of it.
fn not_a_copy(text: &str, ts: &[Token], h: &Hit) -> bool {
    const PURPOSE: &str = "agar supaya biar that";
    let inside = (h.first()..=h.last()).any(|i| is(PURPOSE, &ts[i].stem));
    let then = ts[h.last() + 1..]
        .iter()
        .find(|t| !t.filler)
        .is_some_and(|t| {
            t.clause == ts[h.last()].clause
                && (is(super::phrases::NEGATORS, &t.stem)
                    || (t.derived && text[t.start..t.end].to_lowercase().starts_with("di")))
        });
    inside || then
}

/// Whether a hit names a policy ("kebijakan privasi", "privacy policy") rather than data.
fn policy(ts: &[Token], h: &Hit) -> bool {
    let before = h.first().checked_sub(1).map(|i| &ts[i]);
    let after = ts.get(h.last() + 1);
    before.is_some_and(|t| t.stem == "kebijakan") || after.is_some_and(|t| t.stem == "policy")
}

/// One highlight for each stretch of overlapping phrases, in text order.
pub(super) fn merged(text: &str, mut hs: Vec<Highlight>) -> Vec<Highlight> {
    hs.sort_by_key(|h| h.start);
    let mut out: Vec<Highlight> = Vec::new();
    for h in hs {
        match out.last_mut() {
            Some(last) if h.start < last.end => {
                last.end = last.end.max(h.end);
                last.text = text[last.start..last.end].to_string();
            }
            _ => out.push(h),
        }
    }
    out
}

/// Finds the rights a text asks for and what the message is.
pub fn classify(text: &str) -> Classification {
    let ts = tokenise(text);
    let told_in = told_sentences(&ts);
    let told = |i: usize| told_in.contains(&ts[i].sentence);
    let scopes = scopes(&ts);
    let business: Vec<usize> = marks(text, &ts)
        .iter()
        .filter(|m| m.code == ReasonCode::Transaction)
        .flat_map(|m| m.words.iter().map(|w| w.start))
        .collect();
    // An order, invoice or delivery right after a correction's words, or after an ask without
    // an object: maybe the order's only ("ubah alamat *pengiriman*", "tolong hapus *pesanan*").
    // An ask, a correction or a copy that does not say whose ("tolong dihapus", "nama mempelai
    // ada typo", "salinan invoice") in a sentence about an order or a print job is the job's:
    // "pesanan saya masuk dua kali, yang satu tolong dihapus".
    let personal = ["ME", "MY"]
        .iter()
        .filter_map(|g| super::phrases::group(g))
        .collect::<Vec<_>>();
    let bare = |h: &Hit| {
        !h.slots
            .iter()
            .any(|&s| ts[s].mine || personal.iter().any(|g| is(g, &ts[s].stem)))
    };
    let about_business = |h: &Hit| {
        let sentence = ts[h.first()].sentence;
        ts[h.last() + 1..]
            .iter()
            .filter(|t| !t.filler && t.clause == ts[h.last()].clause)
            .take(2)
            .any(|t| business.contains(&t.start))
            || (bare(h)
                && ts
                    .iter()
                    .any(|t| t.sentence == sentence && business.contains(&t.start)))
    };
    let mut doubts: Vec<Reason> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let tables = RIGHTS
        .iter()
        .map(|(r, p)| (*r, *p, false))
        .chain([(Right::Access, COPY, true)]);
    for (right, phrases, copy) in tables {
        for hit in find_all(phrases, &ts) {
            let first = hit.first();
            let aside = hit.slots.iter().any(|&s| scopes.aside[s]);
            if told(first) || aside || not_asked(&ts, &hit) || (copy && not_a_copy(text, &ts, &hit))
            {
                continue;
            }
            if hit.needs_denial && !refused(&ts, right, &hit) {
                continue;
            }
            let code = if !hit.needs_denial && denied(&ts, right, &hit) {
                Some(ReasonCode::Negated)
            } else if (right == Right::Correction || hit.objectless || copy) && about_business(&hit)
            {
                Some(ReasonCode::Business)
            } else {
                None
            };
            if let Some(code) = code {
                doubts.push(Reason {
                    code,
                    right: Some(right),
                    words: vec![highlight(text, &ts, &hit)],
                });
                continue;
            }
            found.push(Found {
                right,
                copy,
                because: scopes.because[first],
                hit,
            });
        }
    }
    // A reason given for another request asks nothing of its own.
    let asked: Vec<Right> = found
        .iter()
        .filter(|f| !f.because)
        .map(|f| f.right)
        .collect();
    if !asked.is_empty() {
        found.retain(|f| !f.because || asked.contains(&f.right));
    }
    replaced_values(&ts, &mut found);
    let keep: Vec<bool> = found
        .iter()
        .map(|a| !found.iter().any(|b| subsumed(&ts, a, b)))
        .collect();
    let mut kept: Vec<&Found> = found
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f)
        .collect();
    if kept.iter().any(|f| f.right == Right::Portability) {
        kept.retain(|f| !f.copy);
    }
    let objectless = kept.iter().all(|f| f.hit.objectless);
    let mut rights: Vec<RightFinding> = Vec::new();
    for f in kept {
        let h = highlight(text, &ts, &f.hit);
        match rights.iter_mut().find(|r| r.right == f.right) {
            Some(r) => r.phrases.push(h),
            None => rights.push(RightFinding {
                right: f.right,
                phrases: vec![h],
            }),
        }
    }
    for r in &mut rights {
        r.phrases = merged(text, std::mem::take(&mut r.phrases));
    }
    rights.sort_by_key(|r| r.right);
    doubts.retain(|d| !rights.iter().any(|r| Some(r.right) == d.right));
    let context = merged(
        text,
        find_all(CONTEXT, &ts)
            .iter()
            // "Privacy Policy" is a footer's link, not the writer's privacy.
            .filter(|h| !told(h.first()) && !policy(&ts, h))
            .map(|h| highlight(text, &ts, h))
            .collect(),
    );
    // A short answer ("Ya, silakan") to the office's question about a right.
    let quoted = quoted_text(text);
    let answers_a_right =
        || !quoted.trim().is_empty() && classify(&quoted).class != MessageClass::NotRequest;
    let (class, reasons) = decide(Weighed {
        text,
        ts: &ts,
        rights: &rights,
        context: &context,
        doubts,
        told: &told,
        objectless,
        answers_a_right: &answers_a_right,
    });
    if class != MessageClass::Request {
        rights.clear();
    }
    Classification {
        class,
        rights,
        context,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rights_of(text: &str) -> Vec<Right> {
        classify(text).rights.into_iter().map(|f| f.right).collect()
    }

    #[test]
    fn phrases_are_reported_where_they_stand() {
        let text = "Subject: Permohonan\n\nMohon hapus datasaya ya kak.";
        let c = classify(text);
        assert_eq!(c.class, MessageClass::Request);
        let h = &c.rights[0].phrases[0];
        assert_eq!(
            &text[h.start..h.end],
            "Mohon hapus data",
            "the highlight points at the trigger, overlapping phrases as one"
        );
    }

    #[test]
    fn a_denied_right_is_not_asked_and_says_so() {
        let c = classify("Alamat saya tolong diperbarui, datanya tidak perlu dihapus.");
        assert_eq!(
            rights_of("Alamat saya tolong diperbarui, datanya tidak perlu dihapus."),
            [Right::Correction]
        );
        assert!(
            c.reasons
                .iter()
                .any(|r| r.code == ReasonCode::Negated && r.right == Some(Right::Deletion)),
            "the denied deletion is reported: {:?}",
            c.reasons
        );
        assert_eq!(
            rights_of("No need to delete anything, just correct my name."),
            [Right::Correction]
        );
        assert_eq!(
            rights_of("Jangan lupa hapus data saya ya."),
            [Right::Deletion],
            "'jangan lupa' asks"
        );
    }

    #[test]
    fn a_word_inside_another_rights_phrase_adds_nothing() {
        assert_eq!(
            rights_of("Mohon batasi akses ke data pribadi saya."),
            [Right::Restriction]
        );
        assert_eq!(
            rights_of("Tolong hapus nomor saya dari daftar broadcast."),
            [Right::WithdrawConsent]
        );
        assert_eq!(
            rights_of("Saya minta data saya dihapus dan persetujuan saya dicabut."),
            [Right::Deletion, Right::WithdrawConsent]
        );
    }

    #[test]
    fn a_reason_is_not_a_second_request() {
        assert_eq!(
            rights_of("Hapus data saya karena saya tidak mau dihubungi lagi."),
            [Right::Deletion]
        );
        assert_eq!(
            rights_of("Hapus data saya. Jangan hubungi saya lagi."),
            [Right::Deletion, Right::WithdrawConsent]
        );
    }

    #[test]
    fn a_newsletter_footer_asks_nothing() {
        let c = classify("Promo minggu ini! Untuk berhenti berlangganan, klik di sini.");
        assert_eq!(c.class, MessageClass::NotRequest, "{c:?}");
    }
}
