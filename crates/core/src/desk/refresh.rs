//! Reading the added sources again: only files whose size, modification time and content hash
//! changed (or that have no search index yet) are read, and each file read is indexed for the
//! search; each outcome (read, unchanged, unreadable, gone, a link skipped) is reported per file.

use crate::desk::index_secret;
use crate::index::FileIndex;
use crate::sources::read::read_file;
use crate::sources::walk::walk;
use crate::sources::{FileReport, ReadControl};
use crate::store::sources::Fingerprint;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;
use ts_rs::TS;

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum FileStatus {
    Read,
    Unchanged,
    Unreadable,
    /// It was in the folder at the last read and is not any more.
    Gone,
    /// A link in the folder that was not followed (a loop, or pointing out of the folder).
    Skipped,
}

/// One line of the index summary.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FileOutcome {
    pub source: String,
    pub file: String,
    pub status: FileStatus,
    pub report: Option<FileReport>,
    pub error: Option<String>,
}

/// Where reading stands, for a progress bar.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Progress {
    pub file: String,
    pub file_index: usize,
    pub files: usize,
}

/// A file's modification time as the store keeps it.
pub(crate) fn modified(meta: &std::fs::Metadata) -> String {
    meta.modified()
        .map(|t| DateTime::<Utc>::from(t).to_rfc3339())
        .unwrap_or_default()
}

fn fingerprint(path: &Path) -> std::io::Result<Fingerprint> {
    let meta = std::fs::metadata(path)?;
    let mtime = modified(&meta);
    let mut hasher = Sha256::new();
    let mut file = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(Fingerprint {
        size: meta.len(),
        mtime,
        sha256: format!("{:x}", hasher.finalize()),
    })
}

/// Reads and indexes every changed file of every source (or of `only`).
pub fn refresh(
    store: &mut Store,
    only: Option<&Path>,
    control: &ReadControl,
    progress: &mut dyn FnMut(&Progress),
    now: DateTime<Utc>,
) -> Result<Vec<FileOutcome>> {
    let secret = index_secret(store)?;
    let sources = match only {
        Some(p) => vec![store.source(p)?],
        None => store.sources()?,
    };
    let mut outcomes = Vec::new();
    for source in sources {
        let files = match walk(Path::new(&source.path)) {
            Ok(walk) => {
                outcomes.extend(walk.skipped.into_iter().map(|link| FileOutcome {
                    source: source.path.clone(),
                    file: link.rel_path,
                    status: FileStatus::Skipped,
                    report: None,
                    error: Some(link.why),
                }));
                walk.files
            }
            Err(e) => {
                outcomes.push(FileOutcome {
                    source: source.path.clone(),
                    file: String::new(),
                    status: FileStatus::Unreadable,
                    report: None,
                    error: Some(e.to_string()),
                });
                continue;
            }
        };
        let names: Vec<String> = files.iter().map(|(_, rel)| rel.clone()).collect();
        for gone in store.forget_files(source.id, &names)? {
            outcomes.push(FileOutcome {
                source: source.path.clone(),
                file: gone,
                status: FileStatus::Gone,
                report: None,
                error: None,
            });
        }
        let count = files.len();
        for (i, (path, rel)) in files.into_iter().enumerate() {
            if control.cancel.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(CoreError::Cancelled);
            }
            progress(&Progress {
                file: rel.clone(),
                file_index: i + 1,
                files: count,
            });
            let print = match fingerprint(&path) {
                Ok(p) => p,
                Err(e) => {
                    outcomes.push(FileOutcome {
                        source: source.path.clone(),
                        file: rel,
                        status: FileStatus::Unreadable,
                        report: None,
                        error: Some(format!("{}: {e}", path.display())),
                    });
                    continue;
                }
            };
            if let Some(old) = store.fingerprint(source.id, &rel)? {
                if old.sha256 == print.sha256 {
                    if old.mtime != print.mtime {
                        store.touch_file(source.id, &rel, &print.mtime)?;
                    }
                    let report = source
                        .files
                        .iter()
                        .find(|f| f.rel_path == rel)
                        .and_then(|f| f.report.clone());
                    outcomes.push(FileOutcome {
                        source: source.path.clone(),
                        file: rel,
                        status: FileStatus::Unchanged,
                        report,
                        error: None,
                    });
                    continue;
                }
            }
            let mapping = store.mapping(source.id, &rel)?;
            let mut index = FileIndex::new(&secret);
            match read_file(&path, &rel, mapping.as_deref(), control, &mut |r| {
                index.add(&r)
            }) {
                Ok(read) => {
                    store.keep_index(source.id, &rel, &print, &read, index, now)?;
                    outcomes.push(FileOutcome {
                        source: source.path.clone(),
                        file: rel,
                        status: FileStatus::Read,
                        report: Some(read.report),
                        error: None,
                    });
                }
                Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
                Err(e) => {
                    let msg = e.to_string();
                    store.record_read(source.id, &rel, &print, Err(&msg), now)?;
                    outcomes.push(FileOutcome {
                        source: source.path.clone(),
                        file: rel,
                        status: FileStatus::Unreadable,
                        report: None,
                        error: Some(msg),
                    });
                }
            }
        }
    }
    Ok(outcomes)
}
