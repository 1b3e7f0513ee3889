//! Subject search: every record of the requester across the added sources, each hit with a class
//! (strong, pre-selected for staff; possible, shown but never pre-selected), a score and an
//! explanation as reasons ([`why::Why`]). A namesake is never strong: a strong hit needs the subject's e-mail,
//! phone or NIK and nothing on the record that says it is someone else.

pub(crate) mod evaluate;
pub(crate) mod gather;
pub mod literals;
pub mod marks;
pub mod stored;
mod text_view;
pub mod why;

use crate::identifiers::nik::Nik;
use crate::identifiers::subject::Subject;
use crate::sources::Locator;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use why::{Identifier, Why};

/// The identifiers a search starts from, as staff or the request give them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SubjectQuery {
    pub name: Option<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub niks: Vec<String>,
}

impl SubjectQuery {
    pub(crate) fn keys(&self) -> Subject {
        Subject::of(self.name.as_deref(), &self.emails, &self.phones, &self.niks)
    }

    /// The identifiers as searched, for the reasonable-search record.
    pub fn normalised(&self) -> Vec<Identifier> {
        let k = self.keys();
        let mut out: Vec<Identifier> = k
            .name
            .into_iter()
            .map(|name| Identifier::Name { name })
            .collect();
        out.extend(k.emails.into_iter().map(|key| Identifier::Email { key }));
        out.extend(
            k.phones
                .into_iter()
                .map(|national| Identifier::Phone { national }),
        );
        out.extend(
            k.niks
                .iter()
                .filter_map(|n| Nik::parse(n).ok())
                .map(|n| Identifier::Nik { masked: n.masked() }),
        );
        out
    }
}

/// How sure a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum HitClass {
    /// Shown, never pre-selected: a name, a shared phone, something that disagrees.
    Possible,
    /// The subject's e-mail, phone or NIK, and nothing that says otherwise: pre-selected.
    Strong,
}

/// One record that may be the subject's.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Hit {
    /// The folder or file that was added as a source.
    pub source: String,
    /// Relative to the source folder (or the file name when a file was added).
    pub file: String,
    pub locator: Locator,
    pub record: u64,
    pub record_id: Option<String>,
    pub class: HitClass,
    pub score: u32,
    /// What matched, how it was normalised, and what disagrees.
    pub explanation: Vec<Why>,
    /// The record's keyed fingerprint ([`crate::index::IndexSecret::fingerprint`]): reading the
    /// record again must give the same, or it is not the record that was weighed.
    #[serde(skip)]
    #[ts(skip)]
    pub fingerprint: String,
}

impl Hit {
    /// The explanation in English, for the command line.
    pub fn explanation_in_english(&self) -> Vec<String> {
        self.explanation.iter().map(Why::to_string).collect()
    }
}

/// One file searched, hits or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Searched {
    pub source: String,
    pub file: String,
    pub records: u64,
    pub strong: u64,
    pub possible: u64,
    /// Why the file could not be searched, if it could not.
    pub error: Option<String>,
    /// SHA-256 of the file as searched, kept for the files with hits: an output that acts on
    /// them (a redaction) refuses a file that changed since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sha256: Option<String>,
}

/// The outcome of a search: the hits, and every file searched (the reasonable-search record).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchResult {
    pub identifiers: Vec<Identifier>,
    pub hits: Vec<Hit>,
    pub searched: Vec<Searched>,
}
