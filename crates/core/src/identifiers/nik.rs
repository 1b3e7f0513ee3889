//! NIK, the 16-digit Indonesian population number: structure check and masking. The register never
//! stores a NIK in clear; it keeps the region code and the last four digits.

use crate::{CoreError, Result};

/// A NIK that passed the structure check.
pub struct Nik(String);

impl Nik {
    /// Accepts 16 digits, optionally grouped with spaces, dots or dashes. Checks the province code
    /// (11–99), the day of birth (1–31, or 41–71 for women) and the month; the year and the
    /// serial cannot be checked offline.
    pub fn parse(text: &str) -> Result<Nik> {
        let bad = |why: &str| CoreError::invalid("nik", "format", format!("not a NIK: {why}"));
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        if digits.len() != 16 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad("a NIK has exactly 16 digits"));
        }
        let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
        if num(0..2) < 11 {
            return Err(bad("the first two digits are not a province code"));
        }
        let day = num(6..8);
        if !((1..=31).contains(&day) || (41..=71).contains(&day)) {
            return Err(bad("digits 7–8 are not a day of birth (1–31, women 41–71)"));
        }
        if !(1..=12).contains(&num(8..10)) {
            return Err(bad("digits 9–10 are not a month"));
        }
        if num(12..16) == 0 {
            return Err(bad("the serial (last four digits) starts at 0001"));
        }
        Ok(Nik(digits))
    }

    /// `317101******0001`: region kept for the letter, birth date and the rest hidden.
    pub fn masked(&self) -> String {
        format!("{}******{}", &self.0[..6], &self.0[12..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_nik_is_masked() {
        let n = Nik::parse("3171 0145 0890 0001").expect("a woman born 5 Aug 1990 in Jakarta");
        assert_eq!(n.masked(), "317101******0001");
    }

    #[test]
    fn structure_is_checked() {
        for bad in [
            "317101450890000",
            "3171014508900001x",
            "0571014508900001",
            "3171013508900001",
            "3171011513900001",
            "3171011508900000",
        ] {
            assert!(Nik::parse(bad).is_err(), "{bad} must be refused");
        }
    }
}
