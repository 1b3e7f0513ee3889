//! What the office shows of its work: the register of requests for a period (CSV and PDF, the
//! requester masked), and the figures of the board (`pdpdesk metrics`). Rules only: the use case
//! (`desk::report`) gathers each request's facts from the store and writes the file.

pub mod csv;
pub mod layout;
pub mod metrics;
pub mod rows;
mod words;

pub use metrics::{metrics, Metrics};
pub use rows::{row, Case, Outcome, RegisterRow, Timeliness};

use crate::{CoreError, Result};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

/// The days a report covers, both included, on the office's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `from`..=`to`; refused when it runs backwards.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if from > to {
            return Err(CoreError::invalid(
                "from",
                "after_to",
                format!("the period starts ({from}) after it ends ({to}): give --from before --to"),
            ));
        }
        Ok(Period { from, to })
    }

    /// The board's period: the twelve months up to `today`, from the first of the month eleven
    /// months back. Either end given replaces its default.
    pub fn or_default(
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Period> {
        let to = to.unwrap_or(today);
        let from = match from {
            Some(f) => f,
            None => {
                let months = to.year() * 12 + to.month0() as i32 - 11;
                NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
                    .unwrap_or(to)
            }
        };
        Period::new(from, to)
    }

    /// Whether the request of `row` was received in the period.
    pub fn holds(&self, row: &RegisterRow) -> bool {
        let day = row.received_at.date_naive();
        self.from <= day && day <= self.to
    }
}

/// The file formats of the register export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    Pdf,
}

crate::vocabulary::names!(ExportFormat {
    Csv => "csv",
    Pdf => "pdf",
}, "format");

/// The register's totals for a period, as the PDF prints them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Totals {
    pub received: u32,
    pub answered: u32,
    pub on_time: u32,
    pub late: u32,
    pub open: u32,
    pub withdrawn: u32,
}

impl Totals {
    pub fn of(rows: &[RegisterRow]) -> Totals {
        let count = |t: Timeliness| rows.iter().filter(|r| r.timeliness == t).count() as u32;
        Totals {
            received: rows.len() as u32,
            answered: rows.iter().filter(|r| r.answered()).count() as u32,
            on_time: count(Timeliness::OnTime),
            late: count(Timeliness::Late),
            open: count(Timeliness::Open) + count(Timeliness::Overdue),
            withdrawn: count(Timeliness::NotDue),
        }
    }
}
