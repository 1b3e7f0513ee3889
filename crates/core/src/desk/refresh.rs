//! Reading the added sources again: only files whose size, modification time and content hash
//! changed (or that have no search index yet) are read, and each file read is indexed for the
//! search; each outcome (read, unchanged, unreadable, gone, a link skipped) is reported per file.
//! Files are hashed, read and indexed on one worker thread per core; only this thread writes to
//! the store.

use crate::desk::index_secret;
use crate::index::{FileIndex, IndexSecret};
use crate::parallel::workers;
use crate::sources::read::{read_file_to_index, FileRead};
use crate::sources::walk::walk;
use crate::sources::{FileReport, ReadControl};
use crate::vocabulary::FieldRole;
use crate::{sources::added::Source, store::sources::Fingerprint};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
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

/// One file to look at: its source (an index into the sources read), where it is, what the
/// store remembers of it, staff's column roles.
struct Job {
    source: usize,
    path: PathBuf,
    rel: String,
    old: Option<Fingerprint>,
    mapping: Option<Vec<FieldRole>>,
}

/// What a worker found for one file.
enum Found {
    /// Its bytes could not be hashed.
    Unreadable(String),
    Unchanged(Fingerprint),
    Read(Fingerprint, Box<FileRead>, FileIndex),
    /// Hashed, but its records could not be read.
    Failed(Fingerprint, String),
    Cancelled,
}

/// A worker's message to the store's thread.
enum Note {
    Started(usize),
    Done(usize, Box<Found>),
}

/// One file's work off the store's thread: its fingerprint, and unless its content is unchanged,
/// its records read and indexed.
fn work(job: &Job, secret: &IndexSecret, control: &ReadControl) -> Found {
    let print = match fingerprint(&job.path) {
        Ok(p) => p,
        Err(e) => return Found::Unreadable(format!("{}: {e}", job.path.display())),
    };
    if job.old.as_ref().is_some_and(|o| o.sha256 == print.sha256) {
        return Found::Unchanged(print);
    }
    let mut index = FileIndex::new(secret);
    match read_file_to_index(
        &job.path,
        &job.rel,
        job.mapping.as_deref(),
        control,
        &mut |r| index.add(&r),
    ) {
        Ok(read) => match index.seal_points(&read.sheets) {
            Ok(()) => Found::Read(print, Box::new(read), index),
            Err(e) => Found::Failed(print, e.to_string()),
        },
        Err(CoreError::Cancelled) => Found::Cancelled,
        Err(e) => Found::Failed(print, e.to_string()),
    }
}

/// Reads and indexes every changed file of every source (or of `only`). The files of all the
/// sources are hashed, read and indexed on one worker per core (an office that added its
/// exports file by file keeps both cores busy as one that added a folder); the store keeps each
/// result on this thread as it arrives, and the outcomes come back source by source in the
/// folder's order.
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
    // Per source: what was found before reading (links skipped, files gone) and its jobs.
    let mut planned: Vec<(Vec<FileOutcome>, std::ops::Range<usize>)> = Vec::new();
    let mut jobs = Vec::new();
    for (at, source) in sources.iter().enumerate() {
        let mut outcomes = Vec::new();
        let first = jobs.len();
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
                planned.push((outcomes, first..first));
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
        for (path, rel) in files {
            jobs.push(Job {
                source: at,
                old: store.fingerprint(source.id, &rel)?,
                mapping: store.mapping(source.id, &rel)?,
                path,
                rel,
            });
        }
        planned.push((outcomes, first..jobs.len()));
    }
    let mut read = read_all(store, &sources, &jobs, &secret, control, progress, now)?;
    let mut outcomes = Vec::new();
    for (before, files) in planned {
        outcomes.extend(before);
        outcomes.extend(read[files].iter_mut().filter_map(Option::take));
    }
    Ok(outcomes)
}

/// The jobs of all sources on the workers; the store keeps each result as it arrives. Returns
/// each job's outcome, in the jobs' order.
#[allow(clippy::too_many_arguments)]
fn read_all(
    store: &mut Store,
    sources: &[Source],
    jobs: &[Job],
    secret: &IndexSecret,
    control: &ReadControl,
    progress: &mut dyn FnMut(&Progress),
    now: DateTime<Utc>,
) -> Result<Vec<Option<FileOutcome>>> {
    let next = AtomicUsize::new(0);
    // Set when this thread stops early (an error of the store): the workers take no new file.
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<Note>();
    let mut slots: Vec<Option<FileOutcome>> = (0..jobs.len()).map(|_| None).collect();
    let kept = std::thread::scope(|scope| -> Result<()> {
        for _ in 0..workers(jobs.len()) {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) || control.cancel.load(Ordering::Relaxed) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                if tx.send(Note::Started(i)).is_err() {
                    break;
                }
                let found = work(job, secret, control);
                if tx.send(Note::Done(i, Box::new(found))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut started = 0;
        let result = (|| {
            for note in rx.iter() {
                match note {
                    Note::Started(i) => {
                        started += 1;
                        progress(&Progress {
                            file: jobs[i].rel.clone(),
                            file_index: started,
                            files: jobs.len(),
                        });
                    }
                    Note::Done(i, found) => {
                        let source = &sources[jobs[i].source];
                        slots[i] = Some(keep(store, source, &jobs[i], *found, now)?);
                    }
                }
            }
            Ok(())
        })();
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        result
    });
    kept?;
    if control.cancel.load(Ordering::Relaxed) {
        return Err(CoreError::Cancelled);
    }
    Ok(slots)
}

/// Keeps what a worker found for one file, and says what happened to it.
fn keep(
    store: &mut Store,
    source: &Source,
    job: &Job,
    found: Found,
    now: DateTime<Utc>,
) -> Result<FileOutcome> {
    let outcome = |status, report, error| FileOutcome {
        source: source.path.clone(),
        file: job.rel.clone(),
        status,
        report,
        error,
    };
    Ok(match found {
        Found::Cancelled => return Err(CoreError::Cancelled),
        Found::Unreadable(e) => outcome(FileStatus::Unreadable, None, Some(e)),
        Found::Unchanged(print) => {
            if job.old.as_ref().is_some_and(|o| o.mtime != print.mtime) {
                store.touch_file(source.id, &job.rel, &print.mtime)?;
            }
            let report = source
                .files
                .iter()
                .find(|f| f.rel_path == job.rel)
                .and_then(|f| f.report.clone());
            outcome(FileStatus::Unchanged, report, None)
        }
        Found::Read(print, read, index) => {
            store.keep_index(source.id, &job.rel, &print, &read, index, now)?;
            outcome(FileStatus::Read, Some(read.report), None)
        }
        Found::Failed(print, msg) => {
            store.record_read(source.id, &job.rel, &print, Err(&msg), now)?;
            outcome(FileStatus::Unreadable, None, Some(msg))
        }
    })
}
