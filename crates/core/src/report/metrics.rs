//! The figures of a period: requests per right and per month, days to answer (median and 90th
//! percentile, by groups), the on-time rate against each deadline, and the open requests by age.
//! Computed from the register's lines ([`super::rows`]), so the export and the board agree.

use super::rows::{RegisterRow, Timeliness};
use super::Period;
use crate::office::OfficeZone;
use crate::vocabulary::{names, Right};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

/// Groups of days (calendar days, upper bound inclusive; the last has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum DayGroup {
    #[serde(rename = "up-to-3")]
    UpTo3,
    #[serde(rename = "up-to-7")]
    UpTo7,
    #[serde(rename = "up-to-14")]
    UpTo14,
    #[serde(rename = "up-to-30")]
    UpTo30,
    #[serde(rename = "over-30")]
    Over30,
}

names!(DayGroup {
    UpTo3 => "up-to-3",
    UpTo7 => "up-to-7",
    UpTo14 => "up-to-14",
    UpTo30 => "up-to-30",
    Over30 => "over-30",
}, "day group");

impl DayGroup {
    /// The group of `days` (3.0 is still "up to 3"; 3.5 is "4–7").
    pub fn of(days: f64) -> DayGroup {
        let whole = days.ceil();
        match whole {
            d if d <= 3.0 => DayGroup::UpTo3,
            d if d <= 7.0 => DayGroup::UpTo7,
            d if d <= 14.0 => DayGroup::UpTo14,
            d if d <= 30.0 => DayGroup::UpTo30,
            _ => DayGroup::Over30,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RightCount {
    pub right: Right,
    pub requests: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonthCount {
    /// `YYYY-MM` on the office's clock.
    pub month: String,
    pub received: u32,
    pub answered: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct GroupCount {
    pub group: DayGroup,
    pub requests: u32,
}

/// Answered requests against one deadline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Deadline {
    /// Answered requests this deadline applies to.
    pub answered: u32,
    pub on_time: u32,
    pub late: u32,
    /// `on_time / answered`, 0–1; null when nothing was answered.
    #[ts(type = "number | null")]
    pub rate: Option<f64>,
}

impl Deadline {
    fn of(late: impl Iterator<Item = bool>) -> Deadline {
        let (mut on_time, mut lates) = (0, 0);
        for l in late {
            if l {
                lates += 1;
            } else {
                on_time += 1;
            }
        }
        let answered = on_time + lates;
        Deadline {
            answered,
            on_time,
            late: lates,
            rate: (answered > 0).then(|| f64::from(on_time) / f64::from(answered)),
        }
    }
}

/// The figures of a period. Requests are those received in it; open by age counts every
/// request still open that was received by the period's end, however long ago, so an old one
/// never drops off the board.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Metrics {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub received: u32,
    /// Closed or rejected.
    pub answered: u32,
    pub withdrawn: u32,
    /// Received in the period and still open.
    pub open: u32,
    /// Each right and how many requests asked for it (a request with two rights counts twice).
    pub per_right: Vec<RightCount>,
    /// Each month of the period, oldest first.
    pub per_month: Vec<MonthCount>,
    /// Calendar days from receipt to the answer: the median (the middle value, or the mean of
    /// the middle two) and the 90th percentile (nearest rank), one decimal.
    #[ts(type = "number | null")]
    pub median_days: Option<f64>,
    #[ts(type = "number | null")]
    pub p90_days: Option<f64>,
    pub days_to_answer: Vec<GroupCount>,
    /// Within every deadline that applies.
    pub on_time: Deadline,
    /// Within the office's window.
    pub policy: Deadline,
    /// Within the law's 3 × 24 hours (only the requests whose rights carry it).
    pub statutory: Deadline,
    /// Open requests by days since receipt.
    pub open_by_age: Vec<GroupCount>,
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The median of sorted values: the middle one, or the mean of the middle two.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The `p`-th percentile of sorted values by nearest rank: the smallest value with at least
/// `p` % of the values at or below it.
pub fn percentile(sorted: &[f64], p: u32) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = (u64::from(p) * n as u64).div_ceil(100).max(1) as usize;
    Some(sorted[rank.min(n) - 1])
}

fn groups(days: impl Iterator<Item = f64>) -> Vec<GroupCount> {
    let mut counts = [0u32; 5];
    for d in days {
        let i = DayGroup::ALL
            .iter()
            .position(|g| *g == DayGroup::of(d))
            .unwrap_or(4);
        counts[i] += 1;
    }
    DayGroup::ALL
        .iter()
        .zip(counts)
        .map(|(group, requests)| GroupCount {
            group: *group,
            requests,
        })
        .collect()
}

fn months(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// The figures of `rows` (every request received by `period.to`; those before `period.from`
/// count only in open by age) at `now`.
pub fn metrics(
    rows: &[RegisterRow],
    period: Period,
    zone: OfficeZone,
    now: DateTime<Utc>,
) -> Metrics {
    let inside: Vec<&RegisterRow> = rows.iter().filter(|r| period.holds(r)).collect();
    let answered: Vec<&RegisterRow> = inside.iter().copied().filter(|r| r.answered()).collect();
    let mut days: Vec<f64> = answered.iter().filter_map(|r| r.days_to_answer).collect();
    days.sort_by(f64::total_cmp);
    let month_of = |at: chrono::DateTime<chrono::FixedOffset>| at.format("%Y-%m").to_string();
    let per_month = months(period.from, period.to)
        .into_iter()
        .map(|month| MonthCount {
            received: inside
                .iter()
                .filter(|r| month_of(r.received_at) == month)
                .count() as u32,
            answered: answered
                .iter()
                .filter(|r| r.ended_at.is_some_and(|e| month_of(e) == month))
                .count() as u32,
            month,
        })
        .collect();
    let per_right = Right::ALL
        .iter()
        .map(|right| RightCount {
            right: *right,
            requests: inside.iter().filter(|r| r.rights.contains(right)).count() as u32,
        })
        .collect();
    let open_ages = rows
        .iter()
        .filter(|r| r.state.is_open() && r.received_at.date_naive() <= period.to)
        .map(|r| (zone.local(now) - r.received_at).num_seconds().max(0) as f64 / 86_400.0);
    Metrics {
        from: period.from,
        to: period.to,
        received: inside.len() as u32,
        answered: answered.len() as u32,
        withdrawn: inside
            .iter()
            .filter(|r| r.timeliness == Timeliness::NotDue)
            .count() as u32,
        open: inside.iter().filter(|r| r.state.is_open()).count() as u32,
        per_right,
        per_month,
        median_days: median(&days).map(one_decimal),
        p90_days: percentile(&days, 90).map(one_decimal),
        days_to_answer: groups(days.iter().copied()),
        on_time: Deadline::of(answered.iter().map(|r| r.timeliness == Timeliness::Late)),
        policy: Deadline::of(answered.iter().map(|r| r.late_policy)),
        statutory: Deadline::of(
            answered
                .iter()
                .filter(|r| r.statutory_due.is_some())
                .map(|r| r.late_statutory),
        ),
        open_by_age: groups(open_ages),
    }
}

#[cfg(test)]
#[path = "metrics_tests.rs"]
mod tests;
