//! Reading the records of hits again from their files (the store keeps where a record is, never
//! what it says): through the index's checkpoints when the file is as indexed, else from the top.
//! A record read again must be where the hit found it and carry the hit's keyed fingerprint, or
//! it is refused: a line deleted above it, or an edit in place that kept the file's size and
//! time, would otherwise show another person's record under this person's hit.

use super::{current_index, opened_points};
use crate::desk::index_secret;
use crate::search::marks::{compare, HitRecord};
use crate::search::Hit;
use crate::sources::read::read_back;
use crate::sources::ReadControl;
use crate::sources::{Locator, Record};
use crate::{CoreError, Result, Store};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reads the records of hits back, calling `sink` with the source, the file and each record.
/// Records of sources no longer added are passed over. A record that is not where the hit found
/// it (the file changed since the search) is an error: never someone else's record instead.
pub(crate) fn read_records<'a>(
    store: &Store,
    hits: impl IntoIterator<Item = &'a Hit>,
    control: &ReadControl,
    sink: &mut dyn FnMut(&str, &str, Record),
) -> Result<()> {
    // Per (source, file): each record number with where it was and its fingerprint.
    type Expected<'h> = BTreeMap<u64, (&'h Locator, &'h str)>;
    let mut by_file: BTreeMap<(String, String), Expected> = BTreeMap::new();
    for h in hits {
        if h.fingerprint.is_empty() {
            return Err(CoreError::SourceChanged {
                path: PathBuf::from(&h.file),
                message: "this search was kept before records were fingerprinted, so its records cannot be proven to be the same: search again".into(),
            });
        }
        by_file
            .entry((h.source.clone(), h.file.clone()))
            .or_default()
            .insert(h.record, (&h.locator, &h.fingerprint));
    }
    if by_file.is_empty() {
        return Ok(());
    }
    let secret = index_secret(store)?;
    let sources = store.sources()?;
    for ((source_path, file), expected) in by_file {
        let Some(source) = sources.iter().find(|s| s.path == source_path) else {
            continue;
        };
        let path: PathBuf = if source.is_folder {
            Path::new(&source.path).join(&file)
        } else {
            PathBuf::from(&source.path)
        };
        let records: Vec<u64> = expected.keys().copied().collect();
        let (sheets, checkpoints) = current_index(store, source, &path, &file)?
            .map(|i| (opened_points(&secret, &i), i.checkpoints))
            .unwrap_or_default();
        let mapping = store.mapping(source.id, &file)?;
        let mut found = 0;
        read_back(
            &path,
            &file,
            mapping.as_deref(),
            &checkpoints,
            &sheets,
            &records,
            control,
            &mut |r| {
                let same = expected.get(&r.number).is_some_and(|(locator, print)| {
                    **locator == r.locator && *print == secret.fingerprint(&r)
                });
                if same {
                    found += 1;
                    sink(&source_path, &file, r);
                }
            },
        )?;
        if found < records.len() {
            return Err(CoreError::SourceChanged {
                path: PathBuf::from(&file),
                message:
                    "the file changed since the search (a record is not where it was, or not as it was): search again"
                        .into(),
            });
        }
    }
    Ok(())
}

/// The record of a stored hit, read again from its file, to show beside the subject's
/// identifiers, with what of them each field carries.
pub fn hit_record(store: &Store, hit_id: i64, control: &ReadControl) -> Result<HitRecord> {
    let (stored, identifiers) = store.hit_with_search(hit_id)?;
    let hit = stored.hit;
    let mut found = None;
    read_records(store, [&hit], control, &mut |_, _, r| found = Some(r))?;
    let record = found.ok_or_else(|| CoreError::File {
        path: PathBuf::from(&hit.file),
        message: "the source it is in is no longer added: search again".into(),
    })?;
    Ok(compare(record, &identifiers, &hit.explanation))
}
