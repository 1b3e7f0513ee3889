//! How long a closed request's personal data is kept: the office's retention in months from the
//! day the request ended (closed, rejected or withdrawn), two years unless the office sets
//! otherwise. After it the request is purged down to its anonymised stub.

use crate::{CoreError, Result};
use chrono::{DateTime, Months, Utc};

/// Two years, as the offices' privacy policies promise for request records.
pub const DEFAULT_MONTHS: u32 = 24;
/// The shortest retention an office may set: a month leaves time to answer a complaint.
pub const MIN_MONTHS: u32 = 1;
/// The longest: ten years, as the longest retention of the offices' other records.
pub const MAX_MONTHS: u32 = 120;

/// Refuses a retention outside [`MIN_MONTHS`]..=[`MAX_MONTHS`].
pub fn check(months: u32) -> Result<()> {
    if (MIN_MONTHS..=MAX_MONTHS).contains(&months) {
        Ok(())
    } else {
        Err(CoreError::invalid(
            "retention_months",
            "out_of_range",
            format!("{months} months is not a retention: give {MIN_MONTHS} to {MAX_MONTHS}"),
        ))
    }
}

/// When a request that ended at `ended_at` is due for the purge (the same day of the month,
/// `months` later; the month's last day when that day does not exist).
pub fn purge_due(ended_at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    ended_at
        .checked_add_months(Months::new(months))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_request_is_due_its_retention_after_it_ended() {
        let ended = Utc.with_ymd_and_hms(2025, 1, 31, 9, 0, 0).unwrap();
        assert_eq!(
            purge_due(ended, 24),
            Utc.with_ymd_and_hms(2027, 1, 31, 9, 0, 0).unwrap(),
            "two years to the day"
        );
        assert_eq!(
            purge_due(ended, 1),
            Utc.with_ymd_and_hms(2025, 2, 28, 9, 0, 0).unwrap(),
            "a month after 31 January is the end of February, not 3 March"
        );
    }

    #[test]
    fn retention_is_one_month_to_ten_years() {
        assert!(
            check(0).is_err(),
            "no retention would purge a request the day it closes"
        );
        assert!(check(121).is_err(), "beyond ten years is a typing mistake");
        assert!(check(1).is_ok() && check(24).is_ok() && check(120).is_ok());
    }
}
