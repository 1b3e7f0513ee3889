//! CSV cells a spreadsheet would run as a formula are neutralised with a leading apostrophe:
//! cells starting with `=`, `@`, a tab or a carriage return, and `+` or `-` followed by anything
//! but a plain number or a phone number. `+62 812-3456-7890` and `-15000` stay as written.

use std::borrow::Cow;

fn plain_number_or_phone(rest: &str) -> bool {
    !rest.is_empty()
        && rest.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | ',' | '(' | ')'))
}

/// The cell as it goes into a CSV file.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some(sign @ ('+' | '-')) => !plain_number_or_phone(&cell[sign.len_utf8()..]),
        _ => false,
    };
    if risky {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_and_phones_kept() {
        for risky in [
            "=1+1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "+HYPERLINK(\"x\")",
            "-2+3*cmd|' /C calc'!A0",
            "+",
            "-a",
        ] {
            assert_eq!(
                neutralise(risky),
                format!("'{risky}"),
                "{risky:?} is defused"
            );
        }
        for kept in [
            "+62 812-3456-7890",
            "-15000",
            "-1.5",
            "+6281234567890",
            "(021) 555",
            "Budi",
            "",
            "a=b",
        ] {
            assert_eq!(neutralise(kept), kept, "{kept:?} stays as written");
        }
    }
}
