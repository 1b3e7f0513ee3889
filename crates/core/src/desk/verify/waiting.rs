//! Codes that went unanswered: a reminder after two working days, closing as unverified after
//! the office's number.

use crate::deadline::policy::WorkingDayCount;
use crate::verify::REMIND_AFTER_DAYS;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

const CLOSE_AFTER_SETTING: &str = "verify.close_after_days";

/// After how many working days without an answer a request may be closed as unverified.
pub fn close_after_days(store: &Store) -> Result<u32> {
    Ok(store
        .setting(CLOSE_AFTER_SETTING)?
        .and_then(|d| d.parse().ok())
        .filter(|d| (3..=60).contains(d))
        .unwrap_or(crate::verify::CLOSE_AFTER_DAYS))
}

/// Sets it (3 to 60 working days).
pub fn set_close_after_days(
    store: &mut Store,
    days: u32,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if !(3..=60).contains(&days) {
        return Err(CoreError::invalid(
            "close_after_days",
            "out_of_range",
            "between 3 and 60 working days",
        ));
    }
    let days = days.to_string();
    let action = crate::audit::Action::SettingsCloseAfter;
    store.set_setting(CLOSE_AFTER_SETTING, &days, action, actor, now)
}

/// A request whose verification request (a code, or the verification-request letter) has gone
/// unanswered.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AwaitingAnswer {
    pub request_id: String,
    pub asked_at: DateTime<Utc>,
    pub waiting: crate::verify::Waiting,
    /// The office day from which staff are reminded (two working days after the ask).
    pub remind_on: NaiveDate,
    /// The office day from which the request may be closed as unverified.
    pub close_on: NaiveDate,
}

/// Open requests whose code is unanswered, with how long they have waited in working days:
/// a reminder after two, closing as unverified allowed after the office's number.
pub fn awaiting_answer(store: &Store, now: DateTime<Utc>) -> Result<Vec<AwaitingAnswer>> {
    let zone = store.office()?.time_zone;
    let calendar = crate::desk::calendar::work_calendar(store)?;
    let close_after = close_after_days(store)?;
    let today = zone.local(now).date_naive();
    let days = WorkingDayCount::new(&calendar, zone, &[], now);
    store
        .unanswered_asks()?
        .into_iter()
        .map(|(request_id, asked_at)| {
            let asked = zone.local(asked_at).date_naive();
            Ok(AwaitingAnswer {
                waiting: crate::verify::waiting(asked, today, &calendar, close_after),
                remind_on: days.nth_after(asked, REMIND_AFTER_DAYS)?,
                close_on: days.nth_after(asked, crate::verify::close_threshold(close_after))?,
                request_id,
                asked_at,
            })
        })
        .collect()
}
