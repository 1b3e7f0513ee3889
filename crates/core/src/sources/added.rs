//! The files and folders staff added as sources, each file as it was last read.

use super::{FileReport, SourceKind};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// One file of a source as last read.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SourceFile {
    /// Relative to the source folder, or the file name when a file was added.
    pub rel_path: String,
    pub kind: Option<SourceKind>,
    pub records: Option<u64>,
    pub read_at: Option<DateTime<Utc>>,
    pub error: Option<String>,
    pub report: Option<FileReport>,
    /// Staff mapped the columns of this file.
    pub mapped: bool,
    /// Set when the file is no longer where it was read: why, and since when it was known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub missing: Option<String>,
}

impl SourceFile {
    /// What the search record and the source list say of a file read before and gone since.
    pub fn missing_note(&self, added_at: DateTime<Utc>) -> String {
        let when = match self.read_at {
            Some(at) => format!("read on {}", at.format("%Y-%m-%d %H:%M UTC")),
            None => format!("added on {}", added_at.format("%Y-%m-%d %H:%M UTC")),
        };
        format!("missing: the file was in the source when it was {when} and is no longer there")
    }
}

/// A file or folder staff added.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Source {
    pub id: i64,
    pub path: String,
    pub is_folder: bool,
    pub added_at: DateTime<Utc>,
    pub files: Vec<SourceFile>,
}
