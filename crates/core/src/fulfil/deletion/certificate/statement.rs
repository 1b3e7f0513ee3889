//! What a deletion certificate states, as data: the office, the number and date, the request,
//! the subject in masked form, per source the action and the count, what is retained and why,
//! systems left open with staff's reason, the local redaction hashes, and the public key that
//! signs it. Its canonical form is compact JSON in the order of the fields below (no maps, no
//! floats), so the same statement always gives the same bytes; it is embedded in the PDF as
//! `statement.json`.

use crate::fulfil::deletion::checklist::System;
use crate::fulfil::deletion::summary::{Retained, SourceAction};
use crate::language::Language;
use crate::vocabulary::Right;
use crate::{CoreError, Result};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The statement's format; a later one gets a new number.
pub const FORMAT: &str = "pdpdesk/berita-acara-penghapusan/1";
/// Its name as a file embedded in the PDF.
pub const STATEMENT_FILE: &str = "statement.json";

/// The office that issues it, and who signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "CertificateOffice")]
pub struct OfficePart {
    pub name: String,
    pub address: String,
    pub signatory_name: String,
    pub signatory_position: String,
}

/// The request it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "CertificateRequest")]
pub struct RequestPart {
    pub id: String,
    pub received_at: DateTime<FixedOffset>,
    pub rights: Vec<Right>,
}

/// Whose data: the name, and the contacts masked (`bu…@example.com`, `+6281…2222`,
/// `317101******0001`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "CertificateSubject")]
pub struct SubjectPart {
    pub name: String,
    /// Who asked for the subject (an agent or guardian), when not the subject.
    pub requester: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub nik: Option<String>,
}

/// A system of the checklist not ticked as done, and staff's word on why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct OpenSystem {
    pub system: System,
    pub why: String,
}

/// An office's local export as its latest redaction left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RedactionHash {
    pub file: String,
    pub made_at: DateTime<Utc>,
    pub before_sha256: String,
    /// Null when the whole file went (a 1:1 chat with the subject).
    pub after_sha256: Option<String>,
    /// The original export was replaced by the redacted copy.
    pub replaced: bool,
}

/// The certificate's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "CertificateStatement")]
pub struct Statement {
    pub format: String,
    pub number: String,
    pub language: Language,
    pub issued_at: DateTime<Utc>,
    /// The date and place it is made, on the office's clock.
    pub dated: NaiveDate,
    pub place: String,
    pub office: OfficePart,
    pub request: RequestPart,
    pub subject: SubjectPart,
    pub sources: Vec<SourceAction>,
    pub retained: Vec<Retained>,
    pub open_systems: Vec<OpenSystem>,
    pub redactions: Vec<RedactionHash>,
    /// The Ed25519 public key that signs the certificate, 32 bytes in hex.
    pub public_key: String,
}

impl Statement {
    /// The canonical bytes: compact JSON, fields in order.
    pub fn canonical(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads a statement back, refusing anything but its canonical form (so that two readers
    /// can never see two different statements in the same bytes).
    pub fn read(bytes: &[u8]) -> Result<Statement> {
        let bad = |why: String| {
            CoreError::invalid(
                "certificate",
                "statement",
                format!("the certificate's statement {why}"),
            )
        };
        let statement: Statement = serde_json::from_slice(bytes)
            .map_err(|e| bad(format!("is not a PDP Desk statement: {e}")))?;
        if statement.format != FORMAT {
            return Err(bad(format!(
                "has the format {}, this PDP Desk reads {FORMAT}",
                crate::text::quoted(&statement.format)
            )));
        }
        if statement.canonical() != bytes {
            return Err(bad("is not in its canonical form".into()));
        }
        Ok(statement)
    }

    /// The public key's 32 bytes.
    pub fn key_bytes(&self) -> Option<[u8; 32]> {
        let hex = self.public_key.as_bytes();
        if hex.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, pair) in hex.chunks(2).enumerate() {
            out[i] = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(out)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::fulfil::deletion::plan::Ground;
    use crate::fulfil::deletion::summary::Done;
    use crate::sources::SourceKind;
    use chrono::TimeZone;

    /// A statement of an invented office.
    pub(crate) fn sample() -> Statement {
        let at = Utc.with_ymd_and_hms(2026, 12, 3, 2, 15, 0).unwrap();
        Statement {
            format: FORMAT.into(),
            number: "004/PDP/XII/2026".into(),
            language: Language::Id,
            issued_at: at,
            dated: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            place: "Denpasar".into(),
            office: OfficePart {
                name: "CV Cetak Ceria".into(),
                address: "Jl. Teuku Umar No. 8, Denpasar".into(),
                signatory_name: "Kadek Wirawan".into(),
                signatory_position: "Petugas Pelindungan Data Pribadi".into(),
            },
            request: RequestPart {
                id: "REQ-2026-0001".into(),
                received_at: Utc
                    .with_ymd_and_hms(2026, 11, 24, 1, 0, 0)
                    .unwrap()
                    .fixed_offset(),
                rights: vec![Right::Deletion],
            },
            subject: SubjectPart {
                name: "Budi Santoso".into(),
                requester: None,
                emails: vec!["bu…@example.com".into()],
                phones: vec!["+6281…2222".into()],
                nik: None,
            },
            sources: vec![SourceAction {
                system: System::Jurnal,
                file: "faktur.csv".into(),
                kind: SourceKind::JurnalInvoices,
                action: Done::Retain,
                records: 1,
            }],
            retained: vec![Retained {
                system: System::Jurnal,
                file: "faktur.csv".into(),
                reference: "INV-2024-0042".into(),
                ground: Ground::Bookkeeping,
                until: NaiveDate::from_ymd_opt(2034, 12, 31).unwrap(),
            }],
            open_systems: vec![],
            redactions: vec![RedactionHash {
                file: "faktur.csv".into(),
                made_at: at,
                before_sha256: "a".repeat(64),
                after_sha256: Some("b".repeat(64)),
                replaced: false,
            }],
            public_key: "0f".repeat(32),
        }
    }

    #[test]
    fn the_canonical_form_reads_back_and_any_other_form_is_refused() {
        let s = sample();
        let bytes = s.canonical();
        assert_eq!(Statement::read(&bytes).unwrap(), s, "it reads back");
        assert_eq!(s.canonical(), bytes, "the same statement, the same bytes");
        let pretty = serde_json::to_vec_pretty(&s).unwrap();
        assert!(
            Statement::read(&pretty).is_err(),
            "the same content in another form is refused"
        );
        let mut other = s.clone();
        other.format = "pdpdesk/other/9".into();
        assert!(Statement::read(&other.canonical()).is_err());
        assert_eq!(s.key_bytes(), Some([0x0f; 32]));
    }
}
