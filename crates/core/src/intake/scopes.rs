//! Where a phrase stands, and what that does to it: denied by a negator ("tidak perlu
//! dihapus"), inside a sentence addressed to the reader (a footer, a disclaimer), inside the
//! reason for another request ("karena …"), inside a condition ("apabila nanti …"), about a
//! topic (a form, a feature, a webinar), after thanks for something done ("terima kasih atas
//! salinannya"), or about someone else's data ("their data").

use super::matcher::Hit;
use super::phrases::{
    AFTER_NO, ASKS, ASKS_STRONG, BECAUSE, BREAKS, IF_WORDS, LINK_WORDS, NEGATORS, NOT_NEGATING,
    QUESTION_TAG, REFUSING, SINGULAR, WISH_WORDS,
};
use super::words::Token;
use crate::vocabulary::Right;

pub(super) fn is(list: &str, stem: &str) -> bool {
    list.split(' ').any(|w| w == stem)
}

/// Words before a negator that make it describe the object ("yang tidak perlu" = the ones not
/// needed), not deny the verb.
const RELATIVE: &str = "yang which that what anything whatever";
/// Negators that say "without", not "do not": they never make a refusal phrase.
const WITHOUT: &str = "tanpa without bukan";
/// Thanks for something already done: what follows it is not asked ("kasih" after "terima").
const THANKS: &str = "makasih thanks thank";
/// Words that make what follows them in the sentence a topic, not an ask.
const TOPICS: &str =
    "formulir form fitur feature halaman page tombol button menu webinar seminar kuesioner survey artikel article skripsi thesis";
/// After "if" and "you": a polite ask ("if you could …", "jika Bapak berkenan …"), not a
/// condition.
const POLITE: &str = "could can would bisa dapat berkenan mind";
const YOU: &str = "you anda bapak ibu kalian";
/// After "salah": done by mistake ("salah kirim"), not a wrong value.
const MISDEEDS: &str = "kirim send transfer sebar bagi share";
/// Things whose data is not personal ("data model", "data produk").
const THINGS: &str =
    "model produk product stok stock desain design proyek project barang item website situs server";
/// Words before a verb that tell what happened or will happen, not what is asked.
const HAPPENED: &str = "kena got was were been telah will akan";
/// Whose data it is, when it is not the writer's.
const THEIRS: &str = "their mereka";
/// Before the data itself: the reader's ("delete your data" in a notice to customers).
const YOURS: &str = "your";
/// Words that cite a text rather than ask ("menurut kebijakan privasi Anda").
const CITING: &str = "menurut sesuai according pursuant";
/// A history of changes ("riwayat perubahan data") is a record, not a correction.
const HISTORY: &str = "riwayat history log";

/// The words above, for the lexicon.
pub(super) const SCOPE_WORDS: &[&str] = &[
    RELATIVE, WITHOUT, THANKS, TOPICS, POLITE, YOU, MISDEEDS, THINGS, HAPPENED, THEIRS, YOURS,
    CITING, HISTORY,
];

fn next_word(ts: &[Token], i: usize) -> Option<usize> {
    ts[i + 1..]
        .iter()
        .position(|t| !t.filler)
        .map(|p| i + 1 + p)
}

fn prev_words(ts: &[Token], i: usize, n: usize) -> impl Iterator<Item = &Token> {
    ts[..i].iter().rev().filter(|t| !t.filler).take(n)
}

/// Whether the token at `i` denies what follows it; `direct` when what follows is the phrase
/// itself ("tidak *tahu* data apa", whatever "tahu" does after a negator elsewhere).
fn negator(ts: &[Token], i: usize, direct: bool) -> bool {
    let next = next_word(ts, i).map(|n| ts[n].stem.as_str());
    let before: Vec<&str> = prev_words(ts, i, 2)
        .take_while(|t| t.clause == ts[i].clause)
        .map(|t| t.stem.as_str())
        .collect();
    is(NEGATORS, &ts[i].stem)
        && (ts[i].stem != "no" || next.is_some_and(|n| is(AFTER_NO, n)))
        && (direct || !next.is_some_and(|n| is(NOT_NEGATING, n)))
        && !before.iter().any(|p| is(QUESTION_TAG, p))
        && !ts[..i]
            .last()
            .is_some_and(|p| is(RELATIVE, &p.stem) && p.clause == ts[i].clause)
}

/// The negator that denies a hit: one between its slots, or up to three words before it in the
/// same clause (a "but" or a new ask ends the reach), unless the phrase takes the negator as
/// one of its slots.
pub(super) fn denial(ts: &[Token], h: &Hit) -> Option<usize> {
    if h.slots.iter().any(|&s| is(NEGATORS, &ts[s].stem)) {
        return None;
    }
    if let Some(i) = (h.first()..h.last()).find(|&i| !h.slots.contains(&i) && negator(ts, i, false))
    {
        return Some(i);
    }
    let mut words = 0;
    for i in (0..h.first()).rev() {
        let t = &ts[i];
        let ends = is(BREAKS, &t.stem) || is(ASKS_STRONG, &t.stem);
        if t.clause != ts[h.first()].clause || ends || words == 3 {
            return None;
        }
        if negator(ts, i, next_word(ts, i) == Some(h.first())) {
            return Some(i);
        }
        words += usize::from(!t.filler);
    }
    None
}

/// Whether a hit of `right` is denied. Refusing something (not agreeing, not wanting) is how
/// consent is withdrawn and decisions or processing are objected to, not a denial of that.
pub(super) fn denied(ts: &[Token], right: Right, h: &Hit) -> bool {
    let Some(i) = denial(ts, h) else {
        return false;
    };
    let refusal = matches!(
        right,
        Right::WithdrawConsent | Right::Objection | Right::Restriction
    );
    !(refusal && next_word(ts, i).is_some_and(|n| is(REFUSING, &ts[n].stem)))
}

/// Whether a `!` phrase stands denied by a "do not" (not by a "without"). For restriction the
/// "not" must be the office's ("jangan proses data saya"), not the writer's own habit ("saya
/// tidak pakai akun ini").
pub(super) fn refused(ts: &[Token], right: Right, h: &Hit) -> bool {
    let objects = |t: &Token| {
        ["DATA", "FIELD"]
            .iter()
            .filter_map(|g| super::phrases::group(g))
            .any(|g| is(g, &t.stem))
    };
    denial(ts, h).is_some_and(|i| {
        let before: Vec<&Token> = prev_words(ts, i, 2).collect();
        // "saya tidak pakai", not "data saya tidak dipakai" nor "jangan".
        let mine = ts[i].stem != "jangan"
            && before.first().is_some_and(|t| is(SINGULAR, &t.stem))
            && !before.get(1).is_some_and(|t| objects(t));
        let restricting_own_habit = right == Right::Restriction && mine;
        !(is(WITHOUT, &ts[i].stem) || restricting_own_habit)
    })
}

/// Sentences addressed to the reader: a link, reading or disclaimer word, or "if you wish to".
pub(super) fn told_sentences(ts: &[Token]) -> Vec<usize> {
    let mut out: Vec<usize> = ts
        .iter()
        .filter(|t| is(LINK_WORDS, &t.stem))
        .map(|t| t.sentence)
        .collect();
    for (i, t) in ts.iter().enumerate() {
        let you = ts[i + 1..]
            .iter()
            .take(2)
            .any(|n| n.stem == "anda" || n.stem == "you");
        let wish = ts
            .iter()
            .any(|n| n.clause == t.clause && is(WISH_WORDS, &n.stem));
        if is(IF_WORDS, &t.stem) && you && wish {
            out.push(t.sentence);
        }
    }
    out
}

/// Per token, whether it stands where nothing is asked of its own: the reason for something
/// ("karena …", to the sentence's end or the next ask) is marked `because`; a condition ("jika
/// nanti …", to the clause's end or the next ask) and a topic ("formulir hapus data", to the
/// sentence's end) are marked `aside`.
pub(super) struct Scopes {
    pub because: Vec<bool>,
    pub aside: Vec<bool>,
}

pub(super) fn scopes(ts: &[Token]) -> Scopes {
    let mut because = vec![false; ts.len()];
    let mut aside = vec![false; ts.len()];
    let (mut reason, mut condition, mut topic): (Option<usize>, Option<usize>, Option<usize>) =
        (None, None, None);
    for (i, t) in ts.iter().enumerate() {
        let ask = is(ASKS, &t.stem);
        if reason.is_some_and(|s| s != t.sentence) || ask {
            reason = None;
        }
        if condition.is_some_and(|c| c != t.clause) || ask {
            condition = None;
        }
        if topic.is_some_and(|s| s != t.sentence) {
            topic = None;
        }
        if is(BECAUSE, &t.stem) {
            reason = Some(t.sentence);
        }
        let near: Vec<&Token> = ts[i + 1..].iter().take(4).collect();
        let polite = near.iter().any(|n| is(YOU, &n.stem))
            && near.iter().any(|n| !n.derived && is(POLITE, &n.stem));
        if is(IF_WORDS, &t.stem) && !polite {
            condition = Some(t.clause);
        }
        if is(TOPICS, &t.stem) {
            topic = Some(t.sentence);
        }
        because[i] = reason.is_some();
        aside[i] = condition.is_some() || topic.is_some();
    }
    Scopes { because, aside }
}

/// Whether a hit thanks for something done, names someone else's data or a thing's, or tells
/// what happened: it asks nothing.
pub(super) fn not_asked(ts: &[Token], h: &Hit) -> bool {
    let clause = ts[h.first()].clause;
    let before: Vec<&Token> = prev_words(ts, h.first(), 4)
        .take_while(|t| t.clause == clause)
        .collect();
    let thanked = before.iter().enumerate().any(|(k, t)| {
        is(THANKS, &t.stem)
            || (t.stem == "kasih" && before.get(k + 1).is_some_and(|p| p.stem == "terima"))
    });
    let theirs = h.slots.iter().any(|&s| {
        prev_words(ts, s, 1).any(|t| {
            is(THEIRS, &t.stem)
                || (is(YOURS, &t.stem)
                    && is(
                        super::phrases::group("DATA").unwrap_or_default(),
                        &ts[s].stem,
                    ))
        })
    });
    let cited = prev_words(ts, h.first(), 1).any(|t| is(CITING, &t.stem));
    let history = is(HISTORY, &ts[h.first()].stem)
        && h.slots
            .iter()
            .any(|&s| ts[s].stem == "ubah" || ts[s].stem == "change");
    // "data modelnya", "data produk": the data of a thing, not of a person.
    let records = super::phrases::group("DATA").unwrap_or_default();
    let after = next_word(ts, h.last()).into_iter();
    let of_a_thing = h.slots.iter().copied().chain(after).any(|s| {
        is(records, &ts[s].stem)
            && next_word(ts, s).is_some_and(|n| is(THINGS, &ts[n].stem) && ts[n].clause == clause)
    });
    // "akun saya *kena* suspend", "data will be deleted": what happened, not what is asked.
    let verb = h.last();
    let happened = prev_words(ts, verb, 2)
        .take_while(|t| t.clause == ts[verb].clause)
        .any(|t| is(HAPPENED, &t.stem));
    // "You will no longer receive emails from us": told to the reader.
    let before_first: Vec<&Token> = prev_words(ts, h.first(), 6)
        .take_while(|t| t.clause == clause)
        .collect();
    let told_you = before_first.iter().any(|t| t.stem == "you")
        && before_first.iter().any(|t| is(HAPPENED, &t.stem));
    let mistake = h.slots.iter().any(|&s| {
        ts[s].stem == "salah" && next_word(ts, s).is_some_and(|n| is(MISDEEDS, &ts[n].stem))
    });
    thanked || theirs || of_a_thing || happened || told_you || mistake || cited || history
}
