//! The deletion certificate (Berita Acara Penghapusan Data Pribadi), the rules: its statement —
//! what it says, as canonical JSON (`statement`) —, the page it is printed on (`layout`), and the
//! Ed25519 seal over the whole PDF (`seal`). Pure: the use case (`desk::deletion::certificate`)
//! gathers the facts, holds the office's key, numbers and keeps it.

pub mod layout;
pub mod seal;
mod statement;

pub use statement::{
    OfficePart, OpenSystem, RedactionHash, RequestPart, Statement, SubjectPart, FORMAT,
    STATEMENT_FILE,
};

use sha2::{Digest, Sha256};

/// The public key's fingerprint as printed: SHA-256 of its 32 bytes in groups of four hex
/// digits (`3f2a 9c01 …`).
pub fn fingerprint(public_key: &[u8; 32]) -> String {
    let hex = format!("{:x}", Sha256::digest(public_key));
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is not mistaken.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The short verification code of a statement: the first 60 bits of SHA-256 of its canonical
/// bytes in base 32, as three groups of four (`K7QD-9XMB-2FTA`). Printed on the certificate and
/// said by `certificate verify`; on paper it names the certificate when the file is not at hand.
pub fn verification_code(statement: &[u8]) -> String {
    let digest = Sha256::digest(statement);
    let bits = u64::from_be_bytes(digest[..8].try_into().unwrap_or([0; 8])) >> 4;
    let chars: Vec<u8> = (0..12)
        .rev()
        .map(|i| ALPHABET[((bits >> (5 * i)) & 31) as usize])
        .collect();
    chars
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_and_the_code_are_short_groups_of_their_hashes() {
        let print = fingerprint(&[7; 32]);
        assert_eq!(print.len(), 64 + 15, "16 groups of 4 hex digits: {print}");
        assert!(print.split(' ').all(|g| g.len() == 4));
        let code = verification_code(b"{\"format\":\"x\"}");
        assert_eq!(code.len(), 14, "{code}");
        assert!(
            code.chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8))),
            "no I, L, O or U: {code}"
        );
        assert_ne!(
            verification_code(b"{\"format\":\"y\"}"),
            code,
            "another statement, another code"
        );
    }

    #[test]
    fn a_printed_and_sealed_certificate_gives_its_statement_back() {
        let key = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
        let mut s = statement::tests::sample();
        s.public_key = key
            .verifying_key()
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let canonical = s.canonical();
        let paper = layout::Paper {
            letterhead: crate::pdf::Letterhead {
                name: s.office.name.clone(),
                lines: vec![s.office.address.clone()],
                logo: None,
            },
            code: verification_code(&canonical),
            fingerprint: fingerprint(key.verifying_key().as_bytes()),
            issued: "03-12-2026 10.15 WITA".into(),
            canonical: canonical.clone(),
        };
        let rendered = crate::pdf::render(&layout::document(&s, &paper)).unwrap();
        let sealed = seal::seal(rendered.bytes, &key);
        let opened = seal::open(&sealed).expect("the seal holds");
        let attached = crate::pdf::attached(opened.content, STATEMENT_FILE)
            .expect("the statement is attached");
        assert_eq!(attached, canonical, "attached byte for byte");
        assert_eq!(Statement::read(&attached).unwrap(), s);
        assert_eq!(s.key_bytes(), Some(*opened.key.as_bytes()));
    }
}
