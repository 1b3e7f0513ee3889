//! `manifest.json`: what the bundle holds, for a machine and for checking. Every file but the
//! manifest itself, with its size, SHA-256, record count, source kind and field names.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Manifest {
    pub request_id: String,
    pub office: String,
    /// On the office's clock, RFC 3339.
    pub generated_at: String,
    pub generator: String,
    pub files: Vec<ManifestFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ManifestFile {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    /// Records in a data file; null for the index and the read-me.
    pub records: Option<u64>,
    /// The source's kind (`chatwoot-contacts`, `generic-csv`…) for a data file.
    pub source_kind: Option<String>,
    /// The field names of a data file's records, in order; every value is text.
    pub fields: Vec<String>,
}
