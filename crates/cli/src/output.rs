//! Printing: JSON for machines, aligned tables for people, and errors with an exit code.

use chrono::{DateTime, Utc};
use pdp_core::office::OfficeZone;
use pdp_core::text::{quoted, shown};
use pdp_core::{CoreError, ErrorCode, ErrorReport, Result};
use serde::Serialize;
use std::process::ExitCode;

/// An error that ends the command.
pub struct Failure(CoreError);

impl From<CoreError> for Failure {
    fn from(e: CoreError) -> Self {
        Failure(e)
    }
}

impl Failure {
    /// Exit codes: 2 bad input, 3 not found, 4 refused by the rules or a conflict, 5 data directory
    /// or database unusable, 6 the audit chain is broken, 1 anything else.
    fn exit_code(&self) -> u8 {
        match self.0 {
            CoreError::Invalid { .. }
            | CoreError::File { .. }
            | CoreError::SourceChanged { .. } => 2,
            CoreError::RequestNotFound(_)
            | CoreError::NotFound { .. }
            | CoreError::CalendarEntryNotFound(_) => 3,
            CoreError::StateChange { .. }
            | CoreError::Clock { .. }
            | CoreError::DemoRefused
            | CoreError::AlreadyImported { .. }
            | CoreError::AlreadyDecided { .. }
            | CoreError::CalendarClash { .. }
            | CoreError::ChangedMeanwhile { .. }
            | CoreError::Verification { .. }
            | CoreError::NothingConfirmed { .. }
            | CoreError::LetterNotNow { .. }
            | CoreError::CertificateRefused { .. } => 4,
            CoreError::DataDir { .. }
            | CoreError::NewerDatabase { .. }
            | CoreError::DamagedDatabase { .. }
            | CoreError::EditedMigration { .. }
            | CoreError::Locked { .. }
            | CoreError::WrongPassphrase
            | CoreError::RegisterInUse { .. } => 5,
            CoreError::AuditBroken { .. } => 6,
            CoreError::Database(_)
            | CoreError::Smtp { .. }
            | CoreError::Cancelled
            | CoreError::Internal(_) => 1,
        }
    }

    pub fn report(self, json: bool) -> ExitCode {
        if json {
            let body = serde_json::json!({ "error": ErrorReport::from(&self.0) });
            eprintln!("{body}");
        } else {
            eprintln!("pdpdesk: error: {}", shown(&self.0.to_string()));
        }
        ExitCode::from(self.exit_code())
    }
}

/// A command line clap refused, as `{"error": {"code": "invalid_arguments", …}}` on stderr, exit 2.
pub fn argument_error(e: &clap::Error) -> ExitCode {
    // clap's text: "error: what is wrong", indented details, a blank line, then usage and help.
    let rendered = e.render().to_string();
    let message = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    let body = serde_json::json!({ "error": {
        "code": ErrorCode::InvalidArguments,
        "message": message,
        "field": null,
        "reason": null,
    }});
    eprintln!("{body}");
    ExitCode::from(2)
}

/// Under `--json`, a panic ends the command with `{"error": {"code": "internal", …}}` on stderr
/// and exit 1, without Rust's own panic text or a backtrace.
pub fn json_panics() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
            .unwrap_or("unknown cause");
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let body = serde_json::json!({ "error": {
            "code": ErrorCode::Internal,
            "message": format!("internal error{at}: {}; please report it", quoted(what)),
            "field": null,
            "reason": null,
        }});
        eprintln!("{body}");
        std::process::exit(1);
    }));
}

/// Writes one line to stdout. When the reader has gone (`pdpdesk … | head`), stops quietly
/// instead of failing.
pub fn line(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("pdpdesk: cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => line(&text),
        Err(e) => eprintln!("pdpdesk: cannot encode JSON: {e}"),
    }
}

/// Prints rows under a header, each column as wide as its widest cell. Cells are shown with
/// controls and bidi characters escaped, so a stored text cannot forge a line.
pub fn table(header: &[&str], rows: &[Vec<String>]) {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| shown(c).into_owned()).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let row_line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect();
        line(padded.join("  ").trim_end());
    };
    row_line(header.to_vec());
    row_line(
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for row in &rows {
        row_line(row.iter().map(String::as_str).collect());
    }
}

/// `label: value` lines, labels aligned, values escaped as in `table`.
pub fn fields(pairs: &[(&str, String)]) {
    let width = pairs
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (k, v) in pairs {
        line(&format!("{k:<width$}  {}", shown(v)));
    }
}

/// Lets clap use the core's parsers, so the CLI accepts exactly the register's names.
pub fn parse_with<T: Clone + Send + Sync + 'static>(
    parse: fn(&str) -> Result<T>,
) -> impl Fn(&str) -> std::result::Result<T, String> + Clone {
    move |s| parse(s).map_err(|e| e.to_string())
}

/// A time on the office clock: `2026-11-24 09:30 WITA`.
pub fn stamp<Tz: chrono::TimeZone>(at: DateTime<Tz>, zone: OfficeZone) -> String {
    format!(
        "{} {}",
        zone.local(at.with_timezone(&Utc)).format("%Y-%m-%d %H:%M"),
        zone.abbreviation()
    )
}
