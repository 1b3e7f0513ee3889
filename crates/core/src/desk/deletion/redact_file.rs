//! One export redacted into its copy: what the plan's action means for each record's cells
//! (removed; masked where the record is retained or restricted; a corrected cell replaced), then
//! the pass the file's format needs — CSV (UTF-16 through UTF-8 and back), workbook, chat text or
//! chat ZIP — written to a temporary file beside the copy and renamed into place.

use crate::fulfil::bundle::mask::MASK;
use crate::fulfil::deletion::plan::Action;
use crate::fulfil::redaction::{csv, mbox, xlsx};
use crate::sources::csv_file::sniff_file;
use crate::sources::sniff::TextEncoding;
use crate::sources::{Locator, ReadControl, Record, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::collections::BTreeMap;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// What is done to one record's copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Treatment {
    Remove,
    /// Cells given new text: (field index, text).
    Cells(Vec<(usize, String)>),
}

/// The roles whose cells are masked in a retained or restricted record: whatever says who the
/// person is or what they wrote. Ids, dates and amounts stay for the books.
fn personal(role: FieldRole) -> bool {
    matches!(
        role,
        FieldRole::Name
            | FieldRole::Email
            | FieldRole::Phone
            | FieldRole::Nik
            | FieldRole::Address
            | FieldRole::Text
    )
}

/// What the plan's action does to a record's copy; `None` leaves it as it is (processing stops
/// for some purposes, or a correction still without its new value).
pub(super) fn treatment(action: &Action, record: &Record) -> Option<Treatment> {
    if matches!(record.locator, Locator::Mail { .. }) {
        // A mail is removed whole or kept as it is: there are no cells to mask in it.
        return (*action == Action::Delete).then_some(Treatment::Remove);
    }
    match action {
        Action::Delete => Some(Treatment::Remove),
        Action::Retain { .. } | Action::Restrict => {
            let cells: Vec<(usize, String)> = record
                .fields
                .iter()
                .enumerate()
                .filter(|(_, f)| personal(f.role) && !f.raw.trim().is_empty())
                .map(|(i, _)| (i, MASK.to_string()))
                .collect();
            (!cells.is_empty()).then_some(Treatment::Cells(cells))
        }
        Action::Correct {
            field: Some(column),
            new_value: Some(value),
        } => record
            .fields
            .iter()
            .position(|f| f.column.as_ref() == column.as_str())
            .map(|i| Treatment::Cells(vec![(i, value.clone())])),
        Action::Correct { .. } | Action::StopProcessing { .. } => None,
    }
}

/// The kind of pass a file needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Csv,
    Workbook,
    ChatText,
    ChatZip,
    /// One message per file (`.eml`): it goes whole.
    MailFile,
    Mailbox,
}

pub(super) fn format_of(path: &Path, kind: SourceKind) -> Result<Format> {
    let chat = kind == SourceKind::WhatsappChat;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let fail = |m: &str| CoreError::File {
        path: path.to_path_buf(),
        message: m.into(),
    };
    Ok(match ext.as_str() {
        "zip" if chat => Format::ChatZip,
        _ if chat => Format::ChatText,
        "xlsx" | "xlsm" => Format::Workbook,
        "xls" | "ods" | "xlsb" => {
            return Err(fail("this spreadsheet format cannot be redacted byte for byte: save it as .xlsx (or CSV) in its program, add that file and search again"))
        }
        "eml" => Format::MailFile,
        _ if kind == SourceKind::Mail => Format::Mailbox,
        _ => Format::Csv,
    })
}

pub(super) fn io_fail<'a>(path: &'a Path, what: &str) -> impl Fn(std::io::Error) -> CoreError + 'a {
    let what = what.to_string();
    move |e| CoreError::File {
        path: path.to_path_buf(),
        message: format!("{what}: {e}"),
    }
}

/// What writing one copy did.
#[derive(Debug, Default)]
pub(super) struct Written {
    pub removed: u64,
    pub masked: u64,
    pub corrected: u64,
}

/// Writes the redacted copy of `original` to `copy` (through a temporary file beside it).
/// `treatments` are keyed by the records' locators.
pub(super) fn write_copy(
    original: &Path,
    display: &str,
    format: Format,
    treatments: &[(Locator, Treatment, bool)],
    copy: &Path,
    control: &ReadControl,
) -> Result<Written> {
    let dir = copy.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io_fail(dir, "the folder for the copy cannot be made"))?;
    let name = copy
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.pdpdesk-tmp"));
    let result = (|| {
        let file = std::fs::File::create(&tmp)
            .map_err(io_fail(&tmp, "the copy cannot be written here"))?;
        let written = match format {
            Format::Csv => write_csv(original, display, treatments, BufWriter::new(file))?,
            Format::Workbook => write_workbook(original, display, treatments, file)?,
            Format::ChatText | Format::ChatZip => super::redact_chat::write_chat(
                original, display, format, treatments, file, control,
            )?,
            Format::Mailbox => write_mailbox(original, display, treatments, BufWriter::new(file))?,
            Format::MailFile => {
                return Err(CoreError::Internal(
                    "a mail file is removed whole, not copied".into(),
                ))
            }
        };
        std::fs::rename(&tmp, copy).map_err(io_fail(copy, "the copy cannot be put in place"))?;
        Ok(written)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub(super) fn count(treatments: &[(Locator, Treatment, bool)]) -> Written {
    let mut w = Written::default();
    for (_, t, correction) in treatments {
        match t {
            Treatment::Remove => w.removed += 1,
            Treatment::Cells(_) if *correction => w.corrected += 1,
            Treatment::Cells(_) => w.masked += 1,
        }
    }
    w
}

pub(super) fn changed(display: &str, what: String) -> CoreError {
    CoreError::SourceChanged {
        path: display.into(),
        message: format!(
            "the file changed since the search ({what}): search again before redacting"
        ),
    }
}

fn write_csv(
    original: &Path,
    display: &str,
    treatments: &[(Locator, Treatment, bool)],
    mut out: impl Write,
) -> Result<Written> {
    let (encoding, delimiter) = sniff_file(original, display)?;
    let encode = |text: &str| -> Result<Vec<u8>> {
        match encoding {
            TextEncoding::Windows1252 => {
                let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
                if unmappable {
                    return Err(CoreError::invalid(
                        "new_value",
                        "not_in_encoding",
                        format!(
                            "{text:?} has letters the file's windows-1252 encoding cannot hold"
                        ),
                    ));
                }
                Ok(bytes.into_owned())
            }
            _ => Ok(text.as_bytes().to_vec()),
        }
    };
    let mut edits = BTreeMap::new();
    for (locator, t, _) in treatments {
        let Locator::Line { line } = locator else {
            return Err(changed(display, "a record is not a line of text".into()));
        };
        let edit = match t {
            Treatment::Remove => csv::Edit::Remove,
            Treatment::Cells(cells) => csv::Edit::Cells(
                cells
                    .iter()
                    .map(|(i, v)| Ok((*i, encode(v)?)))
                    .collect::<Result<_>>()?,
            ),
        };
        edits.insert(*line, edit);
    }
    let fail = io_fail(original, "cannot be read");
    let outcome = match encoding {
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let (text, bom) = utf16_text(original, encoding)?;
            let mut redacted = Vec::with_capacity(text.len());
            let outcome = csv::redact(&mut text.as_bytes(), delimiter, 0, &edits, &mut redacted)
                .map_err(|e| csv_failure(display, e))?;
            let redacted = String::from_utf8(redacted)
                .map_err(|_| CoreError::Internal("a UTF-16 file's copy is not text".into()))?;
            let units = redacted.encode_utf16();
            let mut bytes = Vec::with_capacity(redacted.len() * 2 + 2);
            let be = encoding == TextEncoding::Utf16Be;
            for u in bom.then_some(0xFEFF).into_iter().chain(units) {
                bytes.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out.write_all(&bytes)
                .map_err(io_fail(original, "the copy cannot be written"))?;
            outcome
        }
        _ => {
            let prefix = if encoding == TextEncoding::Utf8Bom {
                3
            } else {
                0
            };
            let mut input = BufReader::new(std::fs::File::open(original).map_err(fail)?);
            csv::redact(&mut input, delimiter, prefix, &edits, &mut out)
                .map_err(|e| csv_failure(display, e))?
        }
    };
    out.flush()
        .map_err(io_fail(original, "the copy cannot be written"))?;
    if !outcome.missing.is_empty() {
        return Err(changed(
            display,
            format!("no record starts on line {:?}", outcome.missing),
        ));
    }
    Ok(count(treatments))
}

fn csv_failure(display: &str, e: csv::Failure) -> CoreError {
    match e {
        csv::Failure::Io(e) => CoreError::File {
            path: display.into(),
            message: format!("the copy cannot be written: {e}"),
        },
        csv::Failure::Uncut(line) => CoreError::File {
            path: display.into(),
            message: format!("line {line}: the record's cells cannot be told apart safely (odd quoting), so it is not changed on a guess; correct the row in its program and search again"),
        },
    }
}

/// A UTF-16 file as text, and whether it starts with a byte-order mark. Refused when it is not
/// valid UTF-16: its bytes could not be given back as they were.
fn utf16_text(path: &Path, encoding: TextEncoding) -> Result<(String, bool)> {
    let bytes = std::fs::read(path).map_err(io_fail(path, "cannot be read"))?;
    let bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let body = if bom { &bytes[2..] } else { &bytes[..] };
    encoding
        .encoding()
        .decode_without_bom_handling_and_without_replacement(body)
        .map(|t| (t.into_owned(), bom))
        .ok_or_else(|| CoreError::File {
            path: path.to_path_buf(),
            message: "the file is not valid UTF-16, so a copy could not keep its other records byte for byte; save it again as UTF-8 CSV and search again".into(),
        })
}

fn write_workbook(
    original: &Path,
    display: &str,
    treatments: &[(Locator, Treatment, bool)],
    file: std::fs::File,
) -> Result<Written> {
    let mut edits: xlsx::Edits = BTreeMap::new();
    for (locator, t, _) in treatments {
        let Locator::Cell { sheet, row } = locator else {
            return Err(changed(display, "a record is not a spreadsheet row".into()));
        };
        let edit = match t {
            Treatment::Remove => xlsx::RowEdit::Remove,
            Treatment::Cells(cells) => xlsx::RowEdit::Cells(cells.clone()),
        };
        edits.entry(sheet.clone()).or_default().insert(*row, edit);
    }
    let outcome = xlsx::redact(original, display, &edits, BufWriter::new(file))?;
    if !outcome.missing.is_empty() {
        return Err(changed(
            display,
            format!("rows {} are not there", outcome.missing.join(", ")),
        ));
    }
    Ok(count(treatments))
}

fn write_mailbox(
    original: &Path,
    display: &str,
    treatments: &[(Locator, Treatment, bool)],
    mut out: impl Write,
) -> Result<Written> {
    let mut ids = std::collections::BTreeSet::new();
    for (locator, _, _) in treatments {
        let Locator::Mail { message_id } = locator else {
            return Err(changed(display, "a record is not a mail".into()));
        };
        ids.insert(message_id.clone());
    }
    let fail = io_fail(original, "the mailbox cannot be redacted");
    let mut input = BufReader::new(std::fs::File::open(original).map_err(&fail)?);
    let outcome = mbox::redact(&mut input, &ids, &mut out).map_err(&fail)?;
    out.flush().map_err(&fail)?;
    if !outcome.missing.is_empty() {
        return Err(changed(
            display,
            format!("no message {:?}", outcome.missing),
        ));
    }
    Ok(count(treatments))
}

/// Where a file's copy goes: `<out>/<source folder's name>/<file's path>`, with only plain
/// path parts kept.
pub(super) fn copy_path(out_dir: &Path, source: &str, file: &str) -> PathBuf {
    let source_name = Path::new(source)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sumber".into());
    let mut path = out_dir.join(crate::fulfil::bundle::names::part(&source_name));
    for part in Path::new(file).components() {
        if let std::path::Component::Normal(p) = part {
            path.push(p);
        }
    }
    path
}

/// Reads a whole file for its SHA-256.
pub(super) fn sha256_of(path: &Path) -> Result<String> {
    let f = std::fs::File::open(path).map_err(io_fail(path, "cannot be read"))?;
    crate::fulfil::bundle::digest::copy_hashed(BufReader::new(f), std::io::sink())
        .map(|(h, _)| h)
        .map_err(io_fail(path, "cannot be read"))
}
