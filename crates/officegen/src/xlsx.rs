//! A minimal streaming XLSX writer: one sheet of inline strings, numbers and date cells, its XML
//! deflated straight into the zip entry as rows are written (constant memory at a million rows).

use chrono::NaiveDate;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// A cell.
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    Number(u64),
    /// A real date cell shown as dd/mm/yyyy.
    Date(NaiveDate),
}

const PARTS: &[(&str, &str)] = &[
    (
        "[Content_Types].xml",
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#,
    ),
    (
        "_rels/.rels",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#,
    ),
    (
        "docProps/core.xml",
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Rina Admin</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T02:00:00Z</dcterms:created></cp:coreProperties>"#,
    ),
    (
        "docProps/app.xml",
        r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>"#,
    ),
    (
        "xl/_rels/workbook.xml.rels",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
    ),
    (
        "xl/styles.xml",
        r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#,
    ),
];

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// An .xlsx being written.
pub struct XlsxWriter {
    zip: ZipWriter<BufWriter<File>>,
    row: u64,
    line: String,
}

fn io_error(e: zip::result::ZipError) -> io::Error {
    io::Error::other(e)
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
fn column(mut i: usize) -> String {
    let mut s = Vec::new();
    i += 1;
    while i > 0 {
        let r = (i - 1) % 26;
        s.push(b'A' + r as u8);
        i = (i - 1) / 26;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

/// XML text: escaped, without the control characters XML forbids.
fn escape(s: &str, out: &mut String) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
}

impl XlsxWriter {
    /// Starts a workbook with one sheet; `fast` deflates at level 2 (big benchmark files; level 1
    /// writes the whole sheet as one deflate block, which no spreadsheet program does).
    pub fn create(path: &Path, sheet: &str, fast: bool) -> io::Result<XlsxWriter> {
        let file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        let mut zip = ZipWriter::new(file);
        let stamp = zip::DateTime::from_date_and_time(2024, 6, 30, 9, 0, 0).unwrap_or_default();
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(if fast { 2 } else { 6 }))
            .last_modified_time(stamp)
            .unix_permissions(0o644);
        let mut workbook = String::from(
            r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=""#,
        );
        escape(sheet, &mut workbook);
        workbook.push_str(r#"" sheetId="1" r:id="rId1"/></sheets></workbook>"#);
        let parts = PARTS
            .iter()
            .map(|(n, x)| (*n, x.to_string()))
            .chain([("xl/workbook.xml", workbook)]);
        for (name, xml) in parts {
            zip.start_file(name, options).map_err(io_error)?;
            zip.write_all(XML_DECL.as_bytes())?;
            zip.write_all(xml.as_bytes())?;
        }
        zip.start_file("xl/worksheets/sheet1.xml", options.large_file(true))
            .map_err(io_error)?;
        zip.write_all(XML_DECL.as_bytes())?;
        zip.write_all(br#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#)?;
        Ok(XlsxWriter {
            zip,
            row: 0,
            line: String::new(),
        })
    }

    /// Writes a row (bold when `header`); returns its worksheet row number.
    pub fn row(&mut self, cells: &[Cell], header: bool) -> io::Result<u64> {
        self.row += 1;
        let r = self.row;
        let line = &mut self.line;
        line.clear();
        line.push_str(&format!("<row r=\"{r}\">"));
        for (i, cell) in cells.iter().enumerate() {
            let at = format!("{}{r}", column(i));
            match cell {
                Cell::Empty | Cell::Text("") => {}
                Cell::Text(s) => {
                    let style = if header { " s=\"2\"" } else { "" };
                    let keep = s.trim() != *s || s.contains('\n') || s.contains("  ");
                    let space = if keep { " xml:space=\"preserve\"" } else { "" };
                    line.push_str(&format!(
                        "<c r=\"{at}\"{style} t=\"inlineStr\"><is><t{space}>"
                    ));
                    escape(s, line);
                    line.push_str("</t></is></c>");
                }
                Cell::Number(n) => line.push_str(&format!("<c r=\"{at}\"><v>{n}</v></c>")),
                Cell::Date(d) => {
                    let serial =
                        (*d - NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default()).num_days();
                    line.push_str(&format!("<c r=\"{at}\" s=\"1\"><v>{serial}</v></c>"));
                }
            }
        }
        line.push_str("</row>");
        self.zip.write_all(self.line.as_bytes())?;
        Ok(r)
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.zip.write_all(b"</sheetData></worksheet>")?;
        let mut file = self.zip.finish().map_err(io_error)?;
        file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_like_excel() {
        assert_eq!(column(0), "A");
        assert_eq!(column(25), "Z");
        assert_eq!(column(26), "AA");
        assert_eq!(column(30), "AE");
        let mut s = String::new();
        escape("a<b & c\u{1}", &mut s);
        assert_eq!(s, "a&lt;b &amp; c", "control characters are dropped");
    }
}
