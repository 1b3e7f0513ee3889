//! Files attached to a PDF (the certificate's statement): an embedded file in the catalog's
//! `EmbeddedFiles` name tree, listed by PDF readers as an attachment and by `pdfdetach -list`.
//! The stream is kept uncompressed, so the statement can be read in the file itself; and read
//! back by name.

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

/// The bytes of the file attached under `name`, if the PDF has one.
pub fn attached(pdf: &[u8], name: &str) -> Option<Vec<u8>> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let names = doc
        .catalog()
        .ok()?
        .get_deref(b"Names", &doc)
        .ok()?
        .as_dict()
        .ok()?
        .get_deref(b"EmbeddedFiles", &doc)
        .ok()?
        .as_dict()
        .ok()?
        .get_deref(b"Names", &doc)
        .ok()?
        .as_array()
        .ok()?;
    let at = names
        .chunks(2)
        .find(|pair| pair[0].as_str().ok() == Some(name.as_bytes()))?;
    let spec = doc.dereference(at.get(1)?).ok()?.1.as_dict().ok()?;
    let stream = spec
        .get_deref(b"EF", &doc)
        .ok()?
        .as_dict()
        .ok()?
        .get_deref(b"F", &doc)
        .ok()?
        .as_stream()
        .ok()?;
    if stream.dict.get(b"Filter").is_ok() {
        stream.decompressed_content().ok()
    } else {
        Some(stream.content.clone())
    }
}
