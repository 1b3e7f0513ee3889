//! The audit chain: every change the core makes is one entry (who, what, on which request or
//! setting, when, and a keyed digest of its details), linked to the entry before it by a keyed
//! SHA-256, so that an entry edited, removed, inserted or moved breaks the chain where it happened.
//! The last link is also kept outside the database (`audit.head`), so that cutting the chain's
//! tail is seen too. Rules only: the store appends and reads the rows, `check` walks them.
//!
//! Keyed with the data folder's `index.key` (domain-separated from the index): a copy of the
//! database alone can neither test guessed details against a digest nor forge a link.

pub mod check;

use crate::index::IndexSecret;
use crate::register::EventKind;
use crate::vocabulary::names;

/// The link before the first entry.
pub const NO_PREV: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The head file in the data folder: the last entry's number and link, with a keyed tag.
pub const HEAD_FILE: &str = "audit.head";

/// Who writes the entries no person made (the chain's start).
pub const SYSTEM_ACTOR: &str = "pdpdesk";

/// What a change was: an entry's action code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ChainStarted,
    /// A write found the head file not matching the database's last entry (cut, replaced or
    /// removed): kept in the chain, so that writing on does not hide it.
    HeadMismatch,
    RequestCreated,
    RequestState,
    RequestNote,
    RequestIdentifiers,
    /// A request and its history removed (leaving the demonstration).
    RequestRemoved,
    ClockReceipt,
    ClockPaused,
    ClockResumed,
    ClockExtended,
    IntakeLinked,
    /// A message that needs a look queued (target `queue:N`).
    IntakeQueued,
    /// A queued message decided: a request, or not a request with a reason (target `queue:N`).
    IntakeDecided,
    SearchKept,
    HitsDecided,
    VerificationCode,
    VerificationAnswer,
    VerificationNoted,
    VerificationStep,
    LetterNumbered,
    LetterIssued,
    LetterVoided,
    LetterSent,
    CertificateIssued,
    BundleMade,
    PlanChanged,
    ChecklistTicked,
    RedactionMade,
    OfficeProfile,
    OfficeLogo,
    OfficeProcessing,
    SettingsOperator,
    SettingsMailServer,
    SettingsMailPassword,
    SettingsVerificationLevels,
    SettingsCodeMinutes,
    SettingsCloseAfter,
    SourceAdded,
    SourceRemoved,
    SourceMapped,
    CalendarAdded,
    CalendarRemoved,
    CalendarImported,
    DemoSeeded,
    DemoCleared,
    /// The register of requests exported for a period (target `register`): the period, the
    /// format, the requests listed and the file's SHA-256 are digested.
    RegisterExported,
    /// A closed request's personal data purged after the retention (target the request): the
    /// counts of what went are digested.
    RequestPurged,
    /// The retention of closed requests set (months).
    SettingsRetention,
    /// The data folder backed up to one file (its SHA-256 and file count digested).
    BackupMade,
    /// Encryption at rest turned on (target `office`; the files converted digested).
    EncryptionOn,
    /// A new passphrase, and the data re-encrypted under a new key.
    EncryptionRekeyed,
    /// Encryption at rest turned off.
    EncryptionOff,
}

names!(Action {
    ChainStarted => "chain.started",
    HeadMismatch => "chain.head-mismatch",
    RequestCreated => "request.created",
    RequestState => "request.state",
    RequestNote => "request.note",
    RequestIdentifiers => "request.identifiers",
    RequestRemoved => "request.removed",
    ClockReceipt => "clock.receipt",
    ClockPaused => "clock.paused",
    ClockResumed => "clock.resumed",
    ClockExtended => "clock.extended",
    IntakeLinked => "intake.linked",
    IntakeQueued => "intake.queued",
    IntakeDecided => "intake.decided",
    SearchKept => "search.kept",
    HitsDecided => "hits.decided",
    VerificationCode => "verification.code",
    VerificationAnswer => "verification.answer",
    VerificationNoted => "verification.noted",
    VerificationStep => "verification.step",
    LetterNumbered => "letter.numbered",
    LetterIssued => "letter.issued",
    LetterVoided => "letter.voided",
    LetterSent => "letter.sent",
    CertificateIssued => "certificate.issued",
    BundleMade => "bundle.made",
    PlanChanged => "plan.changed",
    ChecklistTicked => "checklist.ticked",
    RedactionMade => "redaction.made",
    OfficeProfile => "office.profile",
    OfficeLogo => "office.logo",
    OfficeProcessing => "office.processing",
    SettingsOperator => "settings.operator",
    SettingsMailServer => "settings.mail-server",
    SettingsMailPassword => "settings.mail-password",
    SettingsVerificationLevels => "settings.verification-levels",
    SettingsCodeMinutes => "settings.code-minutes",
    SettingsCloseAfter => "settings.close-after",
    SourceAdded => "source.added",
    SourceRemoved => "source.removed",
    SourceMapped => "source.mapped",
    CalendarAdded => "calendar.added",
    CalendarRemoved => "calendar.removed",
    CalendarImported => "calendar.imported",
    DemoSeeded => "demo.seeded",
    DemoCleared => "demo.cleared",
    RegisterExported => "register.exported",
    RequestPurged => "request.purged",
    SettingsRetention => "settings.retention",
    BackupMade => "backup.made",
    EncryptionOn => "encryption.on",
    EncryptionRekeyed => "encryption.rekeyed",
    EncryptionOff => "encryption.off",
}, "audit action");

impl Action {
    /// The action a history line of this kind stands for, where the writer says no other.
    pub fn of_event(kind: EventKind) -> Action {
        match kind {
            EventKind::Created => Action::RequestCreated,
            EventKind::State => Action::RequestState,
            EventKind::Note => Action::RequestNote,
            EventKind::ReceiptCorrected => Action::ClockReceipt,
            EventKind::Pause => Action::ClockPaused,
            EventKind::Resume => Action::ClockResumed,
            EventKind::Extension => Action::ClockExtended,
            EventKind::IdentifiersAdded => Action::RequestIdentifiers,
            EventKind::Verification => Action::VerificationStep,
            EventKind::Letter => Action::LetterIssued,
            EventKind::Bundle => Action::BundleMade,
            EventKind::Plan => Action::PlanChanged,
            EventKind::Redaction => Action::RedactionMade,
        }
    }
}

/// One entry as stored: every column as text exactly as written, so that the check hashes what
/// the file holds (an instant written differently is an edit).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    /// A request's number, `office`, `settings`, `calendar`, `source:N`, or `head@…`.
    pub target: String,
    /// The request history line the entry stands for (`request_events.id`), if any.
    pub event_id: Option<i64>,
    pub digest: String,
    pub prev: String,
    pub hash: String,
}

/// Version of [`canonical`]: a change of the encoding is a new version, never an edit.
const CANONICAL_VERSION: u8 = 1;

/// The entry's bytes as linked: a version byte, then seq, at, actor, action, target, event id and
/// digest, each as a little-endian u64 length and its bytes (seq and event id as 8 big-endian
/// bytes; no event id is an empty field). No two entries share an encoding.
pub fn canonical(e: &Entry) -> Vec<u8> {
    let seq = e.seq.to_be_bytes();
    let event = e.event_id.map(i64::to_be_bytes);
    let fields: [&[u8]; 7] = [
        &seq,
        e.at.as_bytes(),
        e.actor.as_bytes(),
        e.action.as_bytes(),
        e.target.as_bytes(),
        event.as_ref().map_or(&[][..], |b| &b[..]),
        e.digest.as_bytes(),
    ];
    let mut out = vec![CANONICAL_VERSION];
    for f in fields {
        out.extend_from_slice(&(f.len() as u64).to_le_bytes());
        out.extend_from_slice(f);
    }
    out
}

/// The entry's link: the keyed SHA-256 over the link before it and its canonical bytes.
pub fn link(key: &IndexSecret, prev: &str, e: &Entry) -> String {
    key.audit_link(&[prev.as_bytes(), &canonical(e)])
}

/// A request history line as stored, the details of the entry that stands for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventLine {
    pub request_id: String,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub text: String,
}

/// The keyed digest of a history line: the request, time, actor, kind, states and text.
pub fn event_digest(key: &IndexSecret, e: &EventLine) -> String {
    let states = [
        u8::from(e.from_state.is_some()),
        u8::from(e.to_state.is_some()),
    ];
    key.audit_digest(&[
        b"event",
        e.request_id.as_bytes(),
        e.at.as_bytes(),
        e.actor.as_bytes(),
        e.kind.as_bytes(),
        &states,
        e.from_state.as_deref().unwrap_or("").as_bytes(),
        e.to_state.as_deref().unwrap_or("").as_bytes(),
        e.text.as_bytes(),
    ])
}

/// The keyed digest of a change without a history line: its action and the details the writer
/// gives (a setting's value, a closure's day and name, the hits decided and why).
pub fn details_digest(key: &IndexSecret, action: Action, details: &[&str]) -> String {
    let mut parts: Vec<&[u8]> = vec![action.as_str().as_bytes()];
    parts.extend(details.iter().map(|d| d.as_bytes()));
    key.audit_digest(&parts)
}

/// The last entry as the head file holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

/// What the head file says, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadFound {
    Missing,
    /// Not three fields, or a tag this key did not make (written by hand, or under another key).
    Unreadable,
    Valid(Head),
}

impl HeadFound {
    /// The target of a [`Action::HeadMismatch`] entry: what the head said.
    pub fn as_target(&self) -> String {
        match self {
            HeadFound::Missing => "head@missing".into(),
            HeadFound::Unreadable => "head@unreadable".into(),
            HeadFound::Valid(h) => format!("head@{}", h.seq),
        }
    }
}

/// The head file's text: `seq hash tag`.
pub fn head_text(key: &IndexSecret, head: &Head) -> String {
    format!("{} {} {}\n", head.seq, head.hash, head_tag(key, head))
}

fn head_tag(key: &IndexSecret, head: &Head) -> String {
    key.audit_head_tag(&[&head.seq.to_be_bytes(), head.hash.as_bytes()])
}

/// Reads a head file's text (`None`: no file).
pub fn read_head(key: &IndexSecret, text: Option<&str>) -> HeadFound {
    let Some(text) = text else {
        return HeadFound::Missing;
    };
    let fields: Vec<&str> = text.split_whitespace().collect();
    let [seq, hash, tag] = fields[..] else {
        return HeadFound::Unreadable;
    };
    let Ok(seq) = seq.parse::<i64>() else {
        return HeadFound::Unreadable;
    };
    let head = Head {
        seq,
        hash: hash.to_string(),
    };
    if head_tag(key, &head) != tag {
        return HeadFound::Unreadable;
    }
    HeadFound::Valid(head)
}

#[cfg(test)]
#[path = "canonical_tests.rs"]
mod tests;
