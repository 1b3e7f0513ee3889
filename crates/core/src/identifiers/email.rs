//! E-mail addresses as a requester writes them: surrounding spaces, `mailto:`, angle brackets.

use crate::{CoreError, Result};

/// Cleans and checks a contact address; the domain is case-folded, and so is the local part, since
/// no mail system an Indonesian office meets treats it case-sensitively.
pub fn normalise(text: &str) -> Result<String> {
    fn unwrap(s: &str) -> &str {
        s.trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .trim()
    }
    let mut s = unwrap(text);
    // `get` and not `[..7]`: the seventh byte may be inside a character ("ani@exämple.com").
    if let Some(rest) = s
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .and_then(|_| s.get(7..))
    {
        s = unwrap(rest);
    }
    let bad = |why: &str| {
        CoreError::invalid(
            "email",
            "format",
            format!(
                "{} is not an e-mail address: {why}",
                crate::text::quoted(text)
            ),
        )
    };
    if s.is_empty() {
        return Err(bad("empty"));
    }
    if s.len() > 254 {
        return Err(bad("longer than 254 characters"));
    }
    if s.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, ',' | ';' | ':' | '<' | '>' | '"')
    }) {
        return Err(bad("it contains spaces or separators"));
    }
    let (local, domain) = s.rsplit_once('@').ok_or_else(|| bad("no @"))?;
    if local.is_empty() || local.contains('@') {
        return Err(bad("the part before @ is empty or has another @"));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return Err(bad("the domain after @ is not a host name"));
    }
    Ok(s.to_lowercase())
}

/// The e-mail addresses written in free text (messages, signatures), as written.
pub fn find_in_text(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '<' | '>' | '"' | '\'')
    })
    .filter(|t| t.contains('@'))
    .map(|t| t.trim_end_matches(['.', ':', '!', '?']))
    .filter(|t| normalise(t).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_what_people_paste() {
        assert_eq!(
            normalise("  Budi.Santoso@Example.CO.ID ").unwrap(),
            "budi.santoso@example.co.id"
        );
        assert_eq!(
            normalise("mailto:ana@example.com").unwrap(),
            "ana@example.com"
        );
        assert_eq!(normalise("<ana@example.com>").unwrap(), "ana@example.com");
        assert_eq!(
            normalise("<mailto:Ana@example.com>").unwrap(),
            "ana@example.com",
            "brackets around a mailto: link"
        );
        assert_eq!(
            normalise("ani@exämple.com").unwrap(),
            "ani@exämple.com",
            "a letter with an accent at the seventh byte is no reason to panic"
        );
    }

    #[test]
    fn finds_addresses_in_text() {
        let found: Vec<&str> =
            find_in_text("Email saya: ana@example.com. Atau (budi@example.co.id), bukan a@b.")
                .collect();
        assert_eq!(found, ["ana@example.com", "budi@example.co.id"]);
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana @example.com",
            "a@b@c.com",
            "ana@-x.com",
        ] {
            assert!(normalise(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
