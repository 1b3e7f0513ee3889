//! A search over every added source: through the index where it is current (probe the keyed
//! hashes of the subject's keys, read only those records back), by scanning the file where the
//! index is missing or the file changed since it was built, and by scanning every file when asked.

pub mod enrich;
pub mod read_again;
pub(crate) mod scan;

use crate::desk::index_secret;
use crate::desk::refresh::modified;
use crate::guide::state_after_search;
use crate::index::SubjectKeys;
use crate::search::gather::Gather;
use crate::search::literals::Literals;
use crate::search::stored::{Decision, StoredSearch};
use crate::search::{HitClass, SearchResult, SubjectQuery};
use crate::sources::added::Source;
use crate::sources::read::{files_of, read_back};
use crate::sources::ReadControl;
use crate::store::index::IndexedFile;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use scan::scan_file;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// How a search reads the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The index where it is current, the files themselves elsewhere.
    Indexed,
    /// Every file read whole.
    Scan,
}

/// Searches every added source for the subject.
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
    let literals = Literals::of(&subject).map(std::sync::Arc::new);
    let mut gather = Gather::new(&subject, &secret);
    for source in store.sources()? {
        let files = match files_of(Path::new(&source.path)) {
            Ok(f) => f,
            Err(e) => {
                gather.searched(&source.path, "", 0, Some(e.to_string()));
                continue;
            }
        };
        for known in &source.files {
            if !files.iter().any(|(_, rel)| *rel == known.rel_path) {
                let note = known.missing_note(source.added_at);
                gather.searched(&source.path, &known.rel_path, 0, Some(note));
            }
        }
        for (path, rel) in files {
            if control.cancel.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(CoreError::Cancelled);
            }
            // One snapshot of the store per file: a re-index or a new mapping from the other
            // program (window or CLI) lands before or after this file's probes, never between.
            let snapshot = store.snapshot()?;
            let current = match &keys {
                Some(_) => current_index(store, &source, &path, &rel)?,
                None => None,
            };
            match (current, &keys) {
                // A 1:1 chat may be the subject's conversation as a whole: it is read whole,
                // as the scan reads it.
                (Some(indexed), Some(keys)) if indexed.group_chat != Some(false) => look_up(
                    &mut gather,
                    store,
                    &source,
                    &path,
                    &rel,
                    &indexed,
                    keys,
                    control,
                )?,
                _ => scan_file(
                    &mut gather,
                    store,
                    &source,
                    &path,
                    &rel,
                    literals.as_ref(),
                    control,
                )?,
            }
            snapshot.end()?;
        }
    }
    let mut result = gather.finish(query);
    note_hashes(store, &mut result)?;
    Ok(result)
}

/// The SHA-256 of every file with hits, as it was searched.
fn note_hashes(store: &Store, result: &mut SearchResult) -> Result<()> {
    let with_hits: BTreeSet<(&str, &str)> = result
        .hits
        .iter()
        .map(|h| (h.source.as_str(), h.file.as_str()))
        .collect();
    let mut hashes = HashMap::new();
    let sources = store.sources()?;
    for (source, file) in with_hits {
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
        hashes.insert((source.to_string(), file.to_string()), hash);
    }
    for s in &mut result.searched {
        if let Some(h) = hashes.remove(&(s.source.clone(), s.file.clone())) {
            s.sha256 = h;
        }
    }
    Ok(())
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

#[allow(clippy::too_many_arguments)]
fn look_up(
    gather: &mut Gather,
    store: &Store,
    source: &Source,
    path: &Path,
    rel: &str,
    indexed: &IndexedFile,
    keys: &SubjectKeys,
    control: &ReadControl,
) -> Result<()> {
    let mapping = store.mapping(source.id, rel)?;
    let wanted = wanted(store, indexed.file_id, keys)?;
    let outcome = read_back(
        path,
        rel,
        mapping.as_deref(),
        &indexed.checkpoints,
        &wanted,
        control,
        &mut |r| gather.record(&source.path, rel, r),
    );
    match outcome {
        Ok(()) => gather.searched(&source.path, rel, indexed.records, None),
        Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
        Err(e) => gather.searched(&source.path, rel, 0, Some(e.to_string())),
    }
    Ok(())
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
