//! A NIK sighted on the requester's KTP, typed by staff: the full structure check (province from
//! the list of province codes, a real date of birth with +40 on the day for women, a serial that
//! is not 0000), what it says (date of birth, so whether the subject is a minor), and how it
//! compares with a NIK on the subject's confirmed records. Only the masked form is ever kept.

use crate::{CoreError, Result};
use chrono::{Datelike, NaiveDate};

/// Province codes of the Ministry of Home Affairs (Kepmendagri 300.2.2-2138/2025), which NIKs
/// use; 93–96 exist since 2022.
const PROVINCES: [u8; 38] = [
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
    71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

/// A NIK that passed the full check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SightedNik {
    digits: String,
    /// The date of birth the NIK carries (its century chosen so that it is not in the future).
    pub born: NaiveDate,
    pub female: bool,
}

fn refuse(reason: &'static str, why: &str) -> CoreError {
    CoreError::invalid("nik", reason, format!("not a NIK: {why}"))
}

impl SightedNik {
    /// Checks the 16 digits staff typed from the KTP (spaces, dots and dashes ignored). `today`
    /// decides the century of the birth year.
    pub fn parse(text: &str, today: NaiveDate) -> Result<SightedNik> {
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(refuse("format", "a NIK holds digits only"));
        }
        if digits.len() != 16 {
            return Err(refuse(
                "length",
                &format!("a NIK has 16 digits, this has {}", digits.chars().count()),
            ));
        }
        let two = |at: usize| {
            u32::from(digits.as_bytes()[at] - b'0') * 10
                + u32::from(digits.as_bytes()[at + 1] - b'0')
        };
        if !PROVINCES.contains(&(two(0) as u8)) {
            return Err(refuse(
                "province",
                &format!("{:02} is not a province code", two(0)),
            ));
        }
        if two(4) == 0 {
            return Err(refuse("region", "digits 5–6 (the district) are 00"));
        }
        let (day, female) = match two(6) {
            d @ 41..=71 => (d - 40, true),
            d => (d, false),
        };
        let (month, yy) = (two(8), two(10) as i32);
        let year = if 2000 + yy <= today.year() {
            2000 + yy
        } else {
            1900 + yy
        };
        let born = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
            refuse(
                "birth_date",
                &format!(
                    "digits 7–12 are no date of birth (day {:02}, month {:02}); women's days are 41–71",
                    two(6),
                    month
                ),
            )
        })?;
        if &digits[12..] == "0000" {
            return Err(refuse(
                "serial",
                "the serial (last four digits) starts at 0001",
            ));
        }
        Ok(SightedNik {
            digits,
            born,
            female,
        })
    }

    /// `317101******0001`: what the register keeps.
    pub fn masked(&self) -> String {
        format!("{}******{}", &self.digits[..6], &self.digits[12..])
    }

    /// The digits, to compare with the NIKs on confirmed records (never stored).
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// Whether the person is under 18 on `today`.
    pub fn is_minor(&self, today: NaiveDate) -> bool {
        let mut age = today.year() - self.born.year();
        if (today.month(), today.day()) < (self.born.month(), self.born.day()) {
            age -= 1;
        }
        age < 18
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
    }

    #[test]
    fn valid_niks_give_their_date_of_birth() {
        for (nik, born, female) in [
            ("3171014508900001", "1990-08-05", true),
            ("3171 0105 0890 0001", "1990-08-05", false),
            ("51.71.03.290200.0042", "2000-02-29", false),
            ("9601036912150007", "2015-12-29", true),
            ("1101010101990001", "1999-01-01", false),
        ] {
            let n = SightedNik::parse(nik, today()).unwrap_or_else(|e| panic!("{nik}: {e}"));
            assert_eq!(n.born.to_string(), born, "{nik}");
            assert_eq!(n.female, female, "{nik}: day + 40 for women");
        }
    }

    #[test]
    fn invalid_niks_are_refused_with_why() {
        for (nik, reason) in [
            ("317101450890000", "length"),
            ("31710145089000011", "length"),
            ("3171O14508900001", "format"),
            ("2071014508900001", "province"),
            ("9771014508900001", "province"),
            ("3171004508900001", "region"),
            ("3171013102900001", "birth_date"),
            ("3171017202900001", "birth_date"),
            ("3171010008900001", "birth_date"),
            ("3171012902010001", "birth_date"),
            ("3171011513900001", "birth_date"),
            ("3171010508900000", "serial"),
        ] {
            let err = SightedNik::parse(nik, today()).expect_err(nik);
            assert_eq!(err.reason(), Some(reason), "{nik}: {err}");
        }
    }

    #[test]
    fn the_nik_tells_a_minor() {
        let child = SightedNik::parse("3171011512150001", today()).unwrap();
        assert!(child.is_minor(today()), "born 15 Dec 2015: 10 years old");
        let adult = SightedNik::parse("3171010312080001", today()).unwrap();
        assert!(!adult.is_minor(today()), "born 3 Dec 2008: 18 today");
        assert_eq!(adult.masked(), "317101******0001");
    }
}
