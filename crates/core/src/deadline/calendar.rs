//! The office's working days: Monday to Friday, except national holidays (LN), cuti bersama (CB)
//! when the office observes them, and the office's own closures and regional holidays (Bali's
//! Galungan and Kuningan, the day after Nyepi, a company outing).

use super::holidays::{Confidence, Holiday, HolidayType, NationalHolidays};
use crate::text::check_text;
use crate::vocabulary::names;
use crate::{CoreError, Result};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The kinds of day the office adds to its own calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum EntryKind {
    /// The office is closed (a company holiday, a move, a closure imported from a calendar file).
    Closure,
    /// A holiday of the region the office is in (Galungan, Kuningan in Bali).
    Regional,
}

names!(EntryKind {
    Closure => "closure",
    Regional => "regional",
}, "kind");

/// A day the office does not work although the national tables say nothing about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CalendarEntry {
    pub date: NaiveDate,
    pub kind: EntryKind,
    pub name: String,
}

impl CalendarEntry {
    /// A checked entry: the name is required (at most 2,000 characters).
    pub fn new(date: NaiveDate, kind: EntryKind, name: &str) -> Result<CalendarEntry> {
        Ok(CalendarEntry {
            date,
            kind,
            name: check_text("name", name)?,
        })
    }
}

/// What a listed day is: a national LN/CB day or one of the office's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum DayKind {
    National(HolidayType),
    Office(EntryKind),
}

impl std::fmt::Display for DayKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DayKind::National(t) => f.write_str(t.as_str()),
            DayKind::Office(k) => f.write_str(k.as_str()),
        }
    }
}

/// One holiday or closure in the calendar of a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CalendarDay {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub name: String,
    /// True when this takes a working day away: a Monday–Friday the office does not work because
    /// of it. False on weekends and for cuti bersama the office does not observe.
    pub closes_office: bool,
}

/// Every holiday and closure of one year, as the calendar screen and `pdpdesk calendar` list it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CalendarYear {
    pub year: i32,
    /// Whether this build has the national table of the year; without it only weekends and the
    /// office's own entries are known.
    pub covered: bool,
    pub decree: Option<String>,
    pub confidence: Option<Confidence>,
    pub observes_cuti_bersama: bool,
    /// The office's working days in the year.
    pub working_days: u32,
    pub days: Vec<CalendarDay>,
}

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff<'a> {
    Weekend(Weekday),
    National(&'a Holiday),
    Office(&'a CalendarEntry),
}

impl std::fmt::Display for DayOff<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DayOff::Weekend(Weekday::Sat) => f.write_str("a Saturday"),
            DayOff::Weekend(_) => f.write_str("a Sunday"),
            DayOff::National(h) => write!(f, "{} ({})", h.name, h.kind.as_str()),
            DayOff::Office(e) => write!(f, "{} ({})", e.name, e.kind),
        }
    }
}

/// The working-day calendar of one office.
#[derive(Debug, Clone)]
pub struct WorkCalendar {
    national: &'static NationalHolidays,
    observes_cuti_bersama: bool,
    office: BTreeMap<NaiveDate, CalendarEntry>,
}

impl WorkCalendar {
    /// The built-in national tables plus the office's entries.
    pub fn new(
        observes_cuti_bersama: bool,
        office: impl IntoIterator<Item = CalendarEntry>,
    ) -> WorkCalendar {
        WorkCalendar {
            national: NationalHolidays::embedded(),
            observes_cuti_bersama,
            office: office.into_iter().map(|e| (e.date, e)).collect(),
        }
    }

    /// Whether the office works on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }

    /// Why the office does not work on `date`, or `None` on a working day.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff<'_>> {
        if is_weekend(date) {
            return Some(DayOff::Weekend(date.weekday()));
        }
        if let Some(e) = self.office.get(&date) {
            return Some(DayOff::Office(e));
        }
        self.national
            .on(date)
            .filter(|h| h.kind == HolidayType::Ln || self.observes_cuti_bersama)
            .map(DayOff::National)
    }

    /// Whether cuti bersama days are days off.
    pub fn observes_cuti_bersama(&self) -> bool {
        self.observes_cuti_bersama
    }

    /// How sure the national table of `year` is, when there is one.
    pub fn confidence(&self, year: i32) -> Option<Confidence> {
        self.national.year(year).map(|t| t.confidence)
    }

    /// The years with a national table, e.g. `2025–2027`, for messages.
    pub fn covered_years(&self) -> String {
        let mut years = self.national.years();
        match (years.next(), years.last()) {
            (Some(first), Some(last)) => format!("{first}–{last}"),
            (Some(only), None) => only.to_string(),
            _ => "none".to_string(),
        }
    }

    /// The holidays and closures of `year`, in date order (a national day first when the office
    /// also has an entry on it), with the number of working days left in the year.
    pub fn year(&self, year: i32) -> Result<CalendarYear> {
        let (first, last) = year_bounds(year)?;
        let table = self.national.year(year);
        let mut days: Vec<CalendarDay> = Vec::new();
        for h in table.map(|t| t.days.as_slice()).unwrap_or_default() {
            let closes =
                !is_weekend(h.date) && (h.kind == HolidayType::Ln || self.observes_cuti_bersama);
            days.push(CalendarDay {
                date: h.date,
                kind: DayKind::National(h.kind),
                name: h.name.clone(),
                closes_office: closes,
            });
        }
        for e in self.office.range(first..=last).map(|(_, e)| e) {
            days.push(CalendarDay {
                date: e.date,
                kind: DayKind::Office(e.kind),
                name: e.name.clone(),
                closes_office: !is_weekend(e.date),
            });
        }
        days.sort_by_key(|d| (d.date, matches!(d.kind, DayKind::Office(_))));
        let working_days = first
            .iter_days()
            .take_while(|d| *d <= last)
            .filter(|d| self.is_working_day(*d))
            .count() as u32;
        Ok(CalendarYear {
            year,
            covered: table.is_some(),
            decree: table.map(|t| t.decree.clone()),
            confidence: table.map(|t| t.confidence),
            observes_cuti_bersama: self.observes_cuti_bersama,
            working_days,
            days,
        })
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    let bad = || CoreError::invalid("year", "range", format!("{year} is not a calendar year"));
    if !(1900..=2999).contains(&year) {
        return Err(bad());
    }
    let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
    Ok((first, last))
}

/// Parses a `YYYY-MM-DD` date given for `field`.
pub fn parse_date(field: &'static str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        CoreError::invalid(
            field,
            "format",
            format!(
                "{} is not a date; use YYYY-MM-DD such as 2026-05-26",
                crate::text::quoted(text)
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date("date", s).unwrap()
    }

    #[test]
    fn weekends_holidays_and_closures_are_not_working_days() {
        let galungan =
            CalendarEntry::new(d("2026-05-26"), EntryKind::Regional, "Galungan").unwrap();
        let cal = WorkCalendar::new(true, [galungan]);
        assert!(cal.is_working_day(d("2026-03-17")), "an ordinary Tuesday");
        assert!(!cal.is_working_day(d("2026-03-21")), "Saturday");
        assert!(!cal.is_working_day(d("2026-03-19")), "Nyepi is LN");
        assert!(
            !cal.is_working_day(d("2026-03-23")),
            "Idulfitri CB, observed"
        );
        assert!(!cal.is_working_day(d("2026-05-26")), "Galungan, regional");
        let open_on_cb = WorkCalendar::new(false, []);
        assert!(
            open_on_cb.is_working_day(d("2026-03-23")),
            "an office that skips cuti bersama works on CB days"
        );
        assert!(
            !open_on_cb.is_working_day(d("2026-03-19")),
            "but never on a national holiday"
        );
    }

    #[test]
    fn a_year_lists_every_holiday_and_counts_working_days() {
        let closure =
            CalendarEntry::new(d("2026-12-31"), EntryKind::Closure, "Tutup akhir tahun").unwrap();
        let year = WorkCalendar::new(true, [closure.clone()])
            .year(2026)
            .unwrap();
        assert!(year.covered);
        assert_eq!(year.days.len(), 17 + 8 + 1, "17 LN, 8 CB, one closure");
        let sunday = year
            .days
            .iter()
            .find(|x| x.date == d("2026-03-22"))
            .unwrap();
        assert!(
            !sunday.closes_office,
            "Idulfitri on a Sunday takes no working day away"
        );
        // 2026 has 261 weekdays; LN on weekdays: 13 (Mar 21/22, Apr 5 and May 31 fall on
        // weekends), CB on weekdays: 8, the closure: 1 → 261 - 13 - 8 - 1 = 239.
        assert_eq!(year.working_days, 239);
        let without_cb = WorkCalendar::new(false, [closure]).year(2026).unwrap();
        assert_eq!(
            without_cb.working_days, 247,
            "the 8 CB weekdays are working days when cuti bersama is not observed"
        );
    }

    #[test]
    fn an_uncovered_year_says_so() {
        let year = WorkCalendar::new(true, []).year(2030).unwrap();
        assert!(!year.covered, "2030 has no table in this build");
        assert!(year.days.is_empty() && year.decree.is_none());
        assert_eq!(WorkCalendar::new(true, []).covered_years(), "2025–2027");
    }

    #[test]
    fn dates_and_names_are_checked() {
        assert!(parse_date("date", "26-05-2026").is_err(), "only YYYY-MM-DD");
        assert!(parse_date("date", "2026-02-30").is_err(), "no such day");
        assert!(
            CalendarEntry::new(d("2026-05-26"), EntryKind::Closure, "  ").is_err(),
            "a closure needs a name staff can read"
        );
    }
}
