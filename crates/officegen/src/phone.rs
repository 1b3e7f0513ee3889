//! Indonesian mobile numbers and the ways people write them. A number is kept as its national
//! significant number (NSN: no leading 0, no +62), e.g. `81234567890`.

use crate::pools::OPERATOR_PREFIXES;
use crate::rng::Rng;

/// A way of writing a mobile number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneStyle {
    /// `081234567890`
    Local,
    /// `0812-3456-7890`
    LocalDash,
    /// `0812 3456 7890`
    LocalSpace,
    /// `+6281234567890`
    E164,
    /// `6281234567890`
    Intl62,
    /// `+62 812-3456-7890`, how WhatsApp shows an unsaved number
    WhatsApp,
    /// `+62 812 3456 7890`
    IntlSpace,
    /// `(+62) 812-3456-7890`
    Paren,
    /// `62-812-3456-7890`
    Intl62Dash,
    /// `81234567890`, a spreadsheet that took the number for a number
    ExcelLostZero,
}

/// Every style a person writes by hand (not the spreadsheet's damage).
pub const WRITTEN_STYLES: [PhoneStyle; 9] = [
    PhoneStyle::Local,
    PhoneStyle::LocalDash,
    PhoneStyle::LocalSpace,
    PhoneStyle::E164,
    PhoneStyle::Intl62,
    PhoneStyle::WhatsApp,
    PhoneStyle::IntlSpace,
    PhoneStyle::Paren,
    PhoneStyle::Intl62Dash,
];

/// How often each style appears in free-text fields.
pub const FREE_STYLES: &[(PhoneStyle, u32)] = &[
    (PhoneStyle::Local, 30),
    (PhoneStyle::LocalDash, 20),
    (PhoneStyle::LocalSpace, 10),
    (PhoneStyle::E164, 12),
    (PhoneStyle::Intl62, 10),
    (PhoneStyle::WhatsApp, 8),
    (PhoneStyle::IntlSpace, 5),
    (PhoneStyle::Paren, 3),
    (PhoneStyle::Intl62Dash, 2),
];

/// The display groups of an NSN: 3-3-rest up to 9 digits, else 3-4-rest.
fn groups(nsn: &str) -> [&str; 3] {
    let cut = if nsn.len() <= 9 { 6 } else { 7 };
    [&nsn[..3], &nsn[3..cut], &nsn[cut..]]
}

/// `nsn` written in `style`.
pub fn format(nsn: &str, style: PhoneStyle) -> String {
    let [a, b, c] = groups(nsn);
    match style {
        PhoneStyle::Local => format!("0{nsn}"),
        PhoneStyle::LocalDash => format!("0{a}-{b}-{c}"),
        PhoneStyle::LocalSpace => format!("0{a} {b} {c}"),
        PhoneStyle::E164 => format!("+62{nsn}"),
        PhoneStyle::Intl62 => format!("62{nsn}"),
        PhoneStyle::WhatsApp => format!("+62 {a}-{b}-{c}"),
        PhoneStyle::IntlSpace => format!("+62 {a} {b} {c}"),
        PhoneStyle::Paren => format!("(+62) {a}-{b}-{c}"),
        PhoneStyle::Intl62Dash => format!("62-{a}-{b}-{c}"),
        PhoneStyle::ExcelLostZero => nsn.to_string(),
    }
}

/// A new mobile NSN of `len` digits (9–12), or of a typical length.
pub fn new_nsn(rng: &mut Rng, len: Option<usize>) -> String {
    let prefix = rng.pick(OPERATOR_PREFIXES);
    let len = len.unwrap_or_else(|| rng.weighted(&[(11, 50), (10, 33), (12, 8), (9, 9)]));
    format!("{prefix}{}", rng.digits(len - 3))
}

/// The written forms of `nsn` that occur in `text`, longest first, none inside another found.
pub fn forms_in(text: &str, nsn: &str) -> Vec<String> {
    let mut forms: Vec<String> = WRITTEN_STYLES.iter().map(|s| format(nsn, *s)).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    let mut found: Vec<String> = Vec::new();
    for f in forms {
        if text.contains(&f) && !found.iter().any(|g| g.contains(&f)) {
            found.push(f);
        }
    }
    found
}

/// How Excel (id-ID) shows a long number in General format, e.g. `3,27301E+15`.
pub fn excel_scientific(digits: &str) -> String {
    let exp = digits.len() - 1;
    let mantissa: f64 = digits.parse::<f64>().unwrap_or(0.0) / 10f64.powi(exp as i32);
    format!("{mantissa:.5}E+{exp}").replacen('.', ",", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_write_the_number_as_people_do() {
        let n = "81234567890";
        assert_eq!(format(n, PhoneStyle::LocalDash), "0812-3456-7890");
        assert_eq!(format(n, PhoneStyle::WhatsApp), "+62 812-3456-7890");
        assert_eq!(format("812345678", PhoneStyle::LocalSpace), "0812 345 678");
        assert_eq!(
            forms_in("WA +62 812-3456-7890 atau 0812-3456-7890", n),
            ["+62 812-3456-7890", "0812-3456-7890"],
            "both written forms are found, the shorter E.164 inside neither"
        );
        assert_eq!(excel_scientific("6281234567890"), "6,28123E+12");
    }
}
