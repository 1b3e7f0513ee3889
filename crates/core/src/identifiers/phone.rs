//! Phone numbers to E.164, with Indonesia as the default region, through libphonenumber's rules.

use crate::text::quoted;
use crate::{CoreError, Result};
use rlibphonenumber::phonenumber_matcher::FindNumberExt;
use rlibphonenumber::{enums::Region, ParseError, PhoneNumberFormat, PHONE_NUMBER_UTIL};

/// `0812-3456-7890`, `62812…`, `+62 812 …`, `(0361) 234567` → `+62…`. Invalid numbers are refused.
pub fn to_e164(text: &str) -> Result<String> {
    let bad = |reason: &'static str, why: &str| {
        CoreError::invalid(
            "phone",
            reason,
            format!("{} is not a phone number: {why}", quoted(text)),
        )
    };
    let t = text.trim();
    if t.is_empty() {
        return Err(bad("format", "it is empty"));
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    // Written without + but with the country code (62812…): libphonenumber would read it as a
    // national number, so say it is international.
    let candidate = if t.starts_with("62") && digits >= 10 {
        format!("+{t}")
    } else {
        t.to_string()
    };
    let number = PHONE_NUMBER_UTIL
        .parse(&candidate, Some(Region::ID))
        .map_err(|e| match e {
            ParseError::NotANumber(_) if t.chars().any(char::is_alphabetic) => {
                bad("letters", "it has letters")
            }
            ParseError::NotANumber(_) => bad("format", "it is not written as a phone number"),
            ParseError::InvalidCountryCode => {
                bad("country_code", "the country code after + is unknown")
            }
            ParseError::TooShortAfterIdd | ParseError::TooShortNsn => {
                bad("too_short", "too short for a phone number")
            }
            ParseError::TooLongNsn => bad("too_long", "too long for an Indonesian number"),
        })?;
    if !PHONE_NUMBER_UTIL.is_valid_number(&number) {
        return Err(bad("format", "not a valid number for its country"));
    }
    Ok(PHONE_NUMBER_UTIL
        .format(&number, PhoneNumberFormat::E164)
        .into_owned())
}

/// A phone number found in free text: where it stands and its E.164 form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundPhone {
    pub start: usize,
    pub end: usize,
    pub e164: String,
}

/// Every valid phone number in a text (messages, addresses, signatures), Indonesia by default.
pub fn find_in_text(text: &str) -> Vec<FoundPhone> {
    text.find_phone_numbers_with_preferred_region(Region::ID)
        .filter(|m| PHONE_NUMBER_UTIL.is_valid_number(&m.number))
        .map(|m| FoundPhone {
            start: m.start,
            end: m.end(),
            e164: PHONE_NUMBER_UTIL
                .format(&m.number, PhoneNumberFormat::E164)
                .into_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_spellings_become_e164() {
        for (input, want) in [
            ("0859-6142-9667", "+6285961429667"),
            ("+62 853-9831-7561", "+6285398317561"),
            ("6281234567890", "+6281234567890"),
            ("(021) 555-1234", "+62215551234"),
            ("+62812-3456-7890", "+6281234567890"),
        ] {
            assert_eq!(to_e164(input).unwrap(), want, "input {input:?}");
        }
    }

    #[test]
    fn numbers_are_found_in_free_text() {
        let text =
            "HP saya 0859-6142-9667, kantor (021) 555-1234 atau +62 853-9831-7561. Invoice 11676.";
        let found: Vec<String> = find_in_text(text).into_iter().map(|f| f.e164).collect();
        assert_eq!(
            found,
            ["+6285961429667", "+62215551234", "+6285398317561"],
            "invoice numbers are not phones"
        );
        let f = &find_in_text(text)[0];
        assert_eq!(&text[f.start..f.end], "0859-6142-9667");
    }

    #[test]
    fn garbage_is_refused() {
        for bad in ["", "12345", "abc", "0812"] {
            assert!(to_e164(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
