//! The office's policy window: "we answer within N working days".
//!
//! Counting rule: the due date is the N-th working day after the day of receipt on the office's
//! clock; the day of receipt never counts, whatever the hour. The window ends at 23:59:59 of the
//! due date in the office's time zone. A pause stops the count: a day on which the request was
//! paused at any moment does not count (like the day of receipt, it was not a full day of work),
//! and after the pause the remaining working days are counted on. An extension sets a new due
//! date that replaces the counted one; later pauses do not move it (staff extend again).

use super::calendar::WorkCalendar;
use crate::office::OfficeZone;
use crate::{CoreError, Result};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, Utc};

/// The longest stretch the count may run before it is taken as a calendar with no working days.
const MAX_SPAN_DAYS: u64 = 3 * 366;

/// A stretch during which the policy window stood still, e.g. while waiting for proof of
/// identity. `ended_at` is empty while the request is still paused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pause {
    pub started_at: DateTime<Utc>,
    pub started_by: String,
    pub reason: String,
    pub ended_at: Option<DateTime<Utc>>,
    pub ended_by: Option<String>,
    pub end_reason: Option<String>,
}

/// A new due date granted for the policy window, with the reason told to the requester.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    pub due_date: NaiveDate,
    pub reason: String,
    pub actor: String,
    pub at: DateTime<Utc>,
}

/// Where the policy window ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyWindow {
    pub due: NaiveDate,
    /// 23:59:59 of the due date on the office's clock.
    pub ends_at: DateTime<FixedOffset>,
    /// Set by an extension rather than counted.
    pub extended: bool,
}

/// The inclusive span of office-clock days a pause touched. A pause still running reaches to
/// `today`, so the count goes on from tomorrow: the due date then shows where the window ends if
/// work resumes today.
fn paused_days(p: &Pause, zone: OfficeZone, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = zone.local(p.started_at).date_naive();
    let last = match p.ended_at {
        Some(end) => {
            let local = zone.local(end);
            // A resume at exactly midnight leaves the new day untouched.
            if local.time() == NaiveTime::MIN && end > p.started_at {
                local.date_naive() - Days::new(1)
            } else {
                local.date_naive()
            }
        }
        None => today.max(first),
    };
    (first, last)
}

/// The day count of one request: the calendar, the office's clock and the pauses.
pub struct WorkingDayCount<'a> {
    calendar: &'a WorkCalendar,
    paused: Vec<(NaiveDate, NaiveDate)>,
}

impl<'a> WorkingDayCount<'a> {
    /// `now` places a pause that is still running.
    pub fn new(
        calendar: &'a WorkCalendar,
        zone: OfficeZone,
        pauses: &[Pause],
        now: DateTime<Utc>,
    ) -> WorkingDayCount<'a> {
        let today = zone.local(now).date_naive();
        WorkingDayCount {
            calendar,
            paused: pauses.iter().map(|p| paused_days(p, zone, today)).collect(),
        }
    }

    /// Whether `date` counts towards the window: a working day on which the request was not paused.
    pub fn counts(&self, date: NaiveDate) -> bool {
        self.calendar.is_working_day(date)
            && !self
                .paused
                .iter()
                .any(|(first, last)| (*first..=*last).contains(&date))
    }

    /// The `n`-th counting day after `start`.
    pub fn nth_after(&self, start: NaiveDate, n: u32) -> Result<NaiveDate> {
        let mut date = start;
        let mut counted = 0;
        while counted < n {
            date = date
                .checked_add_days(Days::new(1))
                .filter(|d| *d <= start + Days::new(MAX_SPAN_DAYS))
                .ok_or_else(|| {
                    CoreError::invalid(
                        "calendar",
                        "no_working_days",
                        format!("fewer than {n} working days in the three years after {start}: check the office's closures"),
                    )
                })?;
            if self.counts(date) {
                counted += 1;
            }
        }
        Ok(date)
    }

    /// Counting days after `today` up to and including `due`; when `due` has passed, minus the
    /// counting days after `due` up to and including `today`.
    pub fn remaining(&self, today: NaiveDate, due: NaiveDate) -> i64 {
        let between = |from: NaiveDate, to: NaiveDate| {
            from.iter_days()
                .skip(1)
                .take_while(|d| *d <= to)
                .filter(|d| self.counts(*d))
                .count() as i64
        };
        if due >= today {
            between(today, due)
        } else {
            -between(due, today)
        }
    }
}

/// 23:59:59 of `date` on the office's clock.
fn end_of_day(date: NaiveDate, zone: OfficeZone) -> DateTime<FixedOffset> {
    let last = NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time");
    date.and_time(last)
        .and_local_timezone(zone.offset())
        .single()
        .expect("a fixed offset maps every local time once")
}

/// The policy window of a request received at `received_at`, `days` working days long.
pub fn policy_window(
    count: &WorkingDayCount,
    zone: OfficeZone,
    received_at: DateTime<Utc>,
    days: u32,
    extension: Option<&Extension>,
) -> Result<PolicyWindow> {
    let due = match extension {
        Some(e) => e.due_date,
        None => count.nth_after(zone.local(received_at).date_naive(), days)?,
    };
    Ok(PolicyWindow {
        due,
        ends_at: end_of_day(due, zone),
        extended: extension.is_some(),
    })
}

/// Checks a new due date: it must be later than the current one and a working day.
pub fn check_extension(
    calendar: &WorkCalendar,
    current: &PolicyWindow,
    until: NaiveDate,
) -> Result<()> {
    if until <= current.due {
        return Err(CoreError::invalid(
            "until",
            "not_later",
            format!(
                "an extension must move the due date later than the current {}",
                current.due
            ),
        ));
    }
    if let Some(off) = calendar.day_off(until) {
        return Err(CoreError::invalid(
            "until",
            "not_working_day",
            format!("{until} is not a working day: {off}"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        // Times in WIB, given as they read on the office's clock.
        OfficeZone::Jakarta
            .offset()
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn pause(from: DateTime<Utc>, to: Option<DateTime<Utc>>) -> Pause {
        Pause {
            started_at: from,
            started_by: "Ayu".into(),
            reason: "waiting for proof of identity".into(),
            ended_at: to,
            ended_by: to.map(|_| "Ayu".into()),
            end_reason: to.map(|_| "KTP received".into()),
        }
    }

    fn due(pauses: &[Pause], now: DateTime<Utc>, days: u32) -> NaiveDate {
        let cal = WorkCalendar::new(true, []);
        let count = WorkingDayCount::new(&cal, OfficeZone::Jakarta, pauses, now);
        let received = at(2026, 6, 1, 10, 0);
        policy_window(&count, OfficeZone::Jakarta, received, days, None)
            .unwrap()
            .due
    }

    #[test]
    fn a_closed_pause_gives_back_the_days_it_touched() {
        // Received Mon 1 Jun 2026 (LN). 5 days without pause: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8.
        let now = at(2026, 6, 30, 9, 0);
        assert_eq!(due(&[], now, 5), date(2026, 6, 8));
        // Paused Wed 3 16:00 to Fri 5 08:00: Wed–Fri do not count; Tue 2 (1), Mon 8 (2), Tue 9 (3),
        // Wed 10 (4), Thu 11 (5).
        let p = pause(at(2026, 6, 3, 16, 0), Some(at(2026, 6, 5, 8, 0)));
        assert_eq!(due(&[p], now, 5), date(2026, 6, 11));
    }

    #[test]
    fn a_resume_at_midnight_leaves_that_day_counting() {
        // Paused Tue 2 09:00 until Thu 4 00:00: Tue 2 and Wed 3 are lost; Thu 4 (1), Fri 5 (2),
        // Mon 8 (3).
        let p = pause(at(2026, 6, 2, 9, 0), Some(at(2026, 6, 4, 0, 0)));
        assert_eq!(due(&[p], at(2026, 6, 30, 9, 0), 3), date(2026, 6, 8));
    }

    #[test]
    fn a_running_pause_projects_the_due_date_from_tomorrow() {
        // Tue 2 (1) counted; paused Wed 3 10:00, still paused on Mon 8 at noon: 4 days remain,
        // counted from Tue 9: Tue 9, Wed 10, Thu 11, Fri 12.
        let p = pause(at(2026, 6, 3, 10, 0), None);
        let now = at(2026, 6, 8, 12, 0);
        assert_eq!(due(std::slice::from_ref(&p), now, 5), date(2026, 6, 12));
        let cal = WorkCalendar::new(true, []);
        let count = WorkingDayCount::new(&cal, OfficeZone::Jakarta, &[p], now);
        assert_eq!(
            count.remaining(date(2026, 6, 8), date(2026, 6, 12)),
            4,
            "the remaining working days stand still while paused"
        );
    }

    #[test]
    fn remaining_days_count_forward_and_past_the_due_date() {
        let cal = WorkCalendar::new(true, []);
        let now = at(2026, 6, 30, 9, 0);
        let count = WorkingDayCount::new(&cal, OfficeZone::Jakarta, &[], now);
        assert_eq!(
            count.remaining(date(2026, 6, 8), date(2026, 6, 8)),
            0,
            "due today"
        );
        assert_eq!(
            count.remaining(date(2026, 6, 5), date(2026, 6, 9)),
            2,
            "Fri → Tue: Mon and Tue remain"
        );
        assert_eq!(
            count.remaining(date(2026, 6, 16), date(2026, 6, 12)),
            -1,
            "Tue 16 after Fri 12: Mon 15 late, Tue 16 is 1 Muharam (LN)"
        );
    }

    #[test]
    fn the_window_ends_at_the_last_second_of_the_day_on_the_office_clock() {
        let end = end_of_day(date(2026, 6, 8), OfficeZone::Jayapura);
        assert_eq!(end.to_rfc3339(), "2026-06-08T23:59:59+09:00");
    }

    #[test]
    fn an_extension_must_be_later_and_on_a_working_day() {
        let cal = WorkCalendar::new(true, []);
        let current = PolicyWindow {
            due: date(2026, 6, 8),
            ends_at: end_of_day(date(2026, 6, 8), OfficeZone::Jakarta),
            extended: false,
        };
        assert!(
            check_extension(&cal, &current, date(2026, 6, 5)).is_err(),
            "earlier"
        );
        let err = check_extension(&cal, &current, date(2026, 6, 16)).unwrap_err();
        assert!(
            err.to_string().contains("1 Muharam"),
            "the message says why the day is closed: {err}"
        );
        assert!(check_extension(&cal, &current, date(2026, 6, 22)).is_ok());
    }
}
