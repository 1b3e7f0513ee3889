//! The two clocks of every request: the office's policy window in working days and the law's
//! 3 × 24-hour clocks, side by side, with what remains of each at a given instant.
//!
//! Everything here takes `now` and the dates as arguments; nothing reads the system clock.

pub mod calendar;
pub mod holidays;
pub mod ics;
pub mod policy;
pub mod statutory;

use crate::office::{OfficeProfile, OfficeZone};
use crate::vocabulary::Right;
use crate::Result;
use calendar::{CalendarEntry, WorkCalendar};
use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Utc};
use holidays::Confidence;
use policy::{policy_window, Extension, Pause, PolicyWindow, WorkingDayCount};
use serde::Serialize;
use statutory::statutory_clock;
use ts_rs::TS;

/// Which clock a screen shows first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClockKind {
    /// The office's working-day window.
    Policy,
    /// The law's 3 × 24 hours.
    Statutory,
}

/// What a warning is about; front ends translate by this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WarningCode {
    /// The policy window ends after the statutory clock: the law's deadline comes first.
    PolicyAfterStatutory,
    /// The window runs into a year without a national holiday table.
    YearNotCovered,
    /// The window runs through a year whose table is not yet confirmed against the decree.
    ProvisionalHolidays,
    /// The request is paused: the policy window stands still, the law's clock does not.
    Paused,
}

/// A warning to show next to the clocks. `year` is set for the calendar warnings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ClockWarning {
    pub code: WarningCode,
    pub year: Option<i32>,
    /// The warning in English, for the command line and logs.
    pub message: String,
}

/// Both clocks of one request at one instant. Instants are on the office's clock.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Clocks {
    pub received_at: DateTime<FixedOffset>,
    pub time_zone: OfficeZone,
    /// The promised window in working days.
    pub policy_days: u32,
    pub observes_cuti_bersama: bool,
    /// The last working day of the window (the extended date when extended). While the request
    /// is paused, the day the window ends if work resumes today.
    pub policy_due: NaiveDate,
    /// 23:59:59 of `policy_due` on the office's clock.
    pub policy_ends_at: DateTime<FixedOffset>,
    pub extended: bool,
    /// Working days after today up to and including the due date: 0 on the due date, negative
    /// (working days late) once it has passed.
    pub remaining_working_days: i64,
    pub policy_overdue: bool,
    /// Receipt plus 72 hours; null when no right asked for carries a statutory clock.
    pub statutory_due: Option<DateTime<FixedOffset>>,
    /// The rights that carry the statutory clock.
    pub statutory_rights: Vec<Right>,
    /// Whole hours left on the statutory clock, negative once it has run out.
    pub remaining_hours: Option<i64>,
    pub statutory_overdue: bool,
    /// The clock that ends first, and so is shown first.
    pub stricter: ClockKind,
    pub paused: bool,
    pub paused_since: Option<DateTime<FixedOffset>>,
    pub warnings: Vec<ClockWarning>,
}

/// The office's side of the count: its clock, its window and its calendar.
#[derive(Debug, Clone)]
pub struct ClockRules {
    pub zone: OfficeZone,
    pub policy_days: u32,
    pub calendar: WorkCalendar,
}

impl ClockRules {
    /// The rules of an office profile with its calendar entries.
    pub fn for_office(office: &OfficeProfile, entries: Vec<CalendarEntry>) -> ClockRules {
        ClockRules {
            zone: office.time_zone,
            policy_days: office.policy_days,
            calendar: WorkCalendar::new(office.observes_cuti_bersama, entries),
        }
    }

    /// The policy window alone (for checking an extension against the current due date).
    pub fn policy_window(&self, timeline: &Timeline, now: DateTime<Utc>) -> Result<PolicyWindow> {
        let count = WorkingDayCount::new(&self.calendar, self.zone, &timeline.pauses, now);
        policy_window(
            &count,
            self.zone,
            timeline.received_at,
            self.policy_days,
            timeline.extension.as_ref(),
        )
    }

    /// Both clocks of a request at `now`.
    pub fn clocks(&self, timeline: &Timeline, now: DateTime<Utc>) -> Result<Clocks> {
        let zone = self.zone;
        let count = WorkingDayCount::new(&self.calendar, zone, &timeline.pauses, now);
        let window = policy_window(
            &count,
            zone,
            timeline.received_at,
            self.policy_days,
            timeline.extension.as_ref(),
        )?;
        let statutory = statutory_clock(timeline.received_at, &timeline.rights);
        let statutory_due = statutory.as_ref().map(|s| s.due_at);
        let running_pause = timeline.pauses.iter().find(|p| p.ended_at.is_none());
        let mut warnings = Vec::new();
        let stricter = match statutory_due {
            Some(due) if due < window.ends_at => {
                warnings.push(ClockWarning {
                    code: WarningCode::PolicyAfterStatutory,
                    year: None,
                    message: format!(
                        "the policy window ends {} but the law's 3 × 24 hours end {}: answer by the statutory deadline",
                        window.ends_at.format("%Y-%m-%d %H:%M"),
                        zone.local(due).format("%Y-%m-%d %H:%M"),
                    ),
                });
                ClockKind::Statutory
            }
            _ => ClockKind::Policy,
        };
        let received_day = zone.local(timeline.received_at).date_naive();
        warnings.extend(self.calendar_warnings(received_day, window.due));
        if let Some(p) = running_pause {
            let law = if statutory.is_some() {
                "; the law's 3 × 24-hour clock keeps running (the law has no pause)"
            } else {
                ""
            };
            warnings.push(ClockWarning {
                code: WarningCode::Paused,
                year: None,
                message: format!(
                    "paused since {}: the policy window stands still and its due date moves on while the pause lasts{law}",
                    zone.local(p.started_at).format("%Y-%m-%d %H:%M")
                ),
            });
        }
        let today = zone.local(now).date_naive();
        Ok(Clocks {
            received_at: zone.local(timeline.received_at),
            time_zone: zone,
            policy_days: self.policy_days,
            observes_cuti_bersama: self.calendar.observes_cuti_bersama(),
            policy_due: window.due,
            policy_ends_at: window.ends_at,
            extended: window.extended,
            remaining_working_days: count.remaining(today, window.due),
            policy_overdue: now > window.ends_at,
            statutory_due: statutory_due.map(|d| zone.local(d)),
            remaining_hours: statutory_due.map(|d| (d - now).num_seconds().div_euclid(3600)),
            statutory_overdue: statutory_due.is_some_and(|d| now > d),
            statutory_rights: statutory.map(|s| s.rights).unwrap_or_default(),
            stricter,
            paused: running_pause.is_some(),
            paused_since: running_pause.map(|p| zone.local(p.started_at)),
            warnings,
        })
    }

    /// A warning for each year the count ran through (the day after receipt to the due date)
    /// without a national table, or with one not yet confirmed.
    fn calendar_warnings(&self, received: NaiveDate, due: NaiveDate) -> Vec<ClockWarning> {
        let first = received
            .checked_add_days(Days::new(1))
            .unwrap_or(received)
            .year();
        (first..=due.year().max(first))
            .filter_map(|year| match self.calendar.confidence(year) {
                None => Some(ClockWarning {
                    code: WarningCode::YearNotCovered,
                    year: Some(year),
                    message: format!(
                        "no national holidays are known for {year} (this build has {}): its days were counted as Monday–Friday less the office's closures, so the due date may be too early; add the {year} holidays as closures or import them from an .ics file",
                        self.calendar.covered_years()
                    ),
                }),
                Some(Confidence::Medium) => Some(ClockWarning {
                    code: WarningCode::ProvisionalHolidays,
                    year: Some(year),
                    message: format!(
                        "the {year} holiday table is not yet confirmed against the decree; check the due date if the decree differs"
                    ),
                }),
                Some(Confidence::Confirmed) => None,
            })
            .collect()
    }
}

/// The clocks of a receipt that is not (or not yet) in the register, as `pdpdesk deadline` asks
/// for them. Settings left empty come from the office profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineQuery {
    /// RFC 3339, or a date-time on the office's clock.
    pub received_at: String,
    pub rights: Vec<Right>,
    pub policy_days: Option<u32>,
    pub time_zone: Option<OfficeZone>,
    pub observes_cuti_bersama: Option<bool>,
}

/// What happened to a request that moves its clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub received_at: DateTime<Utc>,
    pub rights: Vec<Right>,
    /// Every pause, oldest first; at most one still running.
    pub pauses: Vec<Pause>,
    /// The latest extension, if any.
    pub extension: Option<Extension>,
}

impl Timeline {
    /// A request as received, with neither pauses nor extensions.
    pub fn received(received_at: DateTime<Utc>, rights: &[Right]) -> Timeline {
        Timeline {
            received_at,
            rights: rights.to_vec(),
            pauses: Vec::new(),
            extension: None,
        }
    }
}

#[cfg(test)]
mod tests;
