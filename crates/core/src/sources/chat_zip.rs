//! iOS "Export Chat" zips (`WhatsApp Chat - Name.zip`): the `_chat.txt` inside is read like
//! any chat export; the media files beside it are never opened.

use super::csv_file::ReadControl;
use super::whatsapp::{read_from, ChatInfo};
use super::{FileReport, Record};
use crate::{CoreError, Result};
use std::io::Read;
use std::path::Path;

/// Largest `_chat.txt` read out of an iOS export zip (it is held in memory).
const MAX_ZIPPED_CHAT: u64 = 512 * 1024 * 1024;

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
    let mut member = archive
        .by_name(&name)
        .map_err(|e| fail(format!("{name}: {e}")))?;
    if member.size() > MAX_ZIPPED_CHAT {
        return Err(fail(format!(
            "{name} is larger than 512 MB; unzip it and add the folder instead"
        )));
    }
    let mut bytes = Vec::with_capacity(member.size() as usize);
    member
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("{name}: {e}")))?;
    let bytes = std::sync::Arc::new(bytes);
    let open = || -> std::io::Result<Box<dyn Read>> {
        Ok(Box::new(std::io::Cursor::new(SharedBytes(bytes.clone()))))
    };
    // The chat's name comes from the zip's name ("WhatsApp Chat - Grup.zip").
    let titled = path.with_extension("txt");
    read_from(&open, bytes.len() as u64, &titled, display, control, sink)
}

/// Bytes shared between the two passes over an unzipped chat.
struct SharedBytes(std::sync::Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}
