//! One line of the register as the office shows it to the regulator: the request, its masked
//! requester, both deadlines, when it was answered, on time or late against each, and how it
//! ended. Pure: the facts of each request in, the lines out.

use crate::deadline::{ClockRules, Timeline};
use crate::fulfil::bundle::mask::{masked_email, masked_phone};
use crate::letters::LetterKind;
use crate::register::{Request, RequestState};
use crate::vocabulary::{names, Right};
use crate::Result;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// What the register knows of one request besides the request itself.
#[derive(Debug, Clone)]
pub struct Case {
    pub request: Request,
    /// Its pauses and latest extension.
    pub timeline: Timeline,
    /// When it reached the state it ended in (closed, rejected, withdrawn); `None` while open.
    pub ended_at: Option<DateTime<Utc>>,
    /// The kinds of the letters printed for it (void numbers left out).
    pub letters: Vec<LetterKind>,
}

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Closed: what was asked was done.
    Fulfilled,
    /// Closed with the letter saying the office holds no data of the requester.
    NoData,
    /// Closed by forwarding it to the controller (the office processes the data for a client).
    Forwarded,
    /// Rejected (a refusal letter gives the ground).
    Refused,
    /// The requester withdrew it.
    Withdrawn,
}

names!(Outcome {
    Fulfilled => "fulfilled",
    NoData => "no-data",
    Forwarded => "forwarded",
    Refused => "refused",
    Withdrawn => "withdrawn",
}, "outcome");

/// Answered on time, late, or still open (in time or past a deadline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timeliness {
    /// Answered within every deadline that applies.
    OnTime,
    /// Answered after at least one of them.
    Late,
    /// Open and no deadline passed yet.
    Open,
    /// Open and past at least one deadline.
    Overdue,
    /// Withdrawn by the requester: nothing was owed.
    NotDue,
}

names!(Timeliness {
    OnTime => "on-time",
    Late => "late",
    Open => "open",
    Overdue => "overdue",
    NotDue => "not-due",
}, "timeliness");

/// The requester as the register shows them: initials, and each contact masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaskedRequester {
    /// `B. S.` for Budi Santoso.
    pub initials: String,
    /// `bu…@example.com`.
    pub emails: Vec<String>,
    /// `0812…2222`.
    pub phones: Vec<String>,
    /// Purged after the retention: nothing of the requester is left to show.
    pub anonymised: bool,
}

/// One request as the register export lists it. Instants on the office's clock.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterRow {
    pub id: String,
    pub received_at: DateTime<FixedOffset>,
    pub rights: Vec<Right>,
    pub requester: MaskedRequester,
    pub state: RequestState,
    /// The last working day of the office's window (extended when extended).
    pub policy_due: NaiveDate,
    pub extended: bool,
    /// Receipt plus 3 × 24 hours; null when no right asked carries the law's clock.
    pub statutory_due: Option<DateTime<FixedOffset>>,
    /// When it was closed or rejected (answered), or withdrawn; null while open.
    pub ended_at: Option<DateTime<FixedOffset>>,
    /// Calendar days from receipt to the answer; null unless answered.
    pub days_to_answer: Option<f64>,
    pub timeliness: Timeliness,
    /// Answered (or, while open, now) after the policy window's end.
    pub late_policy: bool,
    /// Answered (or, while open, now) after the 3 × 24 hours.
    pub late_statutory: bool,
    /// Null while open.
    pub outcome: Option<Outcome>,
}

impl RegisterRow {
    /// Whether the request was answered (closed or rejected; a withdrawal is no answer).
    pub fn answered(&self) -> bool {
        matches!(self.timeliness, Timeliness::OnTime | Timeliness::Late)
    }
}

/// `B. S.` from `Budi Santoso`: the first letter of each word, capitalised. Titles stay as
/// letters too (`D. B. S.` for `dr. Budi Santoso`): an initial never says more than the name.
pub fn initials(name: &str) -> String {
    let letters: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    if letters.is_empty() {
        "–".into()
    } else {
        letters.join(" ")
    }
}

/// An Indonesian number as it is dialled at home, its first four and last four digits
/// (`0812…7890`): no `+` a spreadsheet would take for a formula. Others as the certificate masks
/// them.
pub fn masked_phone_local(number: &str) -> String {
    match number.strip_prefix("+62") {
        Some(rest) if rest.chars().count() >= 8 => {
            let local: Vec<char> = format!("0{rest}").chars().collect();
            let head: String = local[..4].iter().collect();
            let tail: String = local[local.len() - 4..].iter().collect();
            format!("{head}…{tail}")
        }
        _ => masked_phone(number),
    }
}

fn outcome(case: &Case) -> Option<Outcome> {
    match case.request.state {
        RequestState::Rejected => Some(Outcome::Refused),
        RequestState::Withdrawn => Some(Outcome::Withdrawn),
        RequestState::Closed if case.letters.contains(&LetterKind::NoData) => Some(Outcome::NoData),
        RequestState::Closed if case.letters.contains(&LetterKind::ForwardToController) => {
            Some(Outcome::Forwarded)
        }
        RequestState::Closed => Some(Outcome::Fulfilled),
        _ => None,
    }
}

/// The register's line for `case`: both clocks as they stood when it ended (or at `now` while
/// it is open), and whether the answer came within them.
pub fn row(case: &Case, rules: &ClockRules, now: DateTime<Utc>) -> Result<RegisterRow> {
    let request = &case.request;
    let ended = if request.state.is_open() {
        None
    } else {
        // A request ended before the history kept its end: its last change stands for it.
        Some(case.ended_at.unwrap_or(request.updated_at))
    };
    let at = ended.unwrap_or(now);
    let clocks = rules.clocks(&case.timeline, at)?;
    let outcome = outcome(case);
    let answered = ended.filter(|_| outcome != Some(Outcome::Withdrawn));
    let late_policy = clocks.policy_overdue;
    let late_statutory = clocks.statutory_overdue;
    let late = late_policy || late_statutory;
    let timeliness = match (request.state.is_open(), answered) {
        (true, _) if late => Timeliness::Overdue,
        (true, _) => Timeliness::Open,
        (false, None) => Timeliness::NotDue,
        (false, Some(_)) if late => Timeliness::Late,
        (false, Some(_)) => Timeliness::OnTime,
    };
    let zone = rules.zone;
    let received = request.received_at.with_timezone(&Utc);
    Ok(RegisterRow {
        id: request.id.clone(),
        received_at: request.received_at,
        rights: request.rights.clone(),
        requester: MaskedRequester {
            initials: initials(&request.requester.name),
            emails: request
                .requester
                .emails
                .iter()
                .map(|e| masked_email(e))
                .collect(),
            phones: request
                .requester
                .phones
                .iter()
                .map(|p| masked_phone_local(p))
                .collect(),
            anonymised: request.purged_at.is_some(),
        },
        state: request.state,
        policy_due: clocks.policy_due,
        extended: clocks.extended,
        statutory_due: clocks.statutory_due,
        ended_at: ended.map(|e| zone.local(e)),
        days_to_answer: answered.map(|a| ((a - received).num_seconds().max(0)) as f64 / 86_400.0),
        timeliness,
        late_policy: late_policy && timeliness != Timeliness::NotDue,
        late_statutory: late_statutory && timeliness != Timeliness::NotDue,
        outcome,
    })
}
