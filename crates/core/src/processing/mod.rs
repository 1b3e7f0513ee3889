//! The processing register, the rules: the office's record of processing (UU PDP Pasal 31) per
//! data category and the source kinds it covers — purposes and their legal bases (Pasal 20(2)),
//! recipients, retention, whether the data leaves Indonesia — in Bahasa Indonesia and English.
//! The access pack takes from it the *rekam jejak pemrosesan* of Pasal 32 for each source file it
//! holds. Three starting profiles ship with the app (`profiles`); `validate` says what is wrong,
//! naming the entry and the field.

mod profiles;
mod validate;

pub use profiles::{profile, profiles, Profile, PROFILES};
pub use validate::{kind_name, parse, validate};

use crate::sources::SourceKind;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A text in both languages of the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Bilingual {
    pub id: String,
    pub en: String,
}

impl Bilingual {
    pub fn is_empty(&self) -> bool {
        self.id.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// The legal bases of UU PDP Pasal 20 ayat (2), letters a–f.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum LegalBasis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterest,
    PublicTask,
    LegitimateInterest,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterest,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterest,
    ];

    /// The basis as written in JSON (`legal-obligation`).
    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal-obligation",
            LegalBasis::VitalInterest => "vital-interest",
            LegalBasis::PublicTask => "public-task",
            LegalBasis::LegitimateInterest => "legitimate-interest",
        }
    }

    /// The basis in words, with its place in the law.
    pub fn label(self) -> Bilingual {
        let (id, en) = match self {
            LegalBasis::Consent => ("persetujuan yang sah (Pasal 20 ayat (2) huruf a)", "consent (Art. 20(2)(a))"),
            LegalBasis::Contract => ("pemenuhan kewajiban perjanjian (Pasal 20 ayat (2) huruf b)", "performance of a contract (Art. 20(2)(b))"),
            LegalBasis::LegalObligation => ("pemenuhan kewajiban hukum (Pasal 20 ayat (2) huruf c)", "a legal obligation (Art. 20(2)(c))"),
            LegalBasis::VitalInterest => ("pelindungan kepentingan vital (Pasal 20 ayat (2) huruf d)", "vital interests (Art. 20(2)(d))"),
            LegalBasis::PublicTask => ("pelaksanaan tugas untuk kepentingan umum atau kewenangan (Pasal 20 ayat (2) huruf e)", "a task in the public interest or official authority (Art. 20(2)(e))"),
            LegalBasis::LegitimateInterest => ("kepentingan yang sah (Pasal 20 ayat (2) huruf f)", "legitimate interests (Art. 20(2)(f))"),
        };
        Bilingual {
            id: id.into(),
            en: en.into(),
        }
    }
}

/// Why the data is processed, and on which bases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ProcessingPurpose")]
pub struct Purpose {
    pub id: String,
    pub en: String,
    pub legal_basis: Vec<LegalBasis>,
}

/// Who receives the data, and as what (hosting, CRM, accounting, payments…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ProcessingRecipient")]
pub struct Recipient {
    pub name: String,
    pub role: Bilingual,
}

/// How long the data is kept: in words, and in months where it is a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ProcessingRetention")]
pub struct Retention {
    pub id: String,
    pub en: String,
    #[serde(default)]
    pub months: Option<u32>,
}

/// One data category of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ProcessingEntry")]
pub struct Entry {
    /// "Kontak & percakapan WhatsApp (Chatwoot)".
    pub category: Bilingual,
    /// The kinds of export whose records this category covers; none for data PDP Desk does not
    /// read (analytics, payments kept by a provider). A kind belongs to one entry at most.
    #[serde(default)]
    pub source_kinds: Vec<SourceKind>,
    /// The office processes this data for a client, who is the controller (Pasal 51).
    #[serde(default)]
    pub as_processor: bool,
    pub purposes: Vec<Purpose>,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    pub retention: Retention,
    pub leaves_indonesia: bool,
    /// Where it goes when it leaves Indonesia; empty when it does not.
    #[serde(default)]
    pub destinations: Bilingual,
}

impl Entry {
    /// Every basis of its purposes, once each, in the law's order.
    pub fn legal_bases(&self) -> Vec<LegalBasis> {
        let mut all: Vec<LegalBasis> = self
            .purposes
            .iter()
            .flat_map(|p| p.legal_basis.iter().copied())
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// The office's processing register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ProcessingRegister")]
pub struct Register {
    pub entries: Vec<Entry>,
}

impl Register {
    /// The entry covering records of `kind`, if the register has one.
    pub fn entry_for(&self, kind: SourceKind) -> Option<&Entry> {
        self.entries.iter().find(|e| e.source_kinds.contains(&kind))
    }
}

/// Where the kept register came from: a starting profile as shipped, or staff's own edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export, rename = "RegisterOrigin")]
pub enum Origin {
    Profile { profile: String },
    Edited,
}

/// The register as the office keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "KeptProcessingRegister")]
pub struct KeptRegister {
    pub origin: Origin,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
    pub register: Register,
}

#[cfg(test)]
mod tests {
    use super::LegalBasis;

    #[test]
    fn every_basis_is_named_as_in_json_and_in_words() {
        for b in LegalBasis::ALL {
            assert_eq!(serde_json::to_value(b).unwrap(), b.as_str());
            let l = b.label();
            assert!(l.id.contains("Pasal 20 ayat (2)") && l.en.contains("Art. 20(2)"));
        }
    }
}
