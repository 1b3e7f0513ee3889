//! Guessing how a text file is written: its encoding (UTF-8 with or without BOM, UTF-16,
//! Windows-1252) and, for CSV, its delimiter. Only the first bytes are looked at.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How many bytes are sampled.
pub const SAMPLE: usize = 64 * 1024;

/// A text encoding as reported to staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf8Bom => "utf-8-bom",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }

    pub fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1252 => WINDOWS_1252,
        }
    }
}

/// The encoding of a text that starts with `head`. A byte-order mark decides; otherwise UTF-16
/// without BOM is recognised by its zero bytes, UTF-8 is UTF-8 even with a few stray bytes (see
/// [`mostly_utf8`]; each becomes U+FFFD and a warning on its line), and anything else is read
/// as Windows-1252, what Excel's plain "CSV (Comma delimited)" writes on an Indonesian or
/// English PC.
pub fn encoding(head: &[u8]) -> TextEncoding {
    if head.starts_with(b"\xEF\xBB\xBF") {
        return TextEncoding::Utf8Bom;
    }
    if head.starts_with(b"\xFF\xFE") {
        return TextEncoding::Utf16Le;
    }
    if head.starts_with(b"\xFE\xFF") {
        return TextEncoding::Utf16Be;
    }
    let pairs = head.len() / 2;
    if pairs >= 8 {
        let even_zero = head.chunks(2).filter(|c| c.len() == 2 && c[0] == 0).count();
        let odd_zero = head.chunks(2).filter(|c| c.len() == 2 && c[1] == 0).count();
        if odd_zero * 10 > pairs * 3 && even_zero == 0 {
            return TextEncoding::Utf16Le;
        }
        if even_zero * 10 > pairs * 3 && odd_zero == 0 {
            return TextEncoding::Utf16Be;
        }
    }
    if mostly_utf8(head) {
        TextEncoding::Utf8
    } else {
        TextEncoding::Windows1252
    }
}

/// Lines with bytes that are not UTF-8 beyond which a text with valid UTF-8 characters too is
/// taken for Windows-1252.
const STRAY_LINES: usize = 3;

/// Whether `head` is UTF-8, allowing a few stray bytes: it is not when its bytes outside ASCII
/// are never valid UTF-8, or when the invalid ones are on more than [`STRAY_LINES`] lines and
/// more than 1 % of the characters outside ASCII. A character cut at the end is fine.
fn mostly_utf8(head: &[u8]) -> bool {
    let (mut valid, mut invalid, mut lines) = (0usize, 0usize, 0usize);
    let (mut line, mut last_bad_line) = (0usize, None);
    let mut rest = head;
    loop {
        let (good, bad) = match std::str::from_utf8(rest) {
            Ok(s) => (s, None),
            Err(e) => (
                // Valid up to here by the error's own account.
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                e.error_len().map(|n| (e.valid_up_to(), n)),
            ),
        };
        valid += good.chars().filter(|c| !c.is_ascii()).count();
        line += good.bytes().filter(|&b| b == b'\n').count();
        let Some((at, len)) = bad else {
            break;
        };
        invalid += 1;
        if last_bad_line != Some(line) {
            lines += 1;
            last_bad_line = Some(line);
        }
        rest = &rest[at + len..];
    }
    invalid == 0 || (valid > 0 && (lines <= STRAY_LINES || invalid * 100 <= valid + invalid))
}

/// How binary formats start: zip (XLSX, DOCX), PDF, PNG, JPEG, GIF, old Office, gzip, 7-Zip, RAR.
const BINARY_MAGIC: [&[u8]; 10] = [
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF",
    b"\x89PNG",
    b"\xFF\xD8\xFF",
    b"GIF8",
    b"\xD0\xCF\x11\xE0",
    b"\x1F\x8B",
    b"7z\xBC\xAF",
    b"Rar!",
];

/// Whether a file that starts with `head` (not UTF-16) is binary rather than text with a stray
/// NUL or control byte: it starts like a known binary format, or more than a tenth of its
/// first bytes are control bytes other than tab, line ends, form feed and the old end-of-file
/// mark.
pub fn looks_binary(head: &[u8]) -> bool {
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A))
        .count();
    BINARY_MAGIC.iter().any(|m| head.starts_with(m)) || control * 10 > head.len()
}

/// The delimiter of a CSV whose decoded start is `text`: the candidate (`,` `;` tab `|`) that
/// splits the header most often outside quotes and splits the next lines consistently.
pub fn delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = logical_lines(text).into_iter().take(6).collect();
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best = (b',', 0usize, false);
    for cand in [b',', b';', b'\t', b'|'] {
        let n = count_outside_quotes(header, cand);
        if n == 0 {
            continue;
        }
        let consistent = lines[1..]
            .iter()
            .all(|l| count_outside_quotes(l, cand) >= n.saturating_sub(n / 4 + 1));
        if (consistent, n) > (best.2, best.1) {
            best = (cand, n, consistent);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delim: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|&b| {
            if b == b'"' {
                quoted = !quoted;
            }
            !quoted && b == delim
        })
        .count()
}

/// Lines of a CSV sample, with newlines inside quoted cells kept within their line.
fn logical_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                out.push(text[start..i].trim_end_matches('\r'));
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_apart() {
        assert_eq!(encoding(b"\xEF\xBB\xBFid,name\n"), TextEncoding::Utf8Bom);
        assert_eq!(
            encoding("Nama,Kota\nRenée,Denpasar\n".as_bytes()),
            TextEncoding::Utf8
        );
        assert_eq!(
            encoding(b"Nama,Catatan\nAndi,Caf\xe9 \x96 resto\n"),
            TextEncoding::Windows1252
        );
        let utf16: Vec<u8> = "Nama,Email\nBudi,budi@example.com\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(
            encoding(&utf16),
            TextEncoding::Utf16Le,
            "UTF-16 without BOM from its zero bytes"
        );
        let mut stray = "Nama,Kota\nRenée,Denpasar\n".as_bytes().to_vec();
        stray.extend_from_slice(b"Budi,Bog\xFFor\n");
        assert_eq!(
            encoding(&stray),
            TextEncoding::Utf8,
            "one stray byte among UTF-8 characters keeps the text UTF-8"
        );
        let cut = "Renée".as_bytes();
        assert_eq!(
            encoding(&cut[..4]),
            TextEncoding::Utf8,
            "a character cut by the sample end is still UTF-8"
        );
    }

    #[test]
    fn delimiters_are_sniffed_outside_quotes() {
        assert_eq!(
            delimiter("id,name,email\n1,\"Budi; Santoso\",b@x.com\n"),
            b','
        );
        assert_eq!(
            delimiter("*Display Name;Company Name;Email\n\"Jl. A, No 1\";PT X;a@x.com\n"),
            b';'
        );
        assert_eq!(delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(delimiter("nama|telepon\nBudi|0812\n"), b'|');
        assert_eq!(
            delimiter("*Customer,Email,Tags (use ; to separate tags),#currency code(example: IDR, USD, CAD)\nA,a@x,b;c,IDR\n"),
            b',',
            "a ';' inside a header name does not make it the delimiter"
        );
    }
}
