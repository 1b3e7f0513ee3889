//! Where a workbook keeps its sheets: the sheet names of `xl/workbook.xml` and the part each
//! names through `xl/_rels/workbook.xml.rels`, and the shared string table's part.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::BTreeMap;
use std::io::{Read, Seek};
use zip::ZipArchive;

/// The parts of a workbook a redaction touches.
pub struct Parts {
    /// Sheet name → its part (`xl/worksheets/sheet1.xml`).
    pub sheets: BTreeMap<String, String>,
    pub strings: Option<String>,
}

/// The attributes of every element named `name` in `xml`.
fn elements(xml: &str, name: &str) -> Result<Vec<BTreeMap<String, String>>, String> {
    let mut reader = Reader::from_str(xml);
    let mut found = Vec::new();
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Eof => return Ok(found),
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == name => {
                let mut attributes = BTreeMap::new();
                for a in e.attributes().with_checks(false).flatten() {
                    let key = a.key.local_name().as_ref().to_string();
                    let value = quick_xml::escape::unescape(&a.value).map_err(|e| e.to_string())?;
                    attributes.insert(key, value.into_owned());
                }
                found.push(attributes);
            }
            _ => {}
        }
    }
}

/// A relationship's target as a part name inside the ZIP (relative to `xl/`, or absolute).
fn part_name(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{}", target.trim_start_matches("./")),
    }
}

pub fn parts<R: Read + Seek>(zip: &mut ZipArchive<R>) -> Result<Parts, String> {
    let workbook = read_part(zip, "xl/workbook.xml")?;
    let rels = read_part(zip, "xl/_rels/workbook.xml.rels")?;
    let rels = elements(&rels, "Relationship")?;
    let target = |id: &str| {
        rels.iter()
            .find(|r| r.get("Id").map(String::as_str) == Some(id))
            .and_then(|r| r.get("Target"))
            .map(|t| part_name(t))
    };
    let mut sheets = BTreeMap::new();
    for sheet in elements(&workbook, "sheet")? {
        if let (Some(name), Some(part)) =
            (sheet.get("name"), sheet.get("id").and_then(|id| target(id)))
        {
            sheets.insert(name.clone(), part);
        }
    }
    let strings = rels
        .iter()
        .find(|r| r.get("Type").is_some_and(|t| t.ends_with("/sharedStrings")))
        .and_then(|r| r.get("Target"))
        .map(|t| part_name(t));
    Ok(Parts { sheets, strings })
}

/// The 0-based column and the row of a cell reference (`AB12` → 27, 12).
pub fn cell_ref(reference: &str) -> Option<(usize, u64)> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let column = reference[..letters].bytes().fold(0usize, |n, b| {
        n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row = reference[letters..].parse().ok()?;
    Some((column - 1, row))
}

/// Reads a whole small part as text (the workbook and its relationships).
fn read_part<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    name: &str,
) -> std::result::Result<String, String> {
    let mut text = String::new();
    zip.by_name(name)
        .map_err(|e| format!("{name}: {e}"))?
        .take(64 << 20)
        .read_to_string(&mut text)
        .map_err(|e| format!("{name}: {e}"))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_read_as_excel_numbers_them() {
        assert_eq!(cell_ref("A1"), Some((0, 1)));
        assert_eq!(cell_ref("AB12"), Some((27, 12)), "AB is the 28th column");
        assert_eq!(cell_ref("12"), None, "a reference starts with its column");
        assert_eq!(
            part_name("worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            part_name("/xl/worksheets/sheet2.xml"),
            "xl/worksheets/sheet2.xml"
        );
    }
}
