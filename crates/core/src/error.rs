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
    #[error("the database file {path} is damaged, encrypted without its keyring.json beside it, or not a PDP Desk database; nothing was changed")]
    DamagedDatabase { path: PathBuf },
    #[error("migration {version} ({name}) differs from the one applied to this database: shipped migrations must never be edited")]
    EditedMigration { version: i64, name: String },
    #[error("the office calendar has no entry on {0}")]
    CalendarEntryNotFound(chrono::NaiveDate),
    /// A pause, resume or extension the rules do not allow (an ended request, a second pause).
    #[error("cannot change the clock of request {id}: {why}")]
    Clock { id: String, why: String },
    /// The demo office is only seeded into an empty register.
    #[error("the register already holds requests; the demo office is only seeded into an empty data directory")]
    DemoRefused,
    /// A message or source record that is already in the register.
    #[error("this {what} was already imported, as request {request_id}")]
    AlreadyImported {
        what: &'static str,
        request_id: String,
    },
    /// A message of the needs-a-look queue that staff already decided.
    #[error("queued message #{id} was already {how}")]
    AlreadyDecided { id: i64, how: String },
    /// The office calendar already has an entry on that date.
    #[error("{date} already has an office calendar entry{held}; remove it first")]
    CalendarClash {
        date: chrono::NaiveDate,
        /// `: name (kind)` of the entry held, or empty.
        held: String,
    },
    /// The request was changed by another window or the command line in the meantime.
    #[error("request {id} was changed by someone else meanwhile; reload and try again")]
    ChangedMeanwhile { id: String },
    /// A fault of the program itself (a worker thread that stopped, a value it could not write).
    #[error("internal error: {0}")]
    Internal(String),
    /// Verification refuses: the gate is closed (nothing may leave the office), a code is
    /// expired or locked, the request is already closed.
    #[error("request {request_id}: {why}")]
    Verification { request_id: String, why: String },
    /// The office's mail server did not take a message. `reason` says why in a word the window
    /// translates: `not_set` (no mail server in Settings), `password_unreadable` (the sealed
    /// password cannot be opened), `login_refused` (user name or password), `tls` (the secure
    /// connection failed: an untrusted certificate, the wrong security setting), `unreachable`
    /// (refused connection, unknown host), `timeout`, `message_refused` (the server refused the
    /// message itself), `setup` (the message or TLS could not be put together).
    #[error("{why}")]
    Smtp { reason: &'static str, why: String },
    /// Nothing may be handed over: no record is confirmed as the requester's.
    #[error("request {request_id}: no record is confirmed as the requester's, so there is nothing to hand over; answer with the no-data letter (pdpdesk letter no-data), or confirm the hits first")]
    NothingConfirmed { request_id: String },
    /// A letter that does not fit its request now, or a refusal on a ground that does not stand
    /// (identity not verified, for a requester who is). `reason` is the code the window words,
    /// the same as `Offer.why_not`'s.
    #[error("request {request_id}: {why}")]
    LetterNotNow {
        request_id: String,
        reason: &'static str,
        why: String,
    },
    /// A deletion certificate that cannot be issued yet: the plan, the checklist or the
    /// redaction of the local exports is not done (`reason` says which).
    #[error("request {request_id}: {why}")]
    CertificateRefused {
        request_id: String,
        reason: &'static str,
        why: String,
        /// What the refusal names, for the window to list: the systems of the checklist left
        /// open (`checklist_open`, their codes) or the exports not redacted (`not_redacted`).
        names: Vec<String>,
    },
    /// The audit chain does not hold (`pdpdesk audit verify`): `reason` is the first problem's
    /// code (`AuditProblemCode`), `seq` the entry where it is.
    #[error("the audit chain is broken{}: {why}", seq.map(|s| format!(" at entry {s}")).unwrap_or_default())]
    AuditBroken {
        seq: Option<i64>,
        reason: &'static str,
        why: String,
    },
    #[error("cancelled")]
    Cancelled,
    #[error("file {path}: {message}")]
    File { path: PathBuf, message: String },
    /// A source file is no longer as the search found it (its SHA-256, or a record not where
    /// and as it was): search again. Code `file_error` with the reason `changed`.
    #[error("file {path}: {message}")]
    SourceChanged { path: PathBuf, message: String },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The data folder is encrypted and no passphrase was given.
    #[error("the data folder {path} is encrypted: give its passphrase (the window asks for it; the command line reads PDPDESK_PASSPHRASE or asks)")]
    Locked { path: PathBuf },
    /// The passphrase does not open the data folder's keyring. Nothing was changed.
    #[error(
        "the passphrase is not the one this data folder is encrypted with; nothing was changed"
    )]
    WrongPassphrase,
    /// A change that needs the register to itself (turning encryption on or off, a new
    /// passphrase) while another window or command line has it open.
    #[error("the register {path} is open in another PDP Desk window or command; close it and try again, nothing was changed")]
    RegisterInUse { path: PathBuf },
}

/// The stable code of every error a front end can receive; the window compares `e.code` against
/// this union and translates by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    InvalidInput,
    RequestNotFound,
    NotFound,
    InvalidStateChange,
    DataDirUnusable,
    DatabaseTooNew,
    DatabaseDamaged,
    MigrationEdited,
    CalendarEntryNotFound,
    ClockRefused,
    DemoRefused,
    AlreadyImported,
    /// A queued message that staff already decided.
    AlreadyDecided,
    CalendarClash,
    ChangedMeanwhile,
    /// Verification refuses (the gate is closed, a code is expired or locked).
    VerificationRefused,
    /// The office's mail server did not take a message.
    SmtpFailed,
    /// No record is confirmed as the requester's: no bundle or access pack can be made.
    NothingConfirmed,
    /// A letter does not fit its request now (the reason says why, as `Offer.why_not`'s code).
    LetterNotNow,
    /// A deletion certificate cannot be issued yet (the reason: `plan_incomplete`,
    /// `checklist_open`, `not_redacted`).
    CertificateRefused,
    /// The audit chain does not hold (the reason: the first problem's code).
    AuditBroken,
    /// A fault of the program; also a panic under the CLI's `--json`.
    Internal,
    Cancelled,
    FileError,
    DatabaseError,
    /// The command line could not be parsed (CLI only).
    InvalidArguments,
    /// The data folder is encrypted and locked: the passphrase is needed.
    Locked,
    /// The passphrase does not open the data folder.
    WrongPassphrase,
    /// The register is open elsewhere, and the change needs it to itself.
    RegisterInUse,
}

impl CoreError {
    /// Stable code for front ends (`{code, message}` across IPC, exit reasons in the CLI).
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Invalid { .. } => ErrorCode::InvalidInput,
            CoreError::RequestNotFound(_) => ErrorCode::RequestNotFound,
            CoreError::NotFound { .. } => ErrorCode::NotFound,
            CoreError::StateChange { .. } => ErrorCode::InvalidStateChange,
            CoreError::DataDir { .. } => ErrorCode::DataDirUnusable,
            CoreError::NewerDatabase { .. } => ErrorCode::DatabaseTooNew,
            CoreError::DamagedDatabase { .. } => ErrorCode::DatabaseDamaged,
            CoreError::EditedMigration { .. } => ErrorCode::MigrationEdited,
            CoreError::CalendarEntryNotFound(_) => ErrorCode::CalendarEntryNotFound,
            CoreError::Clock { .. } => ErrorCode::ClockRefused,
            CoreError::DemoRefused => ErrorCode::DemoRefused,
            CoreError::AlreadyImported { .. } => ErrorCode::AlreadyImported,
            CoreError::AlreadyDecided { .. } => ErrorCode::AlreadyDecided,
            CoreError::CalendarClash { .. } => ErrorCode::CalendarClash,
            CoreError::ChangedMeanwhile { .. } => ErrorCode::ChangedMeanwhile,
            CoreError::Internal(_) => ErrorCode::Internal,
            CoreError::Cancelled => ErrorCode::Cancelled,
            CoreError::File { .. } | CoreError::SourceChanged { .. } => ErrorCode::FileError,
            CoreError::Database(_) => ErrorCode::DatabaseError,
            CoreError::Verification { .. } => ErrorCode::VerificationRefused,
            CoreError::Smtp { .. } => ErrorCode::SmtpFailed,
            CoreError::NothingConfirmed { .. } => ErrorCode::NothingConfirmed,
            CoreError::LetterNotNow { .. } => ErrorCode::LetterNotNow,
            CoreError::CertificateRefused { .. } => ErrorCode::CertificateRefused,
            CoreError::AuditBroken { .. } => ErrorCode::AuditBroken,
            CoreError::Locked { .. } => ErrorCode::Locked,
            CoreError::WrongPassphrase => ErrorCode::WrongPassphrase,
            CoreError::RegisterInUse { .. } => ErrorCode::RegisterInUse,
        }
    }

    /// The input field an `Invalid` error is about, for forms that mark the field.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            CoreError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// Short reason code of an `Invalid` error (`required`, `format`, …), of a letter that
    /// does not fit (`already_verified`, …) or of a mail server's failure (`login_refused`,
    /// `tls`, …).
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            CoreError::Invalid { reason, .. }
            | CoreError::LetterNotNow { reason, .. }
            | CoreError::CertificateRefused { reason, .. }
            | CoreError::AuditBroken { reason, .. }
            | CoreError::Smtp { reason, .. } => Some(reason),
            CoreError::SourceChanged { .. } => Some("changed"),
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
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    pub reason: Option<String>,
    /// What a refusal names for the window to list (a certificate's open systems or exports
    /// not redacted); left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub names: Vec<String>,
}

impl ErrorReport {
    /// One line for the log of the window's command errors: when, the code, and for input errors
    /// the field and the reason. The message is left out: it may quote what was typed or a file
    /// name, and the log keeps no personal data.
    pub fn log_line(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        let code = serde_json::to_value(self.code)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let mut line = format!("{} error {code}", at.format("%Y-%m-%dT%H:%M:%SZ"));
        if let Some(field) = &self.field {
            line.push_str(&format!(" field={field}"));
        }
        if let Some(reason) = &self.reason {
            line.push_str(&format!(" reason={reason}"));
        }
        line
    }
}

impl From<&CoreError> for ErrorReport {
    fn from(e: &CoreError) -> Self {
        ErrorReport {
            code: e.code(),
            message: e.to_string(),
            field: e.field().map(String::from),
            reason: e.reason().map(String::from),
            names: match e {
                CoreError::CertificateRefused { names, .. } => names.clone(),
                _ => Vec::new(),
            },
        }
    }
}

impl From<CoreError> for ErrorReport {
    fn from(e: CoreError) -> Self {
        ErrorReport::from(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_log_line_names_the_code_and_field_never_the_message() {
        let at = chrono::Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let e = CoreError::invalid("name", "too_long", "name: \"Siti Rahmawati …\" is too long");
        assert_eq!(
            ErrorReport::from(&e).log_line(at),
            "2026-12-03T09:00:00Z error invalid_input field=name reason=too_long",
            "what was typed stays out of the log"
        );
        let e = CoreError::AlreadyImported {
            what: "message",
            request_id: "REQ-2026-0001".into(),
        };
        assert_eq!(
            ErrorReport::from(&e).log_line(at),
            "2026-12-03T09:00:00Z error already_imported"
        );
        let e = CoreError::Smtp {
            reason: "login_refused",
            why: "the mail server mail.kantor.co.id:587 refused the user name or password".into(),
        };
        assert_eq!(
            ErrorReport::from(&e).log_line(at),
            "2026-12-03T09:00:00Z error smtp_failed reason=login_refused",
            "a mail server's failure says why, not the server's name"
        );
    }

    #[test]
    fn every_meaning_of_a_refusal_has_its_own_code() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        let codes = [
            CoreError::DemoRefused.code(),
            CoreError::AlreadyImported {
                what: "record",
                request_id: "REQ-2026-0001".into(),
            }
            .code(),
            CoreError::CalendarClash {
                date,
                held: String::new(),
            }
            .code(),
            CoreError::ChangedMeanwhile {
                id: "REQ-2026-0001".into(),
            }
            .code(),
            CoreError::Internal("the worker stopped".into()).code(),
        ];
        let names: Vec<String> = codes
            .iter()
            .map(|c| {
                serde_json::to_value(c)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            names,
            [
                "demo_refused",
                "already_imported",
                "calendar_clash",
                "changed_meanwhile",
                "internal"
            ],
            "a screen can tell a date taken from a duplicate import or a program fault"
        );
    }
}
