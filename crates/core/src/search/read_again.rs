//! Reading the records of hits again from their files (the store keeps where a record is, never
//! what it says): through the index's checkpoints when the file is as indexed, else from the top.

use crate::sources::csv_file::ReadControl;
use crate::sources::read::read_back;
use crate::sources::refresh::modified;
use crate::sources::Record;
use crate::{CoreError, Result, Store};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reads the records `(source, file, record number)` back, calling `sink` with each record and
/// the file it is in. Records of sources no longer added are passed over.
pub(crate) fn read_records(
    store: &Store,
    wanted: impl IntoIterator<Item = (String, String, u64)>,
    control: &ReadControl,
    sink: &mut dyn FnMut(&str, Record),
) -> Result<()> {
    let mut by_file: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    for (source, file, record) in wanted {
        by_file.entry((source, file)).or_default().push(record);
    }
    let sources = store.sources()?;
    for ((source_path, file), mut records) in by_file {
        let Some(source) = sources.iter().find(|s| s.path == source_path) else {
            continue;
        };
        let path: PathBuf = if source.is_folder {
            Path::new(&source.path).join(&file)
        } else {
            PathBuf::from(&source.path)
        };
        records.sort_unstable();
        records.dedup();
        let checkpoints = match store.indexed_file(source.id, &file)? {
            Some(i)
                if std::fs::metadata(&path)
                    .is_ok_and(|m| m.len() == i.size && modified(&m) == i.mtime) =>
            {
                i.checkpoints
            }
            _ => Vec::new(),
        };
        let mapping = store.mapping(source.id, &file)?;
        read_back(
            &path,
            &file,
            mapping.as_deref(),
            &checkpoints,
            &records,
            control,
            &mut |r| sink(&file, r),
        )?;
    }
    Ok(())
}

/// The record of a stored hit, read again from its file, to show beside the subject's
/// identifiers.
pub fn hit_record(store: &Store, hit_id: i64, control: &ReadControl) -> Result<Record> {
    let hit = store.stored_hit(hit_id)?.hit;
    let mut found = None;
    read_records(
        store,
        [(hit.source.clone(), hit.file.clone(), hit.record)],
        control,
        &mut |_, r| found = Some(r),
    )?;
    found.ok_or_else(|| CoreError::File {
        path: PathBuf::from(&hit.file),
        message: format!(
            "record {} is not in the file any more (it changed or was removed since the search): search again",
            hit.record
        ),
    })
}
