//! The register export (CSV or PDF for a period, the requester masked, logged in the audit
//! chain) and the board's metrics, from the same lines so that the two never disagree.

use crate::language::Language;
use crate::pdf::{self, Letterhead};
use crate::register::{RequestFilter, SortOrder};
use crate::report::layout::{self, Heading};
use crate::report::{self, csv, Case, ExportFormat, Metrics, Period, RegisterRow, Totals};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The register's lines of every request received on or before `to` (office clock), oldest
/// first, at `now`.
pub fn rows_until(store: &Store, to: NaiveDate, now: DateTime<Utc>) -> Result<Vec<RegisterRow>> {
    let rules = crate::desk::clocks::clock_rules(store)?;
    let ends = store.end_times()?;
    let requests = store.list_requests(&RequestFilter {
        sort: SortOrder::OldestFirst,
        ..RequestFilter::default()
    })?;
    let mut rows = Vec::new();
    for request in requests {
        if request.received_at.date_naive() > to {
            continue;
        }
        let letters = store
            .request_letters(&request.id)?
            .into_iter()
            .filter(|l| l.issued_at.is_some())
            .map(|l| l.kind)
            .collect();
        let case = Case {
            timeline: store.timeline(&request)?,
            ended_at: ends.get(&request.id).copied(),
            letters,
            request,
        };
        rows.push(report::row(&case, &rules, now)?);
    }
    Ok(rows)
}

/// The register's lines of the requests received in `period`.
pub fn rows(store: &Store, period: Period, now: DateTime<Utc>) -> Result<Vec<RegisterRow>> {
    let mut rows = rows_until(store, period.to, now)?;
    rows.retain(|r| period.holds(r));
    Ok(rows)
}

fn today(store: &Store, now: DateTime<Utc>) -> Result<NaiveDate> {
    Ok(store.office()?.time_zone.local(now).date_naive())
}

/// The figures of the period (the twelve months up to today unless given).
pub fn metrics(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<Metrics> {
    let period = Period::or_default(from, to, today(store, now)?)?;
    let zone = store.office()?.time_zone;
    Ok(report::metrics(
        &rows_until(store, period.to, now)?,
        period,
        zone,
        now,
    ))
}

/// What staff ask to export.
#[derive(Debug, Clone, serde::Deserialize, TS)]
#[ts(export)]
pub struct ExportRequest {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub format: ExportFormat,
    pub language: Language,
    /// The file to write (replaced when it exists).
    pub out: String,
}

/// The export written.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Exported {
    pub path: String,
    pub format: ExportFormat,
    pub period: Period,
    /// The requests listed, in order.
    pub requests: Vec<String>,
    pub totals: Totals,
    pub bytes: u64,
    pub sha256: String,
    /// Pages of a PDF; null for CSV.
    pub pages: Option<u32>,
}

fn target(out: &str, format: ExportFormat) -> Result<PathBuf> {
    let path = PathBuf::from(out.trim());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| {
            CoreError::invalid("out", "required", "give the file to write the register to")
        })?;
    let wanted = format.as_str();
    if !name.to_ascii_lowercase().ends_with(&format!(".{wanted}")) {
        return Err(CoreError::invalid(
            "out",
            "extension",
            format!(
                "the file {} should end in .{wanted} for the {} format",
                crate::text::quoted(&name),
                wanted.to_uppercase()
            ),
        ));
    }
    if path.is_dir() {
        return Err(CoreError::invalid(
            "out",
            "folder",
            "the path is a folder: give a file name",
        ));
    }
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) if !folder.is_dir() => Err(CoreError::invalid(
            "out",
            "no_folder",
            format!(
                "the folder {} does not exist",
                crate::text::quoted(&folder.display().to_string())
            ),
        )),
        _ => Ok(path),
    }
}

/// Writes `bytes` beside `path` under a temporary name; the caller renames it into place.
fn write_temporary(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(CoreError::File {
            path: path.to_path_buf(),
            message: format!("the register cannot be written there: {e}"),
        });
    }
    Ok(tmp)
}

/// Exports the register of the requests received in the period, as CSV or PDF, to `out`
/// (written under a temporary name and renamed), and logs it in the audit chain with the
/// requests it lists and the file's SHA-256.
pub fn export(
    store: &mut Store,
    ask: &ExportRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Exported> {
    let period = Period::new(ask.from, ask.to)?;
    let path = target(&ask.out, ask.format)?;
    let rows = rows(store, period, now)?;
    let (bytes, pages) = match ask.format {
        ExportFormat::Csv => (
            csv::write(
                &rows,
                ask.language,
                store.office()?.time_zone.abbreviation(),
            )?,
            None,
        ),
        ExportFormat::Pdf => {
            let office = store.office()?;
            let heading = Heading {
                letterhead: Letterhead {
                    name: office.name.clone(),
                    lines: std::iter::once(office.address.clone())
                        .filter(|a| !a.trim().is_empty())
                        .chain(office.letterhead.iter().cloned())
                        .collect(),
                    logo: store.logo()?,
                },
                office: office.name.clone(),
                period,
                made_at: office.time_zone.local(now),
                made_by: actor.to_string(),
                policy_days: office.policy_days,
                zone: office.time_zone.abbreviation().to_string(),
            };
            let rendered = pdf::render(&layout::document(&heading, &rows, ask.language))?;
            (
                rendered.bytes,
                Some(u32::try_from(rendered.pages).unwrap_or(u32::MAX)),
            )
        }
    };
    let sha256 = format!("{:x}", Sha256::digest(&bytes));
    let requests: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let tmp = write_temporary(&path, &bytes)?;
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let listed = requests.join(",");
    let mut placed = false;
    let logged = store.log_export(
        actor,
        now,
        &[&from, &to, ask.format.as_str(), &listed, &sha256],
        || {
            std::fs::rename(&tmp, &path).map_err(|e| CoreError::File {
                path: path.clone(),
                message: format!("the register cannot be put there: {e}"),
            })?;
            placed = true;
            Ok(())
        },
    );
    if let Err(e) = logged {
        // The chain does not hold this export: no file of it stays.
        let _ = std::fs::remove_file(if placed { &path } else { &tmp });
        return Err(e);
    }
    Ok(Exported {
        path: path.display().to_string(),
        format: ask.format,
        period,
        totals: Totals::of(&rows),
        requests,
        bytes: bytes.len() as u64,
        sha256,
        pages,
    })
}
