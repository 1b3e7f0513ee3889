//! Recall first: a message is a *request* (rights recognised for the writer or someone they act
//! for), *needs a look* (it speaks of the writer's data, deletion, consent, stopping contact, an
//! objection, a copy, an account… but no right is certain), or *not a request* (clearly
//! something else: a delivery failure, an automatic reply, a newsletter, an order or invoice, or
//! nothing that touches personal data at all). Each class says why.

use super::matcher::{find_all, Hit};
use super::phrases::{FIRST_PERSON, SINGULAR};
use super::rights::{merged, Highlight, RightFinding};
use super::words::Token;
use crate::vocabulary::Right;
use serde::Serialize;
use ts_rs::TS;

/// What a message is, for intake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum MessageClass {
    /// Rights recognised: registered as a request.
    Request,
    /// May be a request: queued for staff with the clock running from receipt.
    NeedsLook,
    /// Clearly something else: left out of the register.
    NotRequest,
}

/// Why a message was classed as it was (or, for a request, what was left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ReasonCode {
    /// A right's words, but nothing says whose data (no "my", "saya", no personal data).
    NoSubject,
    /// A right's words, denied ("tidak perlu dihapus", "no need to delete").
    Negated,
    /// A right's words next to an order, invoice or payment: maybe about the business only.
    Business,
    /// The writer's own data or details, personal data, privacy or UU PDP.
    MentionsData,
    MentionsDeletion,
    MentionsConsent,
    /// Stopping messages, calls, promotions, spam.
    MentionsStopContact,
    MentionsObjection,
    MentionsCopy,
    MentionsAccount,
    MentionsCorrection,
    /// A delivery failure (bounce).
    DeliveryFailure,
    /// An out-of-office or other automatic reply.
    AutoReply,
    /// A newsletter or mass mailing (its unsubscribe footer is not an ask).
    Bulk,
    /// An order, invoice, payment, quotation or delivery.
    Transaction,
    /// A complaint about a product or service, with nothing about personal data.
    Complaint,
    /// Nothing in it asks for a right or speaks of the writer's data.
    NothingAsked,
    /// A reply to a message that spoke of a right: the answer may be the ask ("Ya, silakan").
    AnswersRight,
}

/// One reason, with the right it concerns (if any) and the words that show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Reason {
    pub code: ReasonCode,
    pub right: Option<Right>,
    pub words: Vec<Highlight>,
}

/// Words that make a message worth a look when no right is certain.
pub(super) const CUES: &[(ReasonCode, &[&str])] = &[
    (
        ReasonCode::MentionsData,
        &[
            "MY DATA",
            "DATA MY",
            "DATA tentang|about|on|mengenai ME",
            "lindung|protection DATA",
            "DATA lindung|protection",
            "dpo|pdp|gdpr|27/2022|bocor|leak|breach",
            // Data the law treats as specific (Pasal 4): health, religion, marriage, biometrics.
            "rekam|catat medis|medical",
            "hasil|result lab|laboratorium|periksa|tes|test|rontgen",
            "agama|religion|nikah|kawin|marital|biometrik|biometric|sidik",
            // The writer's details shown or spread where they did not expect them.
            "FIELD|DATA|foto|photo +muncul|tampil|appear|publish*|posting|post|sebar|upload|pajang",
            // What became of what the writer once gave ("foto yang dulu aku kirim itu gimana?").
            "saya|my kirim|beri|kasih|send|gave|upload +bagaimana",
            "what happen DATA|MY",
        ],
    ),
    (
        ReasonCode::MentionsDeletion,
        &["DEL", "tutup|close akun|account"],
    ),
    (
        ReasonCode::MentionsConsent,
        &[
            "setuju*|consent|permission",
            "tarik|cabut|withdraw|revoke izin|setuju",
            "tanpa|without izin|setuju|consent|permission|tahu|knowledge",
        ],
    ),
    (
        ReasonCode::MentionsStopContact,
        &[
            "henti|stop|cease|NEG CONTACT|ADS|langgan*",
            "unsubscribe|spam|blokir|block|telemarketing|ganggu|henti|stop",
            "terima|dapat|receive|get ADS",
            "masih|still +terima|dapat|receive|get|getting|ada|in|on CONTACT|ADS|grup|group|list|daftar|milis",
            "tidak mau|ingin|want lagi|anymore|again",
            "longer want|wish",
        ],
    ),
    (
        ReasonCode::MentionsObjection,
        &["berat*|object|objection|oppose", "AUTO putus*|decision"],
    ),
    (
        ReasonCode::MentionsCopy,
        &["salin|copy|export|ekspor|unduh|download DATA|FIELD|MY"],
    ),
    (
        ReasonCode::MentionsAccount,
        &[
            "akun|account MY",
            "MY akun|account",
            // The writer has left the office's service: what becomes of their data is a question.
            "tidak pakai|guna|use jasa|layanan|service|aplikasi lagi|anymore",
            "henti langgan",
        ],
    ),
    (
        ReasonCode::MentionsCorrection,
        &[
            "salah|keliru|wrong|incorrect FIELD|DATA",
            "FIELD|DATA salah|keliru|wrong",
            // "tertulis X padahal yang benar Y": a value that is not right.
            "padahal|harusnya|seharusnya|should +benar|correct|be",
            "FIELD MY +tulis|cantum|listed|written|spelled",
        ],
    ),
];

/// Words of mail that is clearly something else.
pub(super) const MARKS: &[(ReasonCode, &[&str])] = &[
    (
        ReasonCode::DeliveryFailure,
        &[
            "undeliverable|mailer-daemon|postmaster",
            "mailer daemon",
            "delivery status notification",
            "delivery fail|failure",
            "mail delivery",
            "returned mail",
            "address not found",
            "not deliver",
            "gagal kirim",
            "tidak dapat|bisa kirim",
        ],
    ),
    (
        ReasonCode::AutoReply,
        &[
            "out office",
            "out-of-office",
            "automatic|auto reply|response",
            "auto-reply|autoreply|auto-response",
            "balas* otomatis",
            "pesan otomatis",
            "luar kantor",
            "sedang cuti",
            "away from office",
            "currently out",
            "kembali kantor",
        ],
    ),
    (
        ReasonCode::Bulk,
        &[
            "newsletter|buletin|webinar|noreply|no-reply|donotreply",
            // A notice of new terms to every customer; a person writes "I" (see `decide`).
            "update*|ubah*|baru*|changes kebijakan|policy|privacy|terms|syarat",
            "diskon|discount|cashback|voucher|sale",
            "view browser|web",
            "versi web|browser",
            "you receive this",
            "anda terima email|pesan ini",
            "rights reserved",
            "hak cipta",
            "manage preferences",
        ],
    ),
    (
        ReasonCode::Transaction,
        &[
            "invoice|faktur|tagihan|kuitansi|receipt|payment|pesan*|order|quotation|quote",
            "bayar|transfer pembayaran",
            "ongkir|shipping|delivery|paket|resi|tracking|ekspedisi|refund|retur",
            "harga|price|biaya|cost",
            // A print or design job: its file, proof and duplicates are the job's, not a person's.
            "cetak|print|proof|desain|design|stl|layout|mockup|undangan|revisi|dobel|duplikat|duplicate",
        ],
    ),
    (
        ReasonCode::Complaint,
        &["kecewa|complain|komplain|keluh*|terlambat|late|rusak|broken|damaged|lambat"],
    ),
];

pub(super) fn highlight(text: &str, ts: &[Token], h: &Hit) -> Highlight {
    let (start, end) = (ts[h.first()].start, ts[h.last()].end);
    Highlight {
        start,
        end,
        text: text[start..end].to_string(),
    }
}

fn found(
    text: &str,
    ts: &[Token],
    list: &[(ReasonCode, &[&'static str])],
    skip: &dyn Fn(&Hit) -> bool,
) -> Vec<Reason> {
    list.iter()
        .filter_map(|(code, phrases)| {
            let words = merged(
                text,
                find_all(phrases, ts)
                    .iter()
                    .filter(|h| !skip(h))
                    .map(|h| highlight(text, ts, h))
                    .collect(),
            );
            (!words.is_empty()).then_some(Reason {
                code: *code,
                right: None,
                words,
            })
        })
        .collect()
}

/// The marks of mail that is clearly something else, found anywhere in the text.
pub(super) fn marks(text: &str, ts: &[Token]) -> Vec<Reason> {
    found(text, ts, MARKS, &|_| false)
}

/// What the rights pass left for the class to weigh.
pub(super) struct Weighed<'a> {
    pub text: &'a str,
    pub ts: &'a [Token],
    pub rights: &'a [RightFinding],
    pub context: &'a [Highlight],
    /// Rights denied, or only asked next to an order or invoice, as reasons.
    pub doubts: Vec<Reason>,
    /// Tokens in sentences addressed to the reader (a footer, a disclaimer).
    pub told: &'a dyn Fn(usize) -> bool,
    /// Every right was found only as an ask without an object ("tolong hapus").
    pub objectless: bool,
    /// The message quotes one that is a request or needs a look (asked only when it matters).
    pub answers_a_right: &'a dyn Fn() -> bool,
}

/// The class of a message and why.
pub(super) fn decide(w: Weighed) -> (MessageClass, Vec<Reason>) {
    let marks = marks(w.text, w.ts);
    let has = |c: ReasonCode| marks.iter().any(|m| m.code == c);
    let automatic: Vec<Reason> = marks
        .iter()
        .filter(|m| matches!(m.code, ReasonCode::DeliveryFailure | ReasonCode::AutoReply))
        .cloned()
        .collect();
    if !automatic.is_empty() {
        return (MessageClass::NotRequest, automatic);
    }
    let person = |list: &str| {
        w.ts.iter()
            .enumerate()
            .any(|(i, t)| !(w.told)(i) && (t.mine || list.split(' ').any(|f| f == t.stem)))
    };
    let first_person = person(FIRST_PERSON);
    if !w.rights.is_empty() {
        // A mailing speaks of rights to its readers; a person writes "I", "saya", "-ku".
        if has(ReasonCode::Bulk) && !person(SINGULAR) {
            return (MessageClass::NotRequest, only(&marks, ReasonCode::Bulk));
        }
        let compensation_only = w.rights.iter().all(|f| f.right == Right::Compensation);
        let whose = !w.context.is_empty() || (first_person && !compensation_only);
        if whose || !(w.objectless || compensation_only) {
            return (MessageClass::Request, w.doubts);
        }
        let mut why: Vec<Reason> = w
            .rights
            .iter()
            .map(|f| Reason {
                code: ReasonCode::NoSubject,
                right: Some(f.right),
                words: f.phrases.clone(),
            })
            .collect();
        why.extend(w.doubts);
        return (MessageClass::NeedsLook, why);
    }
    let told_hit = |h: &Hit| h.slots.iter().any(|&s| (w.told)(s));
    let mut cues = found(w.text, w.ts, CUES, &told_hit);
    if !first_person {
        // "Your data is safe with us": personal data without the writer's own is a mailing's.
        cues.retain(|c| c.code != ReasonCode::MentionsData);
    }
    let mut why = w.doubts;
    why.extend(cues);
    let footer_only = why.iter().all(|r| {
        matches!(
            r.code,
            ReasonCode::MentionsStopContact
                | ReasonCode::MentionsConsent
                | ReasonCode::MentionsData
        )
    });
    let mailing_footer = has(ReasonCode::Bulk) && footer_only;
    if !(why.is_empty() || mailing_footer) {
        return (MessageClass::NeedsLook, why);
    }
    if !has(ReasonCode::Bulk) && (w.answers_a_right)() {
        let reply = Reason {
            code: ReasonCode::AnswersRight,
            right: None,
            words: Vec::new(),
        };
        return (MessageClass::NeedsLook, vec![reply]);
    }
    let known: Vec<Reason> = marks
        .into_iter()
        .filter(|m| {
            matches!(
                m.code,
                ReasonCode::Bulk | ReasonCode::Transaction | ReasonCode::Complaint
            )
        })
        .collect();
    if known.is_empty() {
        let nothing = Reason {
            code: ReasonCode::NothingAsked,
            right: None,
            words: Vec::new(),
        };
        return (MessageClass::NotRequest, vec![nothing]);
    }
    (MessageClass::NotRequest, known)
}

fn only(marks: &[Reason], code: ReasonCode) -> Vec<Reason> {
    marks.iter().filter(|m| m.code == code).cloned().collect()
}
