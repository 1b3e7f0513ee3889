//! An iOS chat export ZIP redacted: its `_chat.txt` rewritten by the chat pass, the media that
//! removed messages sent left out, every other entry copied compressed as it was.

use crate::fulfil::redaction::chat::{self, attachments, MessageEdit, Outcome};
use crate::{CoreError, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

pub(super) fn write_chat_zip(
    original: &Path,
    starts: &[u64],
    edits: &BTreeMap<u64, MessageEdit>,
    file: std::fs::File,
) -> Result<Outcome> {
    let fail = |e: &dyn std::fmt::Display| CoreError::File {
        path: original.to_path_buf(),
        message: format!("the chat export cannot be redacted: {e}"),
    };
    let input = std::fs::File::open(original).map_err(|e| fail(&e))?;
    let mut zip = ZipArchive::new(BufReader::new(input)).map_err(|e| fail(&e))?;
    let names: Vec<String> = (0..zip.len())
        .map(|i| {
            zip.by_index_raw(i)
                .map_err(|e| fail(&e))
                .and_then(|f| f.name().map(|n| n.into_owned()).map_err(|e| fail(&e)))
        })
        .collect::<Result<_>>()?;
    let chat_name = names
        .iter()
        .find(|n| n.rsplit('/').next() == Some("_chat.txt"))
        .cloned()
        .ok_or_else(|| fail(&"the zip holds no _chat.txt"))?;
    // The chat first (into memory): the text of its removed messages names the media to leave.
    let mut chat_out = Vec::new();
    let outcome = {
        let member = zip.by_name(&chat_name).map_err(|e| fail(&e))?;
        chat::redact(&mut BufReader::new(member), starts, edits, &mut chat_out)
            .map_err(|e| fail(&e))?
    };
    if !outcome.missing.is_empty() {
        return Ok(outcome);
    }
    let gone: BTreeSet<String> = attachments(&outcome.removed_text).into_iter().collect();
    let mut writer = ZipWriter::new(file);
    for (i, name) in names.iter().enumerate() {
        let base = name.rsplit('/').next().unwrap_or(name);
        if gone.contains(base) {
            continue;
        }
        if *name == chat_name {
            let options =
                SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
            writer
                .start_file(name.as_str(), options)
                .map_err(|e| fail(&e))?;
            writer.write_all(&chat_out).map_err(|e| fail(&e))?;
            continue;
        }
        let raw = zip.by_index_raw(i).map_err(|e| fail(&e))?;
        writer.raw_copy_file(raw).map_err(|e| fail(&e))?;
    }
    writer.finish().map_err(|e| fail(&e))?;
    Ok(outcome)
}
