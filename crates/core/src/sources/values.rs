//! Cleaning a cell the way a person reads it, keeping the raw text: formula guards that exports
//! put in front of values (csv-safe's `'`, Jurnal's `‘`, Contact Form 7's "Security Alert"
//! prefix), padding, and telling when Excel has damaged a phone number or a NIK.

/// What Contact Form 7 / Flamingo writes before a cell that starts with `= + - @`.
const CF7_ALERT: &str = "(Security Alert: Suspicious content is detected.";

/// The value without formula guards and surrounding spaces.
pub fn clean(raw: &str) -> &str {
    let mut v = raw.trim();
    if v.starts_with(CF7_ALERT) {
        if let Some(end) = v.find(" for details.)") {
            v = v[end + " for details.)".len()..].trim_start();
        }
    }
    if let Some(rest) = v.strip_prefix('\'').or_else(|| v.strip_prefix('‘')) {
        v = rest;
    }
    v
}

/// A warning when a phone or NIK cell shows Excel's damage: scientific notation (digits lost,
/// cannot be matched) or a mobile number that lost its leading 0. The warning names the damage,
/// not the value: file reports are kept in the store, which holds no identifier in clear.
pub fn identifier_damage(value: &str) -> Option<String> {
    let v = value.trim();
    let scientific = v.contains(['E', 'e'])
        && v.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'E' | 'e' | '+' | '-'))
        && v.chars().next().is_some_and(|c| c.is_ascii_digit());
    if scientific {
        return Some(
            "a number in scientific notation (Excel): its digits are lost and it cannot be matched"
                .into(),
        );
    }
    let digits = v.chars().all(|c| c.is_ascii_digit());
    if digits && v.starts_with('8') && (9..=12).contains(&v.len()) {
        return Some("a mobile number that lost its leading 0 (Excel)".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_are_removed_and_the_rest_kept() {
        assert_eq!(clean("'+62812345678901"), "+62812345678901");
        assert_eq!(clean("‘20/12/2016"), "20/12/2016");
        assert_eq!(
            clean("(Security Alert: Suspicious content is detected. See https://contactform7.com/heads-up-about-spreadsheet-vulnerabilities for details.) +62 857 7193 9700"),
            "+62 857 7193 9700"
        );
        assert_eq!(clean("  Budi  "), "Budi");
    }

    #[test]
    fn excel_damage_is_flagged() {
        assert!(identifier_damage("8,12346E+11")
            .unwrap()
            .contains("scientific"));
        assert!(identifier_damage("3,27301E+15").is_some());
        assert!(identifier_damage("81234567890")
            .unwrap()
            .contains("leading 0"));
        assert_eq!(identifier_damage("081234567890"), None);
        assert_eq!(identifier_damage("+6281234567890"), None);
    }
}
