//! iOS "Export Chat" zips (`WhatsApp Chat - Name.zip`): the `_chat.txt` inside is read like
//! any chat export, streamed out of the zip; the media files beside it are never opened.

use super::sniff::SAMPLE;
use super::whatsapp::{read_from, ChatInfo};
use super::ReadControl;
use super::{FileReport, Record};
use crate::{CoreError, Result};
use std::io::Read;
use std::path::Path;

/// Reads the `_chat.txt` inside an iOS "Export Chat" zip (`WhatsApp Chat - Name.zip`); the media
/// files beside it are never opened.
pub fn read(
    path: &Path,
    display: &str,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<(FileReport, ChatInfo)> {
    let fail = |m: String| CoreError::File {
        path: display.into(),
        message: m,
    };
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|e| fail(format!("not a readable zip: {e}")))?;
    let name = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .find(|n| n.rsplit('/').next() == Some("_chat.txt"))
        .ok_or_else(|| fail("the zip holds no _chat.txt: not a WhatsApp chat export".into()))?;
    let mut head = Vec::new();
    archive
        .by_name(&name)
        .and_then(|m| Ok(m.take(SAMPLE as u64).read_to_end(&mut head)?))
        .map_err(|e| fail(format!("{name}: {e}")))?;
    // Streamed out of the zip, never held whole: it may inflate to gigabytes.
    let mut member = archive
        .by_name(&name)
        .map_err(|e| fail(format!("{name}: {e}")))?;
    let size = member.size();
    // The chat's name comes from the zip's name ("WhatsApp Chat - Grup.zip").
    let titled = path.with_extension("txt");
    read_from(&head, &mut member, size, &titled, display, control, sink)
}
