//! One CSV record's raw bytes cut into its fields' spans, the way csv-core reads them (a quote
//! opens a quoted field only at the field's start; `""` inside quotes is one quote; after the
//! closing quote the field goes on unquoted to the delimiter), so a cell can be replaced while
//! every other byte of the record stays as written. The cut is checked against csv-core's own
//! fields: when they disagree the record is not touched and the caller is told.

use std::ops::Range;

/// The spans of a record's fields in `raw` (which starts at the record's first byte and may
/// carry its line end and blank lines after it).
pub fn spans(raw: &[u8], delimiter: u8) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut i = 0;
    let ends_record = |b: u8| b == b'\r' || b == b'\n';
    loop {
        let start = i;
        if raw.get(i) == Some(&b'"') {
            i += 1;
            loop {
                match raw.get(i) {
                    None => break,
                    Some(b'"') if raw.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
        }
        while let Some(&b) = raw.get(i) {
            if b == delimiter || ends_record(b) {
                break;
            }
            i += 1;
        }
        spans.push(start..i);
        match raw.get(i) {
            Some(&b) if b == delimiter => i += 1,
            _ => return spans,
        }
    }
}

/// A field's value as csv-core gives it, from its raw span.
pub fn unescape(raw: &[u8]) -> Vec<u8> {
    let Some(rest) = raw.strip_prefix(b"\"") else {
        return raw.to_vec();
    };
    let mut value = Vec::with_capacity(rest.len());
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'"' if rest.get(i + 1) == Some(&b'"') => {
                value.push(b'"');
                i += 2;
            }
            b'"' => {
                value.extend_from_slice(&rest[i + 1..]);
                return value;
            }
            b => {
                value.push(b);
                i += 1;
            }
        }
    }
    value
}

/// A new cell as the file writes it: quoted when the old one was, or when the value holds the
/// delimiter, a quote or a line end.
pub fn write_cell(value: &[u8], was_quoted: bool, delimiter: u8, out: &mut Vec<u8>) {
    let needs = value
        .iter()
        .any(|&b| b == delimiter || b == b'"' || b == b'\r' || b == b'\n');
    if !(was_quoted || needs) {
        out.extend_from_slice(value);
        return;
    }
    out.push(b'"');
    for &b in value {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// `raw` with the cells at `edits` (field index, new value in the file's encoding) replaced,
/// every other byte kept. `None` when the record's fields as cut here are not the fields
/// csv-core read (`parsed`), so that nothing is changed on a guess.
pub fn replace_cells(
    raw: &[u8],
    delimiter: u8,
    parsed: &[&[u8]],
    edits: &[(usize, Vec<u8>)],
) -> Option<Vec<u8>> {
    let spans = spans(raw, delimiter);
    let agrees = spans.len() == parsed.len()
        && spans
            .iter()
            .zip(parsed)
            .all(|(s, p)| unescape(&raw[s.clone()]) == *p);
    if !agrees {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut at = 0;
    for (field, span) in spans.iter().enumerate() {
        let Some((_, value)) = edits.iter().find(|(f, _)| *f == field) else {
            continue;
        };
        out.extend_from_slice(&raw[at..span.start]);
        write_cell(
            value,
            raw[span.clone()].starts_with(b"\""),
            delimiter,
            &mut out,
        );
        at = span.end;
    }
    out.extend_from_slice(&raw[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &[u8], delimiter: u8) -> Vec<Vec<u8>> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(raw);
        let mut record = csv::ByteRecord::new();
        reader.read_byte_record(&mut record).unwrap();
        record.iter().map(<[u8]>::to_vec).collect()
    }

    fn replaced(raw: &str, edits: &[(usize, &str)]) -> Option<String> {
        let parsed = parse(raw.as_bytes(), b',');
        let parsed: Vec<&[u8]> = parsed.iter().map(Vec::as_slice).collect();
        let edits: Vec<(usize, Vec<u8>)> = edits
            .iter()
            .map(|(f, v)| (*f, v.as_bytes().to_vec()))
            .collect();
        replace_cells(raw.as_bytes(), b',', &parsed, &edits).map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn a_cell_is_replaced_and_every_other_byte_kept() {
        assert_eq!(
            replaced("1,\"Sari, W\",sari@example.id,  x \r\n", &[(1, "[disamarkan]"), (2, "[disamarkan]")]).unwrap(),
            "1,\"[disamarkan]\",[disamarkan],  x \r\n",
            "a quoted cell stays quoted, a plain one plain, the line end and the spaces of others stay"
        );
        assert_eq!(
            replaced("a,b\n", &[(1, "x,\"y\"")]).unwrap(),
            "a,\"x,\"\"y\"\"\"\n",
            "a value with the delimiter and quotes is quoted and its quotes doubled"
        );
    }

    #[test]
    fn quotes_are_read_as_csv_core_reads_them() {
        for raw in [
            "ab\"c,d\n",
            "\"a\"\"b\",c\n",
            "\"a\"b,c\n",
            "\"multi\nline\",x\r\n",
            ",,\n",
            "\"open to the end",
        ] {
            let mut spans_text = Vec::new();
            for s in spans(raw.as_bytes(), b',') {
                spans_text.push(unescape(&raw.as_bytes()[s]));
            }
            assert_eq!(
                spans_text,
                parse(raw.as_bytes(), b','),
                "the cut of {raw:?} must agree with csv-core"
            );
        }
    }
}
