//! A letter's text as staff may edit it: a few header lines (`subject:`, `attachment:`, `cc:`),
//! a line `---`, then the body with named placeholders (`{requester_name}`). The body's
//! paragraphs are separated by blank lines; a line `## …` is a heading; lines starting with `- `
//! are a numbered list; a paragraph that is only `{search_record}` or `{confirmed_records}` is a
//! table; a line starting with `?{name} ` is printed only when `name` has a value (a clock that
//! runs for some rights only). `{{` and `}}` are literal braces.
//!
//! An unknown placeholder is an error naming it; a known one without a value is an error saying
//! what would give it one. Nothing is ever printed blank.

use super::facts::{Facts, PLACEHOLDERS, TABLES};
use crate::{CoreError, Result};

/// The header and body of a letter, placeholders filled.
#[derive(Debug, Clone, PartialEq)]
pub struct Filled {
    pub subject: String,
    pub attachment: String,
    pub cc: Vec<String>,
    pub body: Vec<Part>,
}

/// A piece of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Paragraph(String),
    Heading(String),
    Numbered(Vec<String>),
    /// One of [`TABLES`].
    Table(&'static str),
}

fn bad(reason: &'static str, message: String) -> CoreError {
    CoreError::invalid("letter_text", reason, message)
}

/// The placeholders of `line`, in order, as `(start, end, name)`; `{{` and `}}` are skipped.
fn placeholders(line: &str) -> Result<Vec<(usize, usize, &str)>> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => i += 2,
            b'}' if bytes.get(i + 1) == Some(&b'}') => i += 2,
            b'{' => {
                let close = line[i..].find('}').map(|c| i + c).ok_or_else(|| {
                    bad(
                        "brace",
                        format!(
                            "a {{ without its }} in {}; write {{{{ for a brace in the text",
                            crate::text::quoted(line)
                        ),
                    )
                })?;
                found.push((i, close + 1, &line[i + 1..close]));
                i = close + 1;
            }
            _ => i += 1,
        }
    }
    Ok(found)
}

fn check_known(name: &str) -> Result<()> {
    if PLACEHOLDERS.iter().any(|(n, _)| *n == name) || TABLES.iter().any(|(n, _)| *n == name) {
        return Ok(());
    }
    let known: Vec<&str> = PLACEHOLDERS.iter().map(|(n, _)| *n).collect();
    Err(bad(
        "unknown_placeholder",
        format!(
            "unknown placeholder {{{name}}}; known: {}",
            known.join(", ")
        ),
    ))
}

/// Fills every placeholder but the tables, drops the `?{name} ` lines whose value is missing,
/// and escapes braces in the values, so the result can be edited and filled again unchanged.
pub fn fill(text: &str, facts: &Facts) -> Result<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut line = line.to_string();
        let condition = line
            .trim_start()
            .strip_prefix("- ")
            .unwrap_or(line.trim_start())
            .strip_prefix("?{")
            .and_then(|rest| rest.split_once('}'))
            .map(|(name, _)| name.to_string());
        if let Some(name) = condition {
            check_known(&name)?;
            if facts.value(&name).is_none() {
                continue;
            }
            line = line.replacen(&format!("?{{{name}}} "), "", 1);
            line = line.replacen(&format!("?{{{name}}}"), "", 1);
        }
        let mut filled = String::new();
        let mut at = 0;
        for (start, end, name) in placeholders(&line)? {
            check_known(name)?;
            filled.push_str(&line[at..start]);
            if TABLES.iter().any(|(n, _)| *n == name) {
                filled.push_str(&line[start..end]);
            } else {
                let value = facts.require(name)?;
                filled.push_str(&value.replace('{', "{{").replace('}', "}}"));
            }
            at = end;
        }
        filled.push_str(&line[at..]);
        out.push(filled);
    }
    Ok(out.join("\n"))
}

fn unescape(text: &str) -> String {
    text.replace("{{", "{").replace("}}", "}")
}

/// Reads a filled letter text into its header and body parts. Any placeholder left (other than
/// a table on its own) is an error.
pub fn read(text: &str) -> Result<Filled> {
    let (head, body) = text.split_once("\n---").ok_or_else(|| {
        bad(
            "format",
            "the letter text needs its header (subject:, attachment:, cc:) and a line --- before the body".into(),
        )
    })?;
    let mut filled = Filled {
        subject: String::new(),
        attachment: "-".into(),
        cc: Vec::new(),
        body: Vec::new(),
    };
    for line in head.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line.split_once(':').ok_or_else(|| {
            bad(
                "format",
                format!(
                    "{} is not a header line (subject:, attachment:, cc:)",
                    crate::text::quoted(line)
                ),
            )
        })?;
        no_placeholder_left(value)?;
        let value = unescape(value.trim());
        match key.trim() {
            "subject" => filled.subject = value,
            "attachment" => filled.attachment = value,
            "cc" => {
                filled.cc = value
                    .split(';')
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
                    .collect()
            }
            other => {
                return Err(bad(
                    "format",
                    format!(
                        "unknown header {}; use subject, attachment or cc",
                        crate::text::quoted(other)
                    ),
                ))
            }
        }
    }
    if filled.subject.is_empty() {
        return Err(bad("format", "the letter needs a subject: line".into()));
    }
    let body = body
        .strip_prefix('-')
        .unwrap_or(body)
        .trim_start_matches('-');
    for paragraph in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(table) = TABLES.iter().find(|(n, _)| paragraph == format!("{{{n}}}")) {
            filled.body.push(Part::Table(table.0));
            continue;
        }
        no_placeholder_left(paragraph)?;
        if let Some(heading) = paragraph.strip_prefix("## ") {
            filled.body.push(Part::Heading(unescape(heading.trim())));
        } else if paragraph.starts_with("- ") {
            let mut items: Vec<String> = Vec::new();
            for line in paragraph.lines() {
                match line.trim_start().strip_prefix("- ") {
                    Some(item) => items.push(unescape(item.trim())),
                    None => {
                        if let Some(last) = items.last_mut() {
                            last.push(' ');
                            last.push_str(&unescape(line.trim()));
                        }
                    }
                }
            }
            filled.body.push(Part::Numbered(items));
        } else {
            let joined: Vec<&str> = paragraph.lines().map(str::trim).collect();
            filled
                .body
                .push(Part::Paragraph(unescape(&joined.join(" "))));
        }
    }
    Ok(filled)
}

fn no_placeholder_left(text: &str) -> Result<()> {
    for line in text.lines() {
        if let Some((_, _, name)) = placeholders(line)?.first() {
            check_known(name)?;
            return Err(bad(
                "unfilled_placeholder",
                format!("the placeholder {{{name}}} is left in the text; a table placeholder stands alone in its paragraph"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        let mut f = Facts::default();
        f.set("requester_name", "Ayu {Dewi}");
        f.set("request_id", "REQ-2026-0001");
        f.missing(
            "statutory_due",
            "no right asked carries the 3×24-hour clock",
        );
        f.missing("bundle_sha256", "make the portability bundle first");
        f
    }

    const TEXT: &str = "subject: Tanda terima {request_id}\nattachment: -\ncc: Arsip; Direktur\n---\nDengan hormat,\n\nKepada {requester_name},\nbaris dua.\n\n?{statutory_due} Tenggat {statutory_due}.\n\n## Rincian\n\n- satu\n- dua\n  lanjutan\n\n{search_record}\n";

    #[test]
    fn a_filled_text_reads_into_parts_and_filling_again_changes_nothing() {
        let once = fill(TEXT, &facts()).unwrap();
        assert!(
            !once.contains("Tenggat"),
            "a line whose value is missing is dropped: {once}"
        );
        assert_eq!(
            fill(&once, &facts()).unwrap(),
            once,
            "filling is idempotent"
        );
        let read = read(&once).unwrap();
        assert_eq!(read.subject, "Tanda terima REQ-2026-0001");
        assert_eq!(read.cc, ["Arsip", "Direktur"]);
        assert_eq!(
            read.body,
            [
                Part::Paragraph("Dengan hormat,".into()),
                Part::Paragraph("Kepada Ayu {Dewi}, baris dua.".into()),
                Part::Heading("Rincian".into()),
                Part::Numbered(vec!["satu".into(), "dua lanjutan".into()]),
                Part::Table("search_record"),
            ],
            "braces in a value come back as written"
        );
    }

    #[test]
    fn unknown_and_unfilled_placeholders_are_errors_naming_them() {
        let e = fill("subject: x\n---\nHalo {nama_pemohon}", &facts()).unwrap_err();
        assert!(e.to_string().contains("{nama_pemohon}"), "{e}");
        let e = fill("subject: x\n---\nSHA-256: {bundle_sha256}", &facts()).unwrap_err();
        assert!(
            e.to_string().contains("bundle_sha256") && e.to_string().contains("portability bundle"),
            "the error says what would fill it: {e}"
        );
        let e = read("subject: x\n---\nHalo {requester_name}").unwrap_err();
        assert!(e.to_string().contains("requester_name"), "{e}");
        assert!(
            read("Halo").is_err(),
            "a text without its header is refused"
        );
    }
}
