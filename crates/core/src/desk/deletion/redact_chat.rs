//! A chat export redacted: the text export through the chat pass (a UTF-16 one refused: WhatsApp
//! writes UTF-8); an iOS export ZIP with its `_chat.txt` rewritten by the same pass, the media
//! that removed messages sent left out, every other entry copied compressed as it was.

use super::redact_file::{changed, count, io_fail, Format, Treatment, Written};
use crate::fulfil::redaction::chat::{self, attachments, MessageEdit, Outcome};
use crate::sources::read::read_file;
use crate::sources::sniff::TextEncoding;
use crate::sources::{Locator, ReadControl};
use crate::{CoreError, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

fn write_chat_zip(
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

/// The first line of every message of a chat, as its reading locates them.
fn message_starts(original: &Path, display: &str, control: &ReadControl) -> Result<Vec<u64>> {
    let mut starts = Vec::new();
    read_file(original, display, None, control, &mut |r| {
        if let Locator::Message { line, .. } = r.locator {
            starts.push(line);
        }
    })?;
    starts.sort_unstable();
    Ok(starts)
}

pub(super) fn write_chat(
    original: &Path,
    display: &str,
    format: Format,
    treatments: &[(Locator, Treatment, bool)],
    file: std::fs::File,
    control: &ReadControl,
) -> Result<Written> {
    let starts = message_starts(original, display, control)?;
    let mut edits = BTreeMap::new();
    for (locator, t, _) in treatments {
        let Locator::Message { line, .. } = locator else {
            return Err(changed(display, "a record is not a chat message".into()));
        };
        let edit = match t {
            Treatment::Remove => chat::MessageEdit::Remove,
            Treatment::Cells(_) => chat::MessageEdit::Mask,
        };
        edits.insert(*line, edit);
    }
    let fail = io_fail(original, "the chat cannot be redacted");
    let outcome = match format {
        Format::ChatZip => write_chat_zip(original, &starts, &edits, file)?,
        _ => {
            let mut out = BufWriter::new(file);
            let mut head = Vec::new();
            std::fs::File::open(original)
                .and_then(|f| f.take(4096).read_to_end(&mut head))
                .map_err(&fail)?;
            if matches!(
                crate::sources::sniff::encoding(&head),
                TextEncoding::Utf16Le | TextEncoding::Utf16Be
            ) {
                return Err(CoreError::File {
                    path: display.into(),
                    message: "a UTF-16 chat export is not redacted here: export the chat again from WhatsApp (it writes UTF-8)".into(),
                });
            }
            let mut input = BufReader::new(std::fs::File::open(original).map_err(&fail)?);
            let outcome = chat::redact(&mut input, &starts, &edits, &mut out).map_err(&fail)?;
            out.flush().map_err(&fail)?;
            outcome
        }
    };
    if !outcome.missing.is_empty() {
        return Err(changed(
            display,
            format!("no message starts on line {:?}", outcome.missing),
        ));
    }
    Ok(count(treatments))
}
