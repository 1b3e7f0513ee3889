//! When things happened (the office's period in WIB) and where planted records fall among the
//! background rows.

use crate::rng::Rng;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Offset, Utc};

/// Western Indonesian Time, UTC+7.
pub fn wib() -> FixedOffset {
    // UTC+7 is always a valid offset; the fallback only keeps the function total.
    FixedOffset::east_opt(7 * 3600).unwrap_or(Utc.fix())
}

/// A local time in WIB (the callers pass valid calendar times).
pub fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
    let local = NaiveDate::from_ymd_opt(y, mo, d)
        .unwrap_or_default()
        .and_hms_opt(h, mi, 0)
        .unwrap_or_default();
    let utc = local - Duration::seconds(i64::from(wib().local_minus_utc()));
    DateTime::from_naive_utc_and_offset(utc, wib())
}

const PERIOD_START: (i32, u32, u32) = (2023, 1, 2);
const PERIOD_END: (i32, u32, u32) = (2024, 6, 28);

/// Maps `frac` in [0, 1] monotonically onto the office's period, 07:00–22:00 of each day.
pub fn frac_time(frac: f64) -> DateTime<FixedOffset> {
    let (sy, sm, sd) = PERIOD_START;
    let (ey, em, ed) = PERIOD_END;
    let start = NaiveDate::from_ymd_opt(sy, sm, sd).unwrap_or_default();
    let end = NaiveDate::from_ymd_opt(ey, em, ed).unwrap_or_default();
    let days = (end - start).num_days() + 1;
    let window = 15 * 3600;
    let x = ((frac.clamp(0.0, 1.0) * (days * window) as f64) as i64).min(days * window - 1);
    let (d, sec) = (x / window, x % window);
    at(sy, sm, sd, 7, 0) + Duration::days(d) + Duration::seconds(sec)
}

/// Where each planted record goes among `n_background` rows: (position, planted index), sorted
/// by position; a planted record at position `i` is written before background row `i`.
pub fn placements(rng: &mut Rng, n_background: usize, n_planted: usize) -> Vec<(usize, usize)> {
    let mut points: Vec<usize> = (0..n_planted)
        .map(|_| rng.below(n_background + 1))
        .collect();
    points.sort_unstable();
    let mut order: Vec<usize> = (0..n_planted).collect();
    rng.shuffle(&mut order);
    points.into_iter().zip(order).collect()
}

/// The next row to write: a planted record or a background one.
pub enum Slot {
    Planted(usize),
    Background,
}

/// The rows of an export in file order: `n_background` background rows with the planted records
/// placed among them (an iterator: nothing of the size of the file is kept).
pub struct Interleave {
    plan: std::iter::Peekable<std::vec::IntoIter<(usize, usize)>>,
    row: usize,
    n_background: usize,
}

impl Interleave {
    pub fn new(rng: &mut Rng, n_background: usize, n_planted: usize) -> Interleave {
        Interleave {
            plan: placements(rng, n_background, n_planted)
                .into_iter()
                .peekable(),
            row: 0,
            n_background,
        }
    }
}

impl Iterator for Interleave {
    type Item = Slot;

    fn next(&mut self) -> Option<Slot> {
        let row = self.row;
        if let Some((_, unit)) = self.plan.next_if(|(at, _)| *at <= row) {
            return Some(Slot::Planted(unit));
        }
        if self.row < self.n_background {
            self.row += 1;
            return Some(Slot::Background);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_runs_from_january_2023_to_june_2024_in_office_hours() {
        assert_eq!(frac_time(0.0).to_rfc3339(), "2023-01-02T07:00:00+07:00");
        let last = frac_time(1.0);
        assert_eq!(last.date_naive().to_string(), "2024-06-28");
        assert!(
            last.format("%H").to_string() == "21",
            "the day ends before 22:00"
        );
        assert_eq!(
            at(2024, 7, 1, 9, 12).to_rfc3339(),
            "2024-07-01T09:12:00+07:00"
        );
    }

    #[test]
    fn planted_records_are_all_placed_among_the_background() {
        let mut rng = Rng::new("t", 1);
        let slots: Vec<Slot> = Interleave::new(&mut rng, 50, 7).collect();
        let planted: Vec<usize> = slots
            .iter()
            .filter_map(|s| match s {
                Slot::Planted(i) => Some(*i),
                Slot::Background => None,
            })
            .collect();
        assert_eq!(slots.len(), 57, "every row once");
        let mut sorted = planted.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            (0..7).collect::<Vec<_>>(),
            "each planted record once"
        );
    }
}
