//! The office profile: who answers the requests, where, on which clock and under which letterhead.

use crate::{CoreError, Result};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Indonesia's three time zones. None observes daylight saving, so each is a fixed offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum OfficeZone {
    #[serde(rename = "Asia/Jakarta")]
    Jakarta,
    #[serde(rename = "Asia/Makassar")]
    Makassar,
    #[serde(rename = "Asia/Jayapura")]
    Jayapura,
}

impl OfficeZone {
    pub const ALL: [OfficeZone; 3] = [
        OfficeZone::Jakarta,
        OfficeZone::Makassar,
        OfficeZone::Jayapura,
    ];

    /// IANA name, as stored and as accepted on the command line.
    pub fn iana(self) -> &'static str {
        match self {
            OfficeZone::Jakarta => "Asia/Jakarta",
            OfficeZone::Makassar => "Asia/Makassar",
            OfficeZone::Jayapura => "Asia/Jayapura",
        }
    }

    /// The Indonesian abbreviation printed after times: WIB, WITA, WIT.
    pub fn abbreviation(self) -> &'static str {
        match self {
            OfficeZone::Jakarta => "WIB",
            OfficeZone::Makassar => "WITA",
            OfficeZone::Jayapura => "WIT",
        }
    }

    pub fn offset(self) -> FixedOffset {
        let hours = match self {
            OfficeZone::Jakarta => 7,
            OfficeZone::Makassar => 8,
            OfficeZone::Jayapura => 9,
        };
        FixedOffset::east_opt(hours * 3600).expect("offset within a day")
    }

    /// An instant shown on this office's wall clock.
    pub fn local(self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&self.offset())
    }

    /// Accepts the IANA name or the abbreviation (case-insensitive).
    pub fn parse(text: &str) -> Result<OfficeZone> {
        let t = text.trim();
        OfficeZone::ALL
            .into_iter()
            .find(|z| z.iana().eq_ignore_ascii_case(t) || z.abbreviation().eq_ignore_ascii_case(t))
            .ok_or_else(|| {
                CoreError::invalid(
                    "time_zone",
                    "unknown",
                    format!("unknown time zone {}: use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)", crate::text::quoted(t)),
                )
            })
    }
}

/// The office as stored. `logo` is not carried here (it is a PNG blob); `has_logo` says whether one is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OfficeProfile {
    pub name: String,
    pub address: String,
    /// Lines printed under the name on every letter (phone, e-mail, NIB…).
    pub letterhead: Vec<String>,
    pub has_logo: bool,
    /// The city letters are dated from ("Denpasar, 3 Desember 2026").
    pub city: String,
    /// Who signs the letters, and their position (jabatan).
    pub signatory_name: String,
    pub signatory_position: String,
    /// e.g. `{seq}/PDP/{roman_month}/{year}`; see [`letter_number`].
    pub letter_number_pattern: String,
    pub time_zone: OfficeZone,
    /// The office's promised response window in working days.
    pub policy_days: u32,
    pub observes_cuti_bersama: bool,
    /// True while the seeded demonstration office is active.
    pub is_demo: bool,
}

/// A change to the office profile; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OfficeUpdate {
    pub name: Option<String>,
    pub address: Option<String>,
    pub letterhead: Option<Vec<String>>,
    pub city: Option<String>,
    pub signatory_name: Option<String>,
    pub signatory_position: Option<String>,
    pub letter_number_pattern: Option<String>,
    pub time_zone: Option<OfficeZone>,
    pub policy_days: Option<u32>,
    pub observes_cuti_bersama: Option<bool>,
}

const PLACEHOLDERS: [&str; 5] = ["{seq}", "{year}", "{month}", "{roman_month}", "{office}"];

impl OfficeUpdate {
    /// Applies the change to `profile`, validating every field given.
    pub fn apply_to(&self, profile: &mut OfficeProfile) -> Result<()> {
        if let Some(name) = &self.name {
            let name = name.trim();
            if name.is_empty() {
                return Err(CoreError::invalid(
                    "name",
                    "required",
                    "the office name is required",
                ));
            }
            check_len("name", name, 200)?;
            profile.name = name.to_string();
        }
        if let Some(address) = &self.address {
            check_len("address", address, 500)?;
            profile.address = address.trim().to_string();
        }
        if let Some(lines) = &self.letterhead {
            if lines.len() > 6 {
                return Err(CoreError::invalid(
                    "letterhead",
                    "too_long",
                    "at most 6 letterhead lines fit on a letter",
                ));
            }
            for l in lines {
                check_len("letterhead", l, 120)?;
            }
            profile.letterhead = lines
                .iter()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect();
        }
        for (field, value, target) in [
            ("city", &self.city, &mut profile.city),
            (
                "signatory_name",
                &self.signatory_name,
                &mut profile.signatory_name,
            ),
            (
                "signatory_position",
                &self.signatory_position,
                &mut profile.signatory_position,
            ),
        ] {
            if let Some(v) = value {
                check_len(field, v, 120)?;
                *target = crate::text::check_typed(field, v.trim())?;
            }
        }
        if let Some(p) = &self.letter_number_pattern {
            validate_pattern(p)?;
            profile.letter_number_pattern = p.trim().to_string();
        }
        if let Some(z) = self.time_zone {
            profile.time_zone = z;
        }
        if let Some(d) = self.policy_days {
            if !(1..=365).contains(&d) {
                return Err(CoreError::invalid(
                    "policy_days",
                    "range",
                    "the policy window must be between 1 and 365 working days",
                ));
            }
            profile.policy_days = d;
        }
        if let Some(c) = self.observes_cuti_bersama {
            profile.observes_cuti_bersama = c;
        }
        Ok(())
    }
}

fn check_len(field: &'static str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(CoreError::invalid(
            field,
            "too_long",
            format!("at most {max} characters"),
        ));
    }
    Ok(())
}

fn validate_pattern(p: &str) -> Result<()> {
    let p = p.trim();
    if !p.contains("{seq}") {
        return Err(CoreError::invalid(
            "letter_number_pattern",
            "format",
            "the pattern must contain {seq}",
        ));
    }
    let mut rest = p;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map(|c| open + c).ok_or_else(|| {
            CoreError::invalid(
                "letter_number_pattern",
                "format",
                "unclosed { in the pattern",
            )
        })?;
        let token = &rest[open..=close];
        if !PLACEHOLDERS.contains(&token) {
            return Err(CoreError::invalid(
                "letter_number_pattern",
                "format",
                format!(
                    "unknown placeholder {token}; use {}",
                    PLACEHOLDERS.join(" ")
                ),
            ));
        }
        rest = &rest[close + 1..];
    }
    check_len("letter_number_pattern", p, 80)
}

/// Fills a letter-number pattern: `{seq}` (three digits), `{year}`, `{month}` (two digits),
/// `{roman_month}` (I–XII, as Indonesian letters number them) and `{office}` (the office's initials).
pub fn letter_number(pattern: &str, seq: u32, date: NaiveDate, office_name: &str) -> String {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    let initials: String = office_name
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    pattern
        .replace("{seq}", &format!("{seq:03}"))
        .replace("{year}", &date.year().to_string())
        .replace("{month}", &format!("{:02}", date.month()))
        .replace("{roman_month}", ROMAN[date.month0() as usize])
        .replace("{office}", &initials)
}

/// The first letter number of the current month on the office's clock under `pattern`, as the
/// settings screen shows it while the pattern is typed; a pattern that saving would refuse gives
/// the same error.
pub fn letter_number_example(
    pattern: &str,
    office_name: &str,
    zone: OfficeZone,
    now: DateTime<Utc>,
) -> Result<String> {
    validate_pattern(pattern)?;
    Ok(letter_number(
        pattern.trim(),
        1,
        zone.local(now).date_naive(),
        office_name,
    ))
}

/// Largest logo accepted: a letterhead logo needs a few hundred kilobytes at most.
const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// A letterhead logo must be a PNG image smaller than 2 MB.
pub fn check_logo(png: &[u8]) -> Result<()> {
    if !png.starts_with(PNG_MAGIC) {
        return Err(CoreError::invalid(
            "logo",
            "format",
            "the logo must be a PNG image",
        ));
    }
    if png.len() > MAX_LOGO_BYTES {
        return Err(CoreError::invalid(
            "logo",
            "too_long",
            "the logo must be smaller than 2 MB",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_this_months_first_number_on_the_office_clock() {
        use chrono::TimeZone;
        // 30 November 17:30 UTC is already 1 December in Jayapura (WIT, UTC+9).
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 17, 30, 0).unwrap();
        assert_eq!(
            letter_number_example(
                "{seq}/{office}/{roman_month}/{year}",
                "CV Maju Jaya",
                OfficeZone::Jayapura,
                now
            )
            .unwrap(),
            "001/CMJ/XII/2026",
            "the month is the office's"
        );
        let bad = letter_number_example("PDP/{year}", "x", OfficeZone::Jakarta, now).unwrap_err();
        assert_eq!(
            bad.field(),
            Some("letter_number_pattern"),
            "the pattern is checked as saving checks it: {bad}"
        );
    }

    #[test]
    fn zones_parse_by_name_and_abbreviation() {
        assert_eq!(OfficeZone::parse("WITA").unwrap(), OfficeZone::Makassar);
        assert_eq!(
            OfficeZone::parse("asia/jayapura").unwrap(),
            OfficeZone::Jayapura
        );
        assert!(
            OfficeZone::parse("Europe/Paris").is_err(),
            "only Indonesian zones are offered"
        );
    }

    #[test]
    fn letter_number_fills_every_placeholder() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(
            letter_number(
                "{seq}/PDP/{office}/{roman_month}/{year}",
                7,
                d,
                "3D Lab Bali"
            ),
            "007/PDP/3LB/XI/2026"
        );
        assert_eq!(
            letter_number("{year}-{month}-{seq}", 12, d, "x"),
            "2026-11-012"
        );
    }

    #[test]
    fn patterns_are_checked() {
        let mut p = OfficeProfile {
            name: "X".into(),
            address: String::new(),
            letterhead: vec![],
            has_logo: false,
            city: String::new(),
            signatory_name: String::new(),
            signatory_position: String::new(),
            letter_number_pattern: "{seq}".into(),
            time_zone: OfficeZone::Jakarta,
            policy_days: 30,
            observes_cuti_bersama: true,
            is_demo: false,
        };
        for bad in ["PDP/{year}", "{seq}/{nope}", "{seq}/{year"] {
            let u = OfficeUpdate {
                letter_number_pattern: Some(bad.into()),
                ..Default::default()
            };
            assert!(
                u.apply_to(&mut p).is_err(),
                "pattern {bad:?} must be refused"
            );
        }
        let u = OfficeUpdate {
            policy_days: Some(0),
            ..Default::default()
        };
        assert!(
            u.apply_to(&mut p).is_err(),
            "a zero-day window makes no sense"
        );
    }
}
