//! The action plan, the rules: per confirmed record what the rights asked mean for it — delete,
//! retain (on a legal ground, until a date), restrict, correct, or stop processing for a
//! purpose — with the reason for each default as data, so the window and the letters word it.

use crate::processing::{Entry, LegalBasis};
use crate::sources::SourceKind;
use crate::vocabulary::Right;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Bookkeeping records are kept ten years after the end of their book year (UU KUP Pasal
/// 28(11), UU 8/1997 Pasal 11(1)) when the register gives no number of its own.
pub const BOOKKEEPING_MONTHS: u32 = 120;

/// What is done with one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "kebab-case")]
#[ts(export, rename = "PlanAction")]
pub enum Action {
    /// Removed from the office's systems and exports.
    Delete,
    /// Kept on a legal ground until a date, then deleted; no other use meanwhile.
    Retain { ground: Ground, until: NaiveDate },
    /// Kept, but not used any further (Pasal 11).
    Restrict,
    /// A value changed: the field, and the value it becomes (staff type it).
    Correct {
        field: Option<String>,
        new_value: Option<String>,
    },
    /// Kept for other purposes, no longer used for these (consent withdrawn, objection).
    StopProcessing { purposes: Vec<String> },
}

impl Action {
    /// The action's name as on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Delete => "delete",
            Action::Retain { .. } => "retain",
            Action::Restrict => "restrict",
            Action::Correct { .. } => "correct",
            Action::StopProcessing { .. } => "stop-processing",
        }
    }
}

/// The legal ground a record is retained on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "RetentionGround")]
pub enum Ground {
    /// Books and their supporting documents: UU KUP Pasal 28(11), UU 8/1997 Pasal 11(1).
    Bookkeeping,
    /// Another legal obligation the office's register names for this kind of data.
    LegalObligation,
}

/// Why the plan proposes an action: the default's reason, in codes the window words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export, rename = "PlanBecause")]
pub enum Because {
    /// Deletion asked, and nothing obliges the office to keep the record.
    DeletionAsked,
    /// Deletion asked, but the record is bookkeeping or legally required: retained until the
    /// end of its book year plus the retention months.
    MustBeKept {
        book_year: i32,
        months: u32,
        /// The record's date was not found: its book year is taken as this year's.
        dated_by_record: bool,
    },
    RestrictionAsked,
    CorrectionAsked,
    /// The purposes that rest on consent stop; the record stays for the others.
    ConsentWithdrawn,
    /// The purposes that rest on legitimate interests stop (Pasal 42).
    ObjectionMade,
    /// Staff changed the default, with their reason.
    ChangedByStaff {
        reason: String,
    },
}

/// A record's default action and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub action: Action,
    pub because: Because,
}

/// What the plan needs to know of one record.
#[derive(Debug, Clone, Copy)]
pub struct RecordFacts<'a> {
    pub kind: SourceKind,
    /// The register's entry for its kind, if the office keeps a register.
    pub entry: Option<&'a Entry>,
    /// The record's own date (an invoice's date), if it carries one.
    pub dated: Option<NaiveDate>,
}

/// How long records of an entry must be kept by law, in months: the register's months when the
/// entry rests on a legal obligation; bookkeeping ten years even without a register.
fn kept_by_law(facts: &RecordFacts) -> Option<(Ground, u32)> {
    let bookkeeping = facts.kind == SourceKind::JurnalInvoices;
    let legal = facts
        .entry
        .filter(|e| e.legal_bases().contains(&LegalBasis::LegalObligation));
    match (bookkeeping, legal) {
        (true, Some(e)) => Some((
            Ground::Bookkeeping,
            e.retention.months.unwrap_or(BOOKKEEPING_MONTHS),
        )),
        (true, None) => Some((Ground::Bookkeeping, BOOKKEEPING_MONTHS)),
        (false, Some(e)) => e.retention.months.map(|m| (Ground::LegalObligation, m)),
        (false, None) => None,
    }
}

/// The last day of a book year plus `months`: 2026 and 120 months give 31 December 2036.
pub fn kept_until(book_year: i32, months: u32) -> NaiveDate {
    let total = i64::from(book_year) * 12 + 11 + i64::from(months);
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    let first_of_next = if month0 == 11 {
        NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month0 as u32 + 2, 1)
    };
    first_of_next
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The purposes of an entry that rest on `basis` (by their Indonesian names).
fn purposes_on(entry: Option<&Entry>, basis: LegalBasis) -> Vec<String> {
    entry
        .map(|e| {
            e.purposes
                .iter()
                .filter(|p| p.legal_basis.contains(&basis))
                .map(|p| p.id.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The default action for a record under the rights asked. Deletion weighs most (a record kept
/// by law is retained, never silently dropped); then restriction, consent withdrawal,
/// objection and correction. `None` when no asked right acts on records (information, access,
/// portability only).
pub fn propose(rights: &[Right], facts: &RecordFacts, today: NaiveDate) -> Option<Proposal> {
    let asked = |r: Right| rights.contains(&r);
    if asked(Right::Deletion) {
        return Some(match kept_by_law(facts) {
            Some((ground, months)) => {
                let book_year = facts.dated.map_or(today.year(), |d| d.year());
                Proposal {
                    action: Action::Retain {
                        ground,
                        until: kept_until(book_year, months),
                    },
                    because: Because::MustBeKept {
                        book_year,
                        months,
                        dated_by_record: facts.dated.is_some(),
                    },
                }
            }
            None => Proposal {
                action: Action::Delete,
                because: Because::DeletionAsked,
            },
        });
    }
    if asked(Right::Restriction) {
        return Some(Proposal {
            action: Action::Restrict,
            because: Because::RestrictionAsked,
        });
    }
    for (right, basis, because) in [
        (
            Right::WithdrawConsent,
            LegalBasis::Consent,
            Because::ConsentWithdrawn,
        ),
        (
            Right::Objection,
            LegalBasis::LegitimateInterest,
            Because::ObjectionMade,
        ),
    ] {
        if asked(right) {
            return Some(Proposal {
                action: Action::StopProcessing {
                    purposes: purposes_on(facts.entry, basis),
                },
                because,
            });
        }
    }
    if asked(Right::Correction) {
        return Some(Proposal {
            action: Action::Correct {
                field: None,
                new_value: None,
            },
            because: Because::CorrectionAsked,
        });
    }
    None
}

/// The first date among a record's date values, as exports write them: `2026-11-03`,
/// `03/11/2026`, `3-11-26`, with a time after it or not.
pub fn record_date<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<NaiveDate> {
    values.into_iter().find_map(|v| {
        let day = v.trim().split([' ', 'T', ',']).next().unwrap_or("");
        let parts: Vec<&str> = day.split(['-', '/', '.']).collect();
        let [a, b, c] = parts.as_slice() else {
            return None;
        };
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|x| x.is_ascii_digit());
        if !(digits(a) && digits(b) && digits(c)) {
            return None;
        }
        let n = |s: &str| s.parse::<u32>().ok();
        let (year, month, day) = match (a.len(), c.len()) {
            (4, 1..=2) => (n(a)?, n(b)?, n(c)?),
            (1..=2, 4) => (n(c)?, n(b)?, n(a)?),
            (1..=2, 2) => (2000 + n(c)?, n(b)?, n(a)?),
            _ => return None,
        };
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::processing::profile;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_book_year_ends_on_31_december_and_retention_counts_from_there() {
        assert_eq!(kept_until(2026, 120), day(2036, 12, 31));
        assert_eq!(kept_until(2026, 0), day(2026, 12, 31));
        assert_eq!(
            kept_until(2026, 2),
            day(2027, 2, 28),
            "end of the month reached"
        );
        assert_eq!(kept_until(2027, 14), day(2029, 2, 28));
        assert_eq!(kept_until(2023, 14), day(2025, 2, 28));
        assert_eq!(kept_until(2022, 14), day(2024, 2, 29), "a leap February");
        assert_eq!(
            kept_until(i32::MAX - 1, u32::MAX),
            NaiveDate::MAX,
            "no overflow"
        );
    }

    #[test]
    fn dates_are_read_as_exports_write_them() {
        assert_eq!(record_date(["2024-05-17"]), Some(day(2024, 5, 17)));
        assert_eq!(record_date(["17/05/2024 14.05"]), Some(day(2024, 5, 17)));
        assert_eq!(record_date(["17/05/24, 14.05"]), Some(day(2024, 5, 17)));
        assert_eq!(
            record_date(["2024-05-17T10:00:00Z"]),
            Some(day(2024, 5, 17))
        );
        assert_eq!(
            record_date(["besok", "31/02/2024", "01.03.2024"]),
            Some(day(2024, 3, 1))
        );
        assert_eq!(record_date(["", "x"]), None);
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_as_a_date_or_none_and_written_dates_come_back(
            text in "\\PC{0,40}",
            y in 1990i32..2100, m in 1u32..=12, d in 1u32..=28,
        ) {
            let _ = record_date([text.as_str()]);
            let date = day(y, m, d);
            for written in [
                date.format("%d/%m/%Y").to_string(),
                format!("{} 10.05", date.format("%Y-%m-%d")),
                date.format("%-d-%-m-%Y").to_string(),
            ] {
                proptest::prop_assert_eq!(record_date([written.as_str()]), Some(date), "{}", written);
            }
        }
    }

    #[test]
    fn deletion_of_an_invoice_is_a_retention_until_ten_years_after_its_book_year() {
        let today = day(2026, 12, 3);
        let facts = RecordFacts {
            kind: SourceKind::JurnalInvoices,
            entry: None,
            dated: Some(day(2024, 5, 17)),
        };
        let p = propose(&[Right::Deletion], &facts, today).unwrap();
        assert_eq!(
            p.action,
            Action::Retain {
                ground: Ground::Bookkeeping,
                until: day(2034, 12, 31)
            },
            "an invoice of 2024 is kept to the end of 2034 even when deletion is asked"
        );
        let undated = RecordFacts {
            dated: None,
            ..facts
        };
        let p = propose(&[Right::Deletion, Right::Access], &undated, today).unwrap();
        assert!(
            matches!(
                p.because,
                Because::MustBeKept {
                    book_year: 2026,
                    dated_by_record: false,
                    ..
                }
            ),
            "an undated invoice is kept from this year's end, the longer side: {p:?}"
        );
    }

    #[test]
    fn deletion_of_a_contact_is_a_deletion_and_other_rights_give_their_actions() {
        let today = day(2026, 12, 3);
        let register = profile("print-studio").unwrap();
        let facts = RecordFacts {
            kind: SourceKind::ChatwootContacts,
            entry: register.entry_for(SourceKind::ChatwootContacts),
            dated: None,
        };
        assert_eq!(
            propose(&[Right::Deletion], &facts, today).unwrap().action,
            Action::Delete
        );
        assert_eq!(
            propose(&[Right::Restriction, Right::Correction], &facts, today)
                .unwrap()
                .action,
            Action::Restrict,
            "restriction weighs more than correction"
        );
        match propose(&[Right::WithdrawConsent], &facts, today)
            .unwrap()
            .action
        {
            Action::StopProcessing { purposes } => {
                let entry = facts.entry.unwrap();
                let on_consent = entry
                    .purposes
                    .iter()
                    .filter(|p| p.legal_basis.contains(&LegalBasis::Consent))
                    .count();
                assert_eq!(
                    purposes.len(),
                    on_consent,
                    "exactly the consent purposes stop"
                );
            }
            other => panic!("consent withdrawal stops processing, not {other:?}"),
        }
        assert!(
            propose(&[Right::Access, Right::Portability], &facts, today).is_none(),
            "access and portability act on no record"
        );
    }
}
