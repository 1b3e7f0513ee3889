//! Writing text exports row by row: CSV cells quoted as each product quotes them, and a writer
//! that knows the record number and physical line where each record starts (the locators of the
//! truth file).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// How a CSV row is quoted.
#[derive(Clone, Copy)]
pub struct CsvStyle {
    pub delimiter: char,
    pub eol: &'static str,
    /// Every cell quoted (Google Forms).
    pub quote_all: bool,
    /// An empty text quoted as `""` while a missing value stays empty (Ruby's CSV).
    pub quote_empty: bool,
}

impl CsvStyle {
    pub const fn plain(delimiter: char, eol: &'static str) -> CsvStyle {
        CsvStyle {
            delimiter,
            eol,
            quote_all: false,
            quote_empty: false,
        }
    }
}

/// One CSV row; `None` is a missing value (never quoted).
pub fn csv_line<S: AsRef<str>>(cells: &[Option<S>], style: CsvStyle) -> String {
    let mut out = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(style.delimiter);
        }
        let Some(s) = cell else { continue };
        let s = s.as_ref();
        let quote = style.quote_all
            || (style.quote_empty && s.is_empty())
            || s.contains(style.delimiter)
            || s.contains(['"', '\n', '\r']);
        if quote {
            out.push('"');
            out.push_str(&s.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(s);
        }
    }
    out.push_str(style.eol);
    out
}

/// A row of cells that are all present.
pub fn csv_row<S: AsRef<str>>(cells: &[S], style: CsvStyle) -> String {
    let cells: Vec<Option<&str>> = cells.iter().map(|c| Some(c.as_ref())).collect();
    csv_line(&cells, style)
}

/// The character set a file is written in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Utf8Bom,
    /// Windows-1252, as Excel on an English-locale PC saves "CSV (Comma delimited)".
    Cp1252,
}

/// Where a record starts.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    /// 1-based record number after the header.
    pub record: u64,
    /// 1-based physical line (the header is line 1).
    pub line: u64,
}

/// A text export written record by record.
pub struct RecordWriter {
    out: BufWriter<File>,
    charset: Charset,
    line: u64,
    records: u64,
}

impl RecordWriter {
    pub fn create(path: &Path, charset: Charset) -> io::Result<RecordWriter> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut out = BufWriter::with_capacity(1 << 16, File::create(path)?);
        if charset == Charset::Utf8Bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(RecordWriter {
            out,
            charset,
            line: 1,
            records: 0,
        })
    }

    /// Text that is not a record (a header, a separator).
    pub fn raw(&mut self, text: &str) -> io::Result<()> {
        match self.charset {
            Charset::Cp1252 => {
                let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
                if unmappable {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("not writable in Windows-1252: {text:?}"),
                    ));
                }
                self.out.write_all(&bytes)?;
            }
            Charset::Utf8 | Charset::Utf8Bom => self.out.write_all(text.as_bytes())?,
        }
        self.line += text.matches('\n').count() as u64;
        Ok(())
    }

    /// One record; returns where it starts.
    pub fn record(&mut self, text: &str) -> io::Result<Start> {
        self.records += 1;
        let start = Start {
            record: self.records,
            line: self.line,
        };
        self.raw(text)?;
        Ok(start)
    }

    /// Flushes and returns the number of records written.
    pub fn finish(mut self) -> io::Result<u64> {
        self.out.flush()?;
        Ok(self.records)
    }
}

/// Rupiah with `.` thousands: `1.750.000` (and `,00` when `decimals`).
pub fn rupiah(n: u64, decimals: bool) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if decimals {
        out.push_str(",00");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_where_the_format_needs() {
        let style = CsvStyle {
            quote_empty: true,
            ..CsvStyle::plain(',', "\n")
        };
        assert_eq!(
            csv_line(&[Some("a,b"), None, Some(""), Some("say \"hi\"")], style),
            "\"a,b\",,\"\",\"say \"\"hi\"\"\"\n"
        );
        assert_eq!(rupiah(1_750_000, true), "1.750.000,00");
        assert_eq!(rupiah(500, false), "500");
    }

    #[test]
    fn records_know_their_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        let mut w = RecordWriter::create(&path, Charset::Cp1252).unwrap();
        w.raw("a,b\r\n").unwrap();
        let first = w.record("1,\"two\nlines\"\r\n").unwrap();
        let second = w.record("2,café\r\n").unwrap();
        assert_eq!((first.record, first.line), (1, 2));
        assert_eq!(
            (second.record, second.line),
            (2, 4),
            "a quoted line break counts"
        );
        assert_eq!(w.finish().unwrap(), 2);
        assert!(
            std::fs::read(&path).unwrap().contains(&0xe9),
            "é is one cp1252 byte"
        );
    }
}
