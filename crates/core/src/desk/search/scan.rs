//! The scan path: a file is read whole; the rows that pass the prefilter (the subject's literal
//! spellings) become records handed to the gathering. Used for files the index does not know or
//! that changed since it was built, and for every file with `--scan`.

use crate::search::gather::Gather;
use crate::search::literals::Literals;
use crate::sources::prefilter::{wants_record, Prefilter};
use crate::sources::read::read_file_where;
use crate::sources::Locator;
use crate::sources::ReadControl;
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::path::Path;
use std::sync::Arc;

/// Reads the file at `path` whole as the file `rel` of the source at `source_path` (a redacted
/// copy is searched as the export it was made from, with staff's column roles for it).
pub(crate) fn scan_path(
    gather: &mut Gather,
    source_path: &str,
    mapping: Option<&[FieldRole]>,
    path: &Path,
    rel: &str,
    literals: Option<&Arc<Literals>>,
    control: &ReadControl,
) -> Result<()> {
    let mut messages = Vec::new();
    let wants = literals.map(|l| l.clone() as Arc<dyn Prefilter>);
    let read = read_file_where(path, rel, mapping, control, wants, &mut |r| {
        // Chats and mail are read whole (a 1:1 chat counts as a whole); their messages without
        // any of the subject's spellings are only listed.
        if matches!(r.locator, Locator::Message { .. }) {
            messages.push(gather.message(&r));
        }
        let unwanted = matches!(r.locator, Locator::Message { .. } | Locator::Mail { .. })
            && literals.is_some_and(|l| !wants_record(l.as_ref(), &r));
        if !unwanted {
            gather.record(source_path, rel, r)
        }
    });
    match read {
        Ok(read) => {
            if let Some(chat) = read.chat.filter(|c| !c.is_group) {
                gather.one_to_one(source_path, rel, chat.title, messages);
            }
            gather.searched(source_path, rel, read.report.records, None);
        }
        Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
        Err(e) => gather.searched(source_path, rel, 0, Some(e.to_string())),
    }
    Ok(())
}
