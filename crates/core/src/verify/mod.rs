//! Identity verification, the rules: how sure the office must be of who asks before a request's
//! data may leave the office (a level per right), what has been shown so far, and the gate every
//! output asks. Pure: the facts come in, a decision goes out; the store keeps the facts and the
//! use cases (`desk::verify`) gather them.
//!
//! UU PDP does not prescribe how to verify (Pasal 29(2) only says that the controller must): the
//! levels are proportionate defaults the office may change in its settings.

pub mod code;
pub mod sighted;

use crate::vocabulary::{RequesterRole, Right};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// How sure the office must be of the requester for one right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Level {
    /// Nothing personal leaves the office (information about the processing).
    None,
    /// The address or number the request came from is on a record staff confirmed.
    ContactOnFile,
    /// Contact on file, and a one-time code answered or the NIK sighted.
    ContactAndIdentity,
}

crate::vocabulary::names!(Level {
    None => "none",
    ContactOnFile => "contact-on-file",
    ContactAndIdentity => "contact-and-identity",
}, "level");

/// The office's level per right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Levels {
    pub per_right: BTreeMap<Right, Level>,
}

impl Default for Levels {
    /// Information → none; correction, consent withdrawal, restriction, objection → contact on
    /// file; access, portability, deletion, compensation → contact on file and a code or the
    /// NIK sighted.
    fn default() -> Levels {
        let per_right = Right::ALL
            .iter()
            .map(|r| {
                let level = match r {
                    Right::Information => Level::None,
                    Right::Correction
                    | Right::WithdrawConsent
                    | Right::Restriction
                    | Right::Objection => Level::ContactOnFile,
                    Right::Access | Right::Portability | Right::Deletion | Right::Compensation => {
                        Level::ContactAndIdentity
                    }
                };
                (*r, level)
            })
            .collect();
        Levels { per_right }
    }
}

impl Levels {
    /// The level a request asking for `rights` needs: the strictest of them.
    pub fn for_rights(&self, rights: &[Right]) -> Level {
        let defaults = Levels::default();
        rights
            .iter()
            .map(|r| {
                self.per_right
                    .get(r)
                    .or_else(|| defaults.per_right.get(r))
                    .copied()
                    .unwrap_or(Level::ContactAndIdentity)
            })
            .max()
            .unwrap_or(Level::None)
    }
}

/// Something the requester showed, and who saw it when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Met {
    pub by: String,
    pub at: DateTime<Utc>,
    /// What it was, in the register's words: the confirmed record the contact is on, the masked
    /// NIK, the authority sighted.
    pub detail: String,
}

/// A supervisor's decision to let data leave without the verification the level asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Override {
    pub by: String,
    pub at: DateTime<Utc>,
    pub reason: String,
}

/// Everything known of a request's verification.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub role: Option<RequesterRole>,
    pub contact_on_file: Option<Met>,
    pub code: Option<Met>,
    pub nik: Option<Met>,
    /// The power of attorney or the guardianship, for an agent or a guardian.
    pub authority: Option<Met>,
    /// The subject is under 18 (from the NIK sighted): only a guardian may ask.
    pub subject_is_minor: bool,
    pub override_: Option<Override>,
}

/// One thing the level asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Requirement {
    /// The request's address or number is on a record staff confirmed.
    ContactOnFile,
    /// A one-time code answered, or the NIK sighted.
    Identity,
    /// An agent's power of attorney or a guardian's authority sighted.
    Authority,
    /// A subject under 18 asks through a parent or guardian.
    Guardian,
}

/// A requirement with whether and how it is met.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Check {
    pub requirement: Requirement,
    pub met: Option<Met>,
}

/// The answer to "may this request's data leave the office, and if not, why".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Gate {
    pub level: Level,
    pub checks: Vec<Check>,
    pub overridden: Option<Override>,
    pub open: bool,
}

impl Gate {
    /// What is still missing, in the order staff would see to it.
    pub fn missing(&self) -> Vec<Requirement> {
        self.checks
            .iter()
            .filter(|c| c.met.is_none())
            .map(|c| c.requirement)
            .collect()
    }
}

/// Decides the gate for a request at `level` from what is known.
pub fn gate(level: Level, facts: &Facts) -> Gate {
    let mut checks = Vec::new();
    if level >= Level::ContactOnFile {
        checks.push(Check {
            requirement: Requirement::ContactOnFile,
            met: facts.contact_on_file.clone(),
        });
    }
    if level >= Level::ContactAndIdentity {
        checks.push(Check {
            requirement: Requirement::Identity,
            met: facts.code.clone().or_else(|| facts.nik.clone()),
        });
    }
    let acting_for = matches!(
        facts.role,
        Some(RequesterRole::Agent | RequesterRole::Guardian)
    );
    if level > Level::None && acting_for {
        checks.push(Check {
            requirement: Requirement::Authority,
            met: facts.authority.clone(),
        });
    }
    if level > Level::None && facts.subject_is_minor {
        let guardian = facts.role == Some(RequesterRole::Guardian);
        checks.push(Check {
            requirement: Requirement::Guardian,
            met: facts.authority.clone().filter(|_| guardian),
        });
    }
    let verified = checks.iter().all(|c| c.met.is_some());
    Gate {
        level,
        open: verified || facts.override_.is_some(),
        checks,
        overridden: facts.override_.clone(),
    }
}

/// Working days after which staff are reminded of a verification request without an answer.
pub const REMIND_AFTER_DAYS: u32 = 2;
/// Working days after which a request without an answer may be closed as unverified, unless the
/// office sets another number.
pub const CLOSE_AFTER_DAYS: u32 = 10;

/// The working days without an answer after which a request may be closed: the office's
/// number, and always later than the reminder.
pub fn close_threshold(close_after: u32) -> u32 {
    close_after.max(REMIND_AFTER_DAYS + 1)
}

/// How long a verification request has gone without an answer, in the office's working days
/// after the day it was sent, and what that calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Waiting {
    /// Not long yet.
    Recent { working_days: u32 },
    /// Remind the requester (or call them).
    Remind { working_days: u32 },
    /// The request may be closed as unverified, with the refusal letter.
    MayClose { working_days: u32 },
}

/// Weighs the wait since `asked` (the day the code was sent) up to `today`.
pub fn waiting(
    asked: chrono::NaiveDate,
    today: chrono::NaiveDate,
    calendar: &crate::deadline::calendar::WorkCalendar,
    close_after: u32,
) -> Waiting {
    let working_days = asked
        .iter_days()
        .skip(1)
        .take_while(|d| *d <= today)
        .filter(|d| calendar.is_working_day(*d))
        .count() as u32;
    if working_days >= close_threshold(close_after) {
        Waiting::MayClose { working_days }
    } else if working_days >= REMIND_AFTER_DAYS {
        Waiting::Remind { working_days }
    } else {
        Waiting::Recent { working_days }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn met(what: &str) -> Option<Met> {
        Some(Met {
            by: "Rina".into(),
            at: DateTime::parse_from_rfc3339("2026-12-01T03:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            detail: what.into(),
        })
    }

    #[test]
    fn the_default_levels_follow_the_rights() {
        let l = Levels::default();
        assert_eq!(l.for_rights(&[Right::Information]), Level::None);
        assert_eq!(l.for_rights(&[Right::Correction]), Level::ContactOnFile);
        assert_eq!(
            l.for_rights(&[Right::Information, Right::Deletion]),
            Level::ContactAndIdentity,
            "the strictest right of a request decides"
        );
    }

    #[test]
    fn access_needs_contact_and_a_code_or_the_nik() {
        let mut f = Facts::default();
        let level = Level::ContactAndIdentity;
        assert_eq!(
            gate(level, &f).missing(),
            [Requirement::ContactOnFile, Requirement::Identity]
        );
        f.contact_on_file = met("kontak.csv, line 3");
        assert!(!gate(level, &f).open, "a contact alone is not enough");
        f.nik = met("317101******0001");
        assert!(gate(level, &f).open, "contact and the NIK sighted open it");
        f.nik = None;
        f.code = met("code answered");
        assert!(gate(level, &f).open, "contact and a code open it");
    }

    #[test]
    fn an_agent_also_shows_the_authority_and_a_minor_needs_a_guardian() {
        let mut f = Facts {
            role: Some(RequesterRole::Agent),
            contact_on_file: met("kontak.csv, line 3"),
            code: met("code answered"),
            ..Facts::default()
        };
        let level = Level::ContactAndIdentity;
        assert_eq!(gate(level, &f).missing(), [Requirement::Authority]);
        f.authority = met("surat kuasa");
        assert!(gate(level, &f).open);
        f.subject_is_minor = true;
        assert_eq!(
            gate(level, &f).missing(),
            [Requirement::Guardian],
            "an agent cannot ask for a child; a guardian can"
        );
        f.role = Some(RequesterRole::Guardian);
        assert!(gate(level, &f).open);
    }

    #[test]
    fn an_override_opens_the_gate_and_says_so() {
        let f = Facts {
            override_: Some(Override {
                by: "Kepala Kantor".into(),
                at: Utc::now(),
                reason: "dikenal secara pribadi".into(),
            }),
            ..Facts::default()
        };
        let g = gate(Level::ContactAndIdentity, &f);
        assert!(g.open && g.overridden.is_some());
        assert_eq!(
            g.missing().len(),
            2,
            "what was not verified is still listed"
        );
    }

    #[test]
    fn a_wait_is_counted_in_working_days() {
        let cal = crate::deadline::calendar::WorkCalendar::new(true, []);
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        // Code sent on Thursday 3 December 2026.
        assert_eq!(
            waiting(day(3), day(4), &cal, 10),
            Waiting::Recent { working_days: 1 }
        );
        assert_eq!(
            waiting(day(3), day(7), &cal, 10),
            Waiting::Remind { working_days: 2 },
            "Friday and Monday: the weekend does not count"
        );
        assert_eq!(
            waiting(day(3), day(17), &cal, 10),
            Waiting::MayClose { working_days: 10 }
        );
    }

    #[test]
    fn information_needs_nothing() {
        let g = gate(Level::None, &Facts::default());
        assert!(g.open && g.checks.is_empty());
    }
}
