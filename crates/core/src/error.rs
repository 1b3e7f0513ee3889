//! The one error type of the core. Each variant has a stable `code` that front ends use to pick a
//! translated message; `Display` is the English message for logs and the CLI.

use std::path::PathBuf;

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// A value given by the user is not acceptable; `field` names the input, `reason` is a short
    /// machine-readable cause (`required`, `format`, `too_long`, …).
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        reason: &'static str,
        message: String,
    },
    #[error("request {0} not found")]
    RequestNotFound(String),
    /// Something asked for by its id (a hit, a search, …) that does not exist.
    #[error("there is no {what} {id}")]
    NotFound { what: &'static str, id: String },
    #[error("cannot move request {id} from {from} to {to}: {why}")]
    StateChange {
        id: String,
        from: String,
        to: String,
        why: String,
    },
    #[error("data directory {path} is not usable: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the database at {path} was written by a newer PDP Desk (schema {found}, this build knows up to {known}); update PDP Desk, nothing was changed")]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// The database file is not SQLite or is damaged (SQLITE_NOTADB, SQLITE_CORRUPT at open).
    #[error("the database file {path} is damaged or not a PDP Desk database; nothing was changed")]
    DamagedDatabase { path: PathBuf },
    #[error("migration {version} ({name}) differs from the one applied to this database: shipped migrations must never be edited")]
    EditedMigration { version: i64, name: String },
    #[error("the office calendar has no entry on {0}")]
    CalendarEntryNotFound(chrono::NaiveDate),
    /// A pause, resume or extension the rules do not allow (an ended request, a second pause).
    #[error("cannot change the clock of request {id}: {why}")]
    Clock { id: String, why: String },
    #[error("{0}")]
    Conflict(String),
    /// This very message (or source record) is in the register already, perhaps imported a moment
    /// ago by another window or process.
    #[error("already imported as {request_id}")]
    AlreadyImported { request_id: String },
    /// Verification refuses: the gate is closed (nothing may leave the office), a code is
    /// expired or locked, the request is already closed.
    #[error("request {request_id}: {why}")]
    Verification { request_id: String, why: String },
    /// The office's mail server did not take a message (refused, unreachable, TLS, login).
    #[error("{why}")]
    Smtp { why: String },
    #[error("cancelled")]
    Cancelled,
    #[error("file {path}: {message}")]
    File { path: PathBuf, message: String },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl CoreError {
    /// Stable code for front ends (`{code, message}` across IPC, exit reasons in the CLI).
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Invalid { .. } => "invalid_input",
            CoreError::RequestNotFound(_) => "request_not_found",
            CoreError::NotFound { .. } => "not_found",
            CoreError::StateChange { .. } => "invalid_state_change",
            CoreError::DataDir { .. } => "data_dir_unusable",
            CoreError::NewerDatabase { .. } => "database_too_new",
            CoreError::DamagedDatabase { .. } => "database_damaged",
            CoreError::EditedMigration { .. } => "migration_edited",
            CoreError::CalendarEntryNotFound(_) => "calendar_entry_not_found",
            CoreError::Clock { .. } => "clock_refused",
            CoreError::Conflict(_) => "conflict",
            CoreError::AlreadyImported { .. } => "already_imported",
            CoreError::Verification { .. } => "verification_refused",
            CoreError::Smtp { .. } => "smtp_failed",
            CoreError::Cancelled => "cancelled",
            CoreError::File { .. } => "file_error",
            CoreError::Database(_) => "database_error",
        }
    }

    /// The input field an `Invalid` error is about, for forms that mark the field.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            CoreError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// Short reason code of an `Invalid` error (`required`, `format`, …).
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            CoreError::Invalid { reason, .. } => Some(reason),
            _ => None,
        }
    }

    pub fn invalid(field: &'static str, reason: &'static str, message: impl Into<String>) -> Self {
        CoreError::Invalid {
            field,
            reason,
            message: message.into(),
        }
    }
}

/// An error as it crosses to a front end: the stable code, the English message, and for input
/// errors the field and the reason, so a form can mark the field and show a translated text.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ErrorReport {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
    pub reason: Option<String>,
}

impl From<&CoreError> for ErrorReport {
    fn from(e: &CoreError) -> Self {
        ErrorReport {
            code: e.code().to_string(),
            message: e.to_string(),
            field: e.field().map(String::from),
            reason: e.reason().map(String::from),
        }
    }
}

impl From<CoreError> for ErrorReport {
    fn from(e: CoreError) -> Self {
        ErrorReport::from(&e)
    }
}
