//! Guarding the spreadsheet reader against a zip bomb: calamine holds each cell's text whole
//! while it reads it (several copies of it), so a few hundred kilobytes that inflate to one cell
//! of hundreds of megabytes would take gigabytes. Before calamine reads a workbook, each sheet
//! and the shared strings that inflate far more than XML does (more than [`BOMB_RATIO`] times
//! their stored size, and past [`LARGEST_XML_TEXT`]) are inflated once here, a block at a time,
//! looking for one piece of XML (a text or a tag) longer than [`LARGEST_XML_TEXT`]. Such shared
//! strings past [`LARGEST_SHARED_STRINGS`] in all are refused without inflating them.

use memchr::memchr;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The longest piece of XML (between two `<`) calamine is let read: it holds a few copies of
/// it, well within the 200 MB a read may take.
pub(super) const LARGEST_XML_TEXT: u64 = 16 << 20;

/// Spreadsheet XML inflates about ten times; a part inflating more is looked at first.
const BOMB_RATIO: u64 = 20;

/// The most shared-string XML, inflating like a bomb, that is read: calamine holds it all.
const LARGEST_SHARED_STRINGS: u64 = 64 << 20;

/// What the guard found too large to read.
#[derive(Debug, Default)]
pub(super) struct Oversized {
    /// Sheets by name, with the Excel row of the first piece too long.
    pub sheets: HashMap<String, u64>,
    /// Why the shared strings (which calamine holds all at once) cannot be read.
    pub shared_strings: Option<String>,
}

/// Finds the parts of a workbook that hold a piece of XML too long to read (see the module
/// documentation); a workbook that is not a readable zip is left for calamine to refuse.
pub(super) fn oversized(path: &Path) -> Oversized {
    let mut found = Oversized::default();
    let Ok(file) = std::fs::File::open(path) else {
        return found;
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return found;
    };
    let suspect: Vec<(String, u64)> = (0..zip.len())
        .filter_map(|i| {
            let entry = zip.by_index_raw(i).ok()?;
            let inflated = entry.size();
            let bomb = inflated > LARGEST_XML_TEXT
                && inflated > entry.compressed_size().saturating_mul(BOMB_RATIO);
            let name = entry.name().ok()?.into_owned();
            bomb.then_some((name, inflated))
        })
        .collect();
    if suspect.is_empty() {
        return found;
    }
    let names = sheet_names(&mut zip);
    for (part, inflated) in suspect {
        let shared = part.ends_with("sharedStrings.xml");
        if shared && inflated > LARGEST_SHARED_STRINGS {
            found.shared_strings = Some(format!(
                "the shared texts inflate to {} MB, past {} MB",
                inflated >> 20,
                LARGEST_SHARED_STRINGS >> 20
            ));
            continue;
        }
        let Some(sheet) = names.get(&part).cloned().or(shared.then(String::new)) else {
            continue;
        };
        let Ok(entry) = zip.by_name(&part) else {
            continue;
        };
        let element: &[u8] = if shared { b"si" } else { b"row" };
        if let Some(at) = longest_piece(entry, element) {
            if shared {
                found.shared_strings = Some(format!(
                    "shared text {at} inflates past {} MB",
                    LARGEST_XML_TEXT >> 20
                ));
            } else {
                found.sheets.insert(sheet, at);
            }
        }
    }
    found
}

/// The value of `name="…"` in a tag's text, entities for quotes and ampersands decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(
        tag[start..start + len]
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The tags named `element` (with or without a namespace prefix) of a small XML part.
fn tags(
    zip: &mut zip::ZipArchive<impl Read + std::io::Seek>,
    part: &str,
    element: &str,
) -> Vec<String> {
    let mut text = String::new();
    let Ok(entry) = zip.by_name(part) else {
        return Vec::new();
    };
    if entry
        .take(LARGEST_XML_TEXT)
        .read_to_string(&mut text)
        .is_err()
    {
        return Vec::new();
    }
    text.split('<')
        .filter(|t| {
            let name = t.split([' ', '/', '>']).next().unwrap_or_default();
            name == element || name.ends_with(&format!(":{element}"))
        })
        .map(|t| t.split('>').next().unwrap_or_default().to_string())
        .collect()
}

/// Each worksheet part's sheet name, from the workbook and its relationships.
pub(super) fn sheet_names(
    zip: &mut zip::ZipArchive<impl Read + std::io::Seek>,
) -> HashMap<String, String> {
    let targets: HashMap<String, String> = tags(zip, "xl/_rels/workbook.xml.rels", "Relationship")
        .iter()
        .filter_map(|t| {
            let target = attribute(t, "Target")?;
            let part = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("xl/{target}"),
            };
            Some((attribute(t, "Id")?, part))
        })
        .collect();
    tags(zip, "xl/workbook.xml", "sheet")
        .iter()
        .filter_map(|t| {
            let id = attribute(t, "r:id").or_else(|| attribute(t, "id"))?;
            Some((targets.get(&id)?.clone(), attribute(t, "name")?))
        })
        .collect()
}

/// How much of a tag is kept to read its name and row number.
const HEAD: usize = 64;

/// Where an XML part first holds a piece longer than [`LARGEST_XML_TEXT`]: the number of the
/// `element` it is in (a row's `r` attribute, or the count of elements when there is none).
fn longest_piece(mut part: impl Read, element: &[u8]) -> Option<u64> {
    let mut block = vec![0u8; 256 * 1024];
    let (mut piece, mut number) = (0u64, 0u64);
    let mut head = Vec::with_capacity(HEAD);
    loop {
        let n = part.read(&mut block).ok()?;
        if n == 0 {
            return None;
        }
        let mut rest = &block[..n];
        loop {
            let next = memchr(b'<', rest);
            let end = next.unwrap_or(rest.len());
            let room = HEAD.saturating_sub(head.len()).min(end);
            head.extend_from_slice(&rest[..room]);
            piece += end as u64;
            let Some(at) = next else {
                break;
            };
            number = numbered(&head, element).map_or(number, |r| r.unwrap_or(number + 1));
            if piece > LARGEST_XML_TEXT {
                return Some(number);
            }
            (piece, rest) = (0, &rest[at + 1..]);
            head.clear();
        }
        if piece > LARGEST_XML_TEXT {
            return Some(number);
        }
    }
}

/// For the start of a tag `element`: `Some` with its `r` attribute if it has one.
pub(super) fn numbered(head: &[u8], element: &[u8]) -> Option<Option<u64>> {
    let tag = String::from_utf8_lossy(head);
    let name = tag.split([' ', '/', '>']).next().unwrap_or_default();
    let local = name.rsplit(':').next().unwrap_or_default();
    (local.as_bytes() == element).then(|| attribute(&tag, "r").and_then(|r| r.parse().ok()))
}
