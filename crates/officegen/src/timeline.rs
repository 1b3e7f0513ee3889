//! When things happened (the office's period in WIB) and where planted records fall among the
//! background rows.

use crate::rng::Rng;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};

/// Western Indonesian Time, UTC+7.
pub fn wib() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset")
}

/// A local time in WIB (the callers pass valid calendar times).
pub fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
    wib()
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("a valid WIB time")
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
