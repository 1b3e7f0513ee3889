//! Indonesia's national days off: libur nasional (LN) and cuti bersama (CB) as the joint decree of
//! three ministers (SKB 3 Menteri) sets them each year. The tables live in
//! `assets/holidays/YYYY.json` and are built into the binary; they are parsed once, on first use.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use ts_rs::TS;

/// The two kinds of national day off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum HolidayType {
    /// Libur nasional: a public holiday; no office works.
    #[serde(rename = "LN")]
    Ln,
    /// Cuti bersama: collective leave; private offices choose whether they close.
    #[serde(rename = "CB")]
    Cb,
}

impl HolidayType {
    /// `LN` or `CB`, as the decree and the tables write it.
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayType::Ln => "LN",
            HolidayType::Cb => "CB",
        }
    }
}

/// How sure the table is: `confirmed` when read from the decree or several reports of it,
/// `medium` when taken from secondary copies that still need checking against the decree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Confidence {
    Confirmed,
    Medium,
}

/// One national day off.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Holiday {
    pub date: NaiveDate,
    #[serde(rename = "type")]
    pub kind: HolidayType,
    /// The name in Indonesian, as in the decree.
    pub name: String,
}

/// The table of one year.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct HolidayYear {
    pub year: i32,
    /// The decree (and its amendments) the table follows.
    pub decree: String,
    pub confidence: Confidence,
    pub days: Vec<Holiday>,
}

/// Every year built in, keyed by year.
#[derive(Debug)]
pub struct NationalHolidays {
    years: BTreeMap<i32, HolidayYear>,
    by_date: BTreeMap<NaiveDate, Holiday>,
}

/// The tables shipped with this build, one JSON file per year.
const EMBEDDED: [(&str, &str); 3] = [
    (
        "2025.json",
        include_str!("../../../../assets/holidays/2025.json"),
    ),
    (
        "2026.json",
        include_str!("../../../../assets/holidays/2026.json"),
    ),
    (
        "2027.json",
        include_str!("../../../../assets/holidays/2027.json"),
    ),
];

impl NationalHolidays {
    /// The built-in tables. A table that does not parse is a build defect that the tests below
    /// catch, so it stops the program with the file's name rather than counting without it.
    pub fn embedded() -> &'static NationalHolidays {
        static TABLES: OnceLock<NationalHolidays> = OnceLock::new();
        TABLES.get_or_init(|| {
            let years = EMBEDDED
                .iter()
                .map(|(file, text)| parse_year(text).unwrap_or_else(|e| panic!("{file}: {e}")));
            NationalHolidays::from_years(years).unwrap_or_else(|e| panic!("holiday tables: {e}"))
        })
    }

    /// Checks and indexes a set of year tables: one table per year, each date once and inside its
    /// table's year.
    fn from_years(list: impl IntoIterator<Item = HolidayYear>) -> Result<Self, String> {
        let mut years = BTreeMap::new();
        let mut by_date = BTreeMap::new();
        for y in list {
            for d in &y.days {
                if d.date.year() != y.year {
                    return Err(format!("{} is listed in the table of {}", d.date, y.year));
                }
                if by_date.insert(d.date, d.clone()).is_some() {
                    return Err(format!("{} is listed twice", d.date));
                }
            }
            if let Some(old) = years.insert(y.year, y) {
                return Err(format!("two tables for {}", old.year));
            }
        }
        Ok(NationalHolidays { years, by_date })
    }

    /// The national day off on `date`, if any (weekends included: a holiday may fall on Sunday).
    pub fn on(&self, date: NaiveDate) -> Option<&Holiday> {
        self.by_date.get(&date)
    }

    /// The table of `year`, when this build has one.
    pub fn year(&self, year: i32) -> Option<&HolidayYear> {
        self.years.get(&year)
    }

    /// The years this build has tables for, oldest first.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.keys().copied()
    }
}

fn parse_year(text: &str) -> Result<HolidayYear, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(year: i32, kind: HolidayType) -> usize {
        NationalHolidays::embedded()
            .year(year)
            .unwrap_or_else(|| panic!("the {year} table must be built in"))
            .days
            .iter()
            .filter(|d| d.kind == kind)
            .count()
    }

    #[test]
    fn each_table_has_the_decreed_number_of_days() {
        for (year, ln, cb) in [(2025, 17, 11), (2026, 17, 8), (2027, 18, 8)] {
            assert_eq!(
                (count(year, HolidayType::Ln), count(year, HolidayType::Cb)),
                (ln, cb),
                "the SKB for {year} sets {ln} LN and {cb} CB days (legal.md §3)"
            );
        }
    }

    #[test]
    fn tables_are_sorted_and_names_are_given() {
        for year in NationalHolidays::embedded().years() {
            let t = NationalHolidays::embedded().year(year).unwrap();
            assert!(
                t.days.windows(2).all(|w| w[0].date < w[1].date),
                "{year}: days must be in date order, each once"
            );
            assert!(
                t.days.iter().all(|d| !d.name.trim().is_empty()),
                "{year}: every day needs its Indonesian name"
            );
            assert!(
                t.decree.starts_with("SKB"),
                "{year}: the decree must be cited"
            );
        }
    }

    #[test]
    fn known_days_are_found_with_their_type() {
        let t = NationalHolidays::embedded();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let nyepi = t
            .on(d("2026-03-19"))
            .expect("Nyepi 2026 is a national holiday");
        assert_eq!(nyepi.kind, HolidayType::Ln);
        assert_eq!(
            t.on(d("2025-04-07")).map(|h| h.kind),
            Some(HolidayType::Cb),
            "\"2025-04-02, 03, 04, 07\" expands to four CB days, the last a Monday"
        );
        assert!(t.on(d("2026-03-25")).is_none(), "an ordinary Wednesday");
        assert_eq!(
            t.year(2027).unwrap().confidence,
            Confidence::Medium,
            "2027 was not read from the decree itself"
        );
    }

    #[test]
    fn broken_tables_are_refused() {
        let day = |date: &str| Holiday {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            kind: HolidayType::Ln,
            name: "x".into(),
        };
        let year = |y, days| HolidayYear {
            year: y,
            decree: "SKB".into(),
            confidence: Confidence::Confirmed,
            days,
        };
        let misplaced = NationalHolidays::from_years([year(2026, vec![day("2025-01-01")])]);
        assert!(
            misplaced.is_err(),
            "a date outside its table's year is a typo"
        );
        let twice =
            NationalHolidays::from_years([year(2026, vec![day("2026-01-01"), day("2026-01-01")])]);
        assert!(twice.is_err(), "a date listed twice is a typo");
        assert!(
            parse_year(r#"{"year": 2026, "decree": "SKB", "confidence": "sure", "days": []}"#)
                .is_err(),
            "an unknown confidence must not pass"
        );
    }
}
