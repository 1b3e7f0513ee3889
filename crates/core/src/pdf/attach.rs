//! Files attached to a PDF (the certificate's statement): an embedded file in the catalog's
//! `EmbeddedFiles` name tree, listed by PDF readers as an attachment and by `pdfdetach -list`.
//! The stream is kept uncompressed, so the statement can be read in the file itself.
//!
//! Reading one back (`attached`) does not load the whole PDF with a general parser: a file to
//! check comes from anyone, and no input may panic. It follows the few objects this module
//! writes — the file specification naming the file, its `/EF` reference, the stream's `/Length`
//! — with bounds-checked slices, and gives `None` for anything else.

use crate::{CoreError, Result};
use lopdf::{Dictionary, Object, Stream, StringFormat};

/// A file to attach.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// Its file name (ASCII), e.g. `statement.json`.
    pub name: String,
    /// Its media type, e.g. `application/json`.
    pub mime: String,
    pub description: String,
    pub bytes: Vec<u8>,
}

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

/// Adds the attachments to the document's catalog.
pub(super) fn attach(doc: &mut lopdf::Document, files: &[Attachment]) -> Result<()> {
    let mut names = Vec::new();
    let mut refs = Vec::new();
    for f in files {
        let (kind, sub) = f
            .mime
            .split_once('/')
            .unwrap_or(("application", "octet-stream"));
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
        dict.set(
            "Subtype",
            Object::Name(format!("{kind}#2F{sub}").into_bytes()),
        );
        let mut params = Dictionary::new();
        params.set("Size", Object::Integer(f.bytes.len() as i64));
        dict.set("Params", Object::Dictionary(params));
        let stream = doc.add_object(Stream::new(dict, f.bytes.clone()).with_compression(false));
        let mut ef = Dictionary::new();
        ef.set("F", Object::Reference(stream));
        ef.set("UF", Object::Reference(stream));
        let mut spec = Dictionary::new();
        spec.set("Type", Object::Name(b"Filespec".to_vec()));
        spec.set("F", text(&f.name));
        spec.set("UF", text(&f.name));
        spec.set("Desc", text(&f.description));
        spec.set("AFRelationship", Object::Name(b"Data".to_vec()));
        spec.set("EF", Object::Dictionary(ef));
        let spec = doc.add_object(spec);
        names.push(text(&f.name));
        names.push(Object::Reference(spec));
        refs.push(Object::Reference(spec));
    }
    let mut tree = Dictionary::new();
    tree.set("Names", Object::Array(names));
    let mut catalog_names = Dictionary::new();
    catalog_names.set("EmbeddedFiles", Object::Dictionary(tree));
    let catalog = doc
        .catalog_mut()
        .map_err(|e| CoreError::Internal(format!("the PDF has no catalog: {e}")))?;
    catalog.set("Names", Object::Dictionary(catalog_names));
    catalog.set("AF", Object::Array(refs));
    Ok(())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A few PDF tokens read from a slice, never past its end.
struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Tokens<'_> {
    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b" \t\r\n\x0c\0".contains(b))
        {
            self.at += 1;
        }
    }

    fn word(&mut self, w: &[u8]) -> Option<()> {
        self.space();
        let end = self.at.checked_add(w.len())?;
        (self.bytes.get(self.at..end)? == w).then(|| self.at = end)
    }

    fn number(&mut self) -> Option<u64> {
        self.space();
        let digits = self.bytes.get(self.at..)?;
        let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 || n > 12 {
            return None;
        }
        self.at += n;
        std::str::from_utf8(&digits[..n]).ok()?.parse().ok()
    }
}

/// The content of the uncompressed stream object `num gen obj`.
fn stream(pdf: &[u8], num: u64, gen: u64) -> Option<Vec<u8>> {
    let head = format!("{num} {gen} obj");
    let mut from = 0;
    while let Some(i) = pdf.get(from..).and_then(|rest| find(rest, head.as_bytes())) {
        let at = from + i;
        from = at + 1;
        if at > 0 && !matches!(pdf[at - 1], b'\r' | b'\n') {
            continue;
        }
        let body = pdf.get(at + head.len()..)?;
        let open = find(body, b"stream")?;
        let dict = &body[..open];
        if find(dict, b"/Filter").is_some() {
            return None;
        }
        let mut length = Tokens {
            bytes: dict,
            at: find(dict, b"/Length")? + b"/Length".len(),
        };
        let len = usize::try_from(length.number()?).ok()?;
        let mut start = open + b"stream".len();
        if body.get(start) == Some(&b'\r') {
            start += 1;
        }
        if body.get(start) == Some(&b'\n') {
            start += 1;
        }
        return body.get(start..start.checked_add(len)?).map(<[u8]>::to_vec);
    }
    None
}

/// The bytes of the file attached under `name` (ASCII, no parentheses), if the PDF has one
/// written as this module writes it.
pub fn attached(pdf: &[u8], name: &str) -> Option<Vec<u8>> {
    let literal = format!("({name})");
    let mut from = 0;
    while let Some(i) = pdf
        .get(from..)
        .and_then(|rest| find(rest, literal.as_bytes()))
    {
        let at = from + i;
        from = at + 1;
        let object = &pdf[at..];
        let object = &object[..find(object, b"endobj").unwrap_or(object.len())];
        let Some(ef) = find(object, b"/EF") else {
            continue;
        };
        let mut t = Tokens {
            bytes: object,
            at: ef + b"/EF".len(),
        };
        let reference = (|| {
            t.word(b"<<")?;
            t.word(b"/F")?;
            let num = t.number()?;
            let gen = t.number()?;
            t.word(b"R")?;
            Some((num, gen))
        })();
        if let Some(bytes) = reference.and_then(|(num, gen)| stream(pdf, num, gen)) {
            return Some(bytes);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_bytes_read_as_an_attachment_or_none() {
        let written = b"1 0 obj\n<</Type/EmbeddedFile/Length 5>>stream\nhallo\nendstream\nendobj\n\
            2 0 obj\n<</Type/Filespec/F(s.json)/EF<</F 1 0 R>>>>\nendobj\n";
        assert_eq!(attached(written, "s.json").as_deref(), Some(&b"hallo"[..]));
        assert_eq!(attached(written, "other.json"), None);
        for cut in 0..written.len() {
            let _ = attached(&written[..cut], "s.json");
        }
        let long = b"2 0 obj (s.json)/EF<</F 1 0 R 1 0 obj\n<</Length 99999999999>>stream\n";
        assert_eq!(attached(long, "s.json"), None, "a length past the end");
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let mut pdf = b"(s.json)/EF<</F 1 0 R>>\n1 0 obj<</Length 3>>stream\n".to_vec();
            pdf.extend_from_slice(&bytes);
            let _ = attached(&pdf, "s.json");
            let _ = attached(&bytes, "s.json");
        }
    }
}
