//! A search over every added source: through the index where it is current (probe the keyed
//! hashes of the subject's keys, read only those records back), by scanning the file where the
//! index is missing or the file changed since it was built, and by scanning every file when asked.

pub mod enrich;
pub mod read_again;
pub(crate) mod scan;

use crate::desk::index_secret;
use crate::desk::refresh::modified;
use crate::guide::state_after_search;
use crate::index::{points, IndexSecret, SubjectKeys};
use crate::search::gather::Gather;
use crate::search::literals::Literals;
use crate::search::stored::{Decision, StoredSearch};
use crate::search::{HitClass, SearchResult, SubjectQuery};
use crate::sources::added::Source;
use crate::sources::read::{files_of, read_back};
use crate::sources::xlsx_points::SheetPoints;
use crate::sources::ReadControl;
use crate::store::index::IndexedFile;
use crate::vocabulary::FieldRole;
use crate::{parallel, CoreError, Result, Store};
use chrono::{DateTime, Utc};
use scan::scan_path;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// How a search reads the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The index where it is current, the files themselves elsewhere.
    Indexed,
    /// Every file read whole.
    Scan,
}

/// One file's part of a search, planned on the store's thread: what to read and how.
enum FileJob {
    /// Nothing to read: the file is gone or the folder cannot be listed (why in `note`).
    Note {
        source: String,
        rel: String,
        note: String,
    },
    /// The index is current: only the records its keyed hashes name are read back.
    LookUp {
        source: String,
        path: PathBuf,
        rel: String,
        mapping: Option<Vec<FieldRole>>,
        indexed: IndexedFile,
        wanted: Vec<u64>,
        /// The file's SHA-256 from the reading that built the index, which is still current.
        sha256: Option<String>,
    },
    /// The file is read whole (not indexed, changed since, a 1:1 chat, or a scan was asked for).
    Scan {
        source: String,
        path: PathBuf,
        rel: String,
        mapping: Option<Vec<FieldRole>>,
    },
}

/// Searches every added source for the subject. The store is asked on this thread what to read
/// in each file; the files are then read on one worker per core, and what each file gave is
/// gathered in the folders' order, so the result does not depend on which file finished first.
pub fn search(
    store: &Store,
    query: &SubjectQuery,
    method: Method,
    control: &ReadControl,
) -> Result<SearchResult> {
    let subject = query.keys();
    let secret = index_secret(store)?;
    let keys = match method {
        Method::Indexed => Some(secret.subject_keys(&subject)),
        Method::Scan => None,
    };
    let jobs = plan(store, keys.as_ref(), control)?;
    let literals = Literals::of(&subject).map(Arc::new);
    let mut gather = Gather::new(&subject, &secret);
    let mut failed = None;
    parallel::each_in_order(
        &jobs,
        |job| {
            let mut part = Gather::new(&subject, &secret);
            read(&mut part, &secret, job, literals.as_ref(), control).map(|()| part)
        },
        |part| match part {
            Ok(part) => gather.absorb(part),
            Err(e) => {
                failed.get_or_insert(e);
            }
        },
    );
    if let Some(e) = failed {
        return Err(e);
    }
    let mut result = gather.finish(query);
    let known = jobs
        .into_iter()
        .filter_map(|job| match job {
            FileJob::LookUp {
                source,
                rel,
                sha256: Some(sha256),
                ..
            } => Some(((source, rel), sha256)),
            _ => None,
        })
        .collect();
    note_hashes(store, &mut result, known)?;
    Ok(result)
}

/// What to read in every file of every source, asked of the store file by file.
fn plan(store: &Store, keys: Option<&SubjectKeys>, control: &ReadControl) -> Result<Vec<FileJob>> {
    let mut jobs = Vec::new();
    for source in store.sources()? {
        let files = match files_of(Path::new(&source.path)) {
            Ok(f) => f,
            Err(e) => {
                jobs.push(FileJob::Note {
                    source: source.path.clone(),
                    rel: String::new(),
                    note: e.to_string(),
                });
                continue;
            }
        };
        for known in &source.files {
            if !files.iter().any(|(_, rel)| *rel == known.rel_path) {
                jobs.push(FileJob::Note {
                    source: source.path.clone(),
                    rel: known.rel_path.clone(),
                    note: known.missing_note(source.added_at),
                });
            }
        }
        for (path, rel) in files {
            if control.cancel.load(Ordering::Relaxed) {
                return Err(CoreError::Cancelled);
            }
            // One snapshot of the store per file: a re-index or a new mapping from the other
            // program (window or CLI) lands before or after this file's probes, never between.
            let snapshot = store.snapshot()?;
            let mapping = store.mapping(source.id, &rel)?;
            let current = match keys {
                Some(_) => current_index(store, &source, &path, &rel)?,
                None => None,
            };
            let job = match (current, keys) {
                // A 1:1 chat may be the subject's conversation as a whole: it is read whole,
                // as the scan reads it.
                (Some(indexed), Some(keys)) if indexed.group_chat != Some(false) => {
                    FileJob::LookUp {
                        source: source.path.clone(),
                        wanted: wanted(store, indexed.file_id, keys)?,
                        sha256: store
                            .fingerprint(source.id, &rel)?
                            .filter(|f| f.size == indexed.size && f.mtime == indexed.mtime)
                            .map(|f| f.sha256),
                        path,
                        rel,
                        mapping,
                        indexed,
                    }
                }
                _ => FileJob::Scan {
                    source: source.path.clone(),
                    path,
                    rel,
                    mapping,
                },
            };
            snapshot.end()?;
            jobs.push(job);
        }
    }
    Ok(jobs)
}

/// Reads one file as planned, into `gather` (a workbook's access points are opened here, on the
/// worker).
fn read(
    gather: &mut Gather,
    secret: &IndexSecret,
    job: &FileJob,
    literals: Option<&Arc<Literals>>,
    control: &ReadControl,
) -> Result<()> {
    if control.cancel.load(Ordering::Relaxed) {
        return Err(CoreError::Cancelled);
    }
    match job {
        FileJob::Note { source, rel, note } => {
            gather.searched(source, rel, 0, Some(note.clone()));
            Ok(())
        }
        FileJob::LookUp {
            source,
            path,
            rel,
            mapping,
            indexed,
            wanted,
            sha256: _,
        } => {
            let outcome = read_back(
                path,
                rel,
                mapping.as_deref(),
                &indexed.checkpoints,
                &opened_points(secret, indexed),
                wanted,
                control,
                &mut |r| gather.record(source, rel, r),
            );
            match outcome {
                Ok(()) => gather.searched(source, rel, indexed.records, None),
                Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
                Err(e) => gather.searched(source, rel, 0, Some(e.to_string())),
            }
            Ok(())
        }
        FileJob::Scan {
            source,
            path,
            rel,
            mapping,
        } => scan_path(
            gather,
            source,
            mapping.as_deref(),
            path,
            rel,
            literals,
            control,
        ),
    }
}

/// The SHA-256 of every file with hits, as it was searched: for a file looked up through its
/// index, the hash of the reading that built it (`known`; the index is current only while the
/// file's size and time are those of that reading, as for the records it names), for any other
/// file hashed now.
fn note_hashes(
    store: &Store,
    result: &mut SearchResult,
    mut known: HashMap<(String, String), String>,
) -> Result<()> {
    let with_hits: BTreeSet<(&str, &str)> = result
        .hits
        .iter()
        .map(|h| (h.source.as_str(), h.file.as_str()))
        .collect();
    let mut hashes = HashMap::new();
    let sources = store.sources()?;
    for (source, file) in with_hits {
        let key = (source.to_string(), file.to_string());
        if let Some(hash) = known.remove(&key) {
            hashes.insert(key, Some(hash));
            continue;
        }
        let Some(s) = sources.iter().find(|s| s.path == source) else {
            continue;
        };
        let path = if s.is_folder {
            Path::new(&s.path).join(file)
        } else {
            Path::new(&s.path).to_path_buf()
        };
        let hash = std::fs::File::open(&path)
            .and_then(|f| crate::fulfil::bundle::digest::copy_hashed(f, std::io::sink()))
            .map(|(h, _)| h)
            .ok();
        hashes.insert(key, hash);
    }
    for s in &mut result.searched {
        if let Some(h) = hashes.remove(&(s.source.clone(), s.file.clone())) {
            s.sha256 = h;
        }
    }
    Ok(())
}

/// A workbook's access points as its index keeps them (none when they cannot be opened: the
/// workbook is then read from its start).
pub(crate) fn opened_points(secret: &IndexSecret, indexed: &IndexedFile) -> Vec<SheetPoints> {
    indexed
        .access_points
        .as_deref()
        .and_then(|sealed| points::open(secret, sealed))
        .unwrap_or_default()
}

/// The file's index, when the file is still as it was when indexed.
pub(crate) fn current_index(
    store: &Store,
    source: &Source,
    path: &Path,
    rel: &str,
) -> Result<Option<IndexedFile>> {
    let Some(indexed) = store.indexed_file(source.id, rel)? else {
        return Ok(None);
    };
    Ok(std::fs::metadata(path)
        .ok()
        .filter(|m| m.len() == indexed.size && modified(m) == indexed.mtime)
        .map(|_| indexed))
}

/// The records of an indexed file worth reading back: any that carries one of the subject's
/// e-mails, phones or NIKs, and any whose names or text share enough word starts with the
/// subject's name.
fn wanted(store: &Store, file_id: i64, keys: &SubjectKeys) -> Result<Vec<u64>> {
    let mut wanted = BTreeSet::new();
    for key in &keys.identifiers {
        wanted.extend(store.probe(file_id, *key)?);
    }
    let needed = keys.starts.len().min(2);
    let mut starts: HashMap<u64, usize> = HashMap::new();
    for key in &keys.starts {
        for record in store.probe(file_id, *key)? {
            *starts.entry(record).or_default() += 1;
        }
    }
    wanted.extend(
        starts
            .into_iter()
            .filter(|(_, n)| needed > 0 && *n >= needed)
            .map(|(r, _)| r),
    );
    Ok(wanted.into_iter().collect())
}

/// Keeps a search's result with the request it was made for (the reasonable-search record and
/// the hits to decide) and moves a new request on to searching: the state follows the work.
pub fn keep(
    store: &mut Store,
    request_id: &str,
    result: &SearchResult,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<StoredSearch> {
    let kept = store.keep_search(request_id, result, actor, now)?;
    let request = store.request(request_id)?;
    if let Some(to) = state_after_search(request.state) {
        store.set_state(&request, to, "pencarian data dijalankan", actor, now)?;
    }
    Ok(kept)
}

/// Confirms every strong hit of the request's latest search that staff have not decided yet
/// (an e-mail, a phone or a NIK that matches alone); weak hits and namesakes stay for staff.
pub fn confirm_strong(
    store: &mut Store,
    request_id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<usize> {
    let search = store.latest_search(request_id)?.ok_or_else(|| {
        CoreError::invalid(
            "search",
            "required",
            format!("{request_id} has no search yet"),
        )
    })?;
    let ids: Vec<i64> = search
        .hits
        .iter()
        .filter(|h| h.hit.class == HitClass::Strong && h.decision.is_none())
        .map(|h| h.id)
        .collect();
    store.decide_hits(&ids, Decision::Confirmed, None, actor, now)
}
