//! The seal of a certificate: an Ed25519 signature over SHA-256 of every byte of the PDF before
//! it, written as one PDF comment line after `%%EOF`:
//!
//! ```text
//! %PDPDESK-SIGNATURE v1 ed25519 key=<public key, base64> sig=<signature, base64>
//! ```
//!
//! PDF readers ignore what follows `%%EOF` (poppler, pdf.js and qpdf open the file as before),
//! so the certificate stays an ordinary PDF; and since the signature covers the PDF's every byte
//! — its pages, its embedded statement, its metadata —, a flipped byte, an edited text, or a
//! re-save by a PDF program (which rewrites the file and drops or displaces the line) breaks
//! it. What is signed is `CONTEXT` followed by the 32 bytes of the digest, so that this
//! signature can never be taken for one over something else.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The start of the seal's line.
pub const MARK: &[u8] = b"%PDPDESK-SIGNATURE v1 ed25519 ";
const CONTEXT: &[u8] = b"PDP Desk deletion certificate, seal v1\n";

fn message(content: &[u8]) -> Vec<u8> {
    let mut m = CONTEXT.to_vec();
    m.extend_from_slice(&Sha256::digest(content));
    m
}

/// The PDF with its seal line appended.
pub fn seal(mut pdf: Vec<u8>, key: &SigningKey) -> Vec<u8> {
    if !pdf.ends_with(b"\n") {
        pdf.push(b'\n');
    }
    let signature = key.sign(&message(&pdf));
    let line = format!(
        "key={} sig={}\n",
        STANDARD.encode(key.verifying_key().as_bytes()),
        STANDARD.encode(signature.to_bytes())
    );
    pdf.extend_from_slice(MARK);
    pdf.extend_from_slice(line.as_bytes());
    pdf
}

/// Why a file's seal does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// No seal line: not a PDP Desk certificate, or re-saved by a program that dropped it.
    Missing,
    /// Bytes follow the seal line (a PDF editor's incremental save appends its changes).
    Appended { bytes: usize },
    /// The line is there but cannot be read.
    Malformed,
    /// The signature does not match the bytes: something in the file changed.
    Mismatch,
}

impl Broken {
    pub fn code(&self) -> &'static str {
        match self {
            Broken::Missing => "missing",
            Broken::Appended { .. } => "appended",
            Broken::Malformed => "malformed",
            Broken::Mismatch => "mismatch",
        }
    }
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Broken::Missing => f.write_str(
                "the file carries no PDP Desk signature: it is not a PDP Desk certificate, or a PDF program saved it again and dropped the signature",
            ),
            Broken::Appended { bytes } => write!(
                f,
                "{bytes} bytes were added after the signature (a PDF editor saving its changes appends them)",
            ),
            Broken::Malformed => f.write_str("the signature line of the file is damaged"),
            Broken::Mismatch => f.write_str(
                "the signature does not match the file's content: the file was changed after it was signed",
            ),
        }
    }
}

/// A seal that holds: the signed PDF before the line, and the key that signed it.
#[derive(Debug)]
pub struct Sealed<'a> {
    pub content: &'a [u8],
    pub key: VerifyingKey,
}

fn decode<const N: usize>(text: &[u8]) -> Option<[u8; N]> {
    let bytes = STANDARD.decode(text).ok()?;
    bytes.try_into().ok()
}

/// Checks a file's seal. On success the signed content and its public key; the key says only who
/// signed it, not whether that is the office it claims to be (compare the fingerprint).
pub fn open(file: &[u8]) -> Result<Sealed<'_>, Broken> {
    let start = file
        .windows(MARK.len() + 1)
        .rposition(|w| w[0] == b'\n' && &w[1..] == MARK)
        .map(|i| i + 1)
        .ok_or(Broken::Missing)?;
    let rest = &file[start + MARK.len()..];
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(Broken::Malformed)?;
    let after = rest.len() - end - 1;
    if after > 0 {
        return Err(Broken::Appended { bytes: after });
    }
    let line = &rest[..end];
    let mut parts = line.split(|&b| b == b' ');
    let (Some(key), Some(sig), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(Broken::Malformed);
    };
    let key = key
        .strip_prefix(b"key=")
        .and_then(decode::<32>)
        .and_then(|k| VerifyingKey::from_bytes(&k).ok())
        .ok_or(Broken::Malformed)?;
    let sig = sig
        .strip_prefix(b"sig=")
        .and_then(decode::<64>)
        .map(|s| Signature::from_bytes(&s))
        .ok_or(Broken::Malformed)?;
    let content = &file[..start];
    key.verify_strict(&message(content), &sig)
        .map_err(|_| Broken::Mismatch)?;
    Ok(Sealed { content, key })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    #[test]
    fn a_sealed_file_opens_and_any_flipped_byte_breaks_it() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n".to_vec();
        let sealed = seal(pdf.clone(), &key(1));
        let opened = open(&sealed).expect("the seal holds");
        assert_eq!(opened.content, &pdf[..], "the signed part is the PDF");
        assert_eq!(opened.key, key(1).verifying_key());
        for i in 0..sealed.len() {
            let mut changed = sealed.clone();
            changed[i] ^= 0x01;
            assert!(
                open(&changed).is_err(),
                "byte {i} of {} flipped is detected",
                sealed.len()
            );
        }
    }

    #[test]
    fn a_missing_appended_or_foreign_seal_says_so() {
        let pdf = b"%PDF-1.7\n%%EOF\n".to_vec();
        assert_eq!(open(&pdf).unwrap_err(), Broken::Missing);
        let mut more = seal(pdf.clone(), &key(1));
        more.extend_from_slice(b"1 0 obj\n<< >>\nendobj\n%%EOF\n");
        assert_eq!(open(&more).unwrap_err(), Broken::Appended { bytes: 27 });
        // Another key's line over the same bytes verifies, but names that key.
        let theirs = seal(pdf.clone(), &key(2));
        assert_eq!(open(&theirs).unwrap().key, key(2).verifying_key());
        // A line with the other key's signature under this key's name does not.
        let mine = seal(pdf, &key(1));
        let spliced = [&mine[..mine.len() - 89], &theirs[theirs.len() - 89..]].concat();
        assert_eq!(open(&spliced).unwrap_err(), Broken::Mismatch);
        assert_eq!(
            open(b"\n%PDPDESK-SIGNATURE v1 ed25519 key=x\n").unwrap_err(),
            Broken::Malformed
        );
    }
}
