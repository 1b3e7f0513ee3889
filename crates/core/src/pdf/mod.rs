//! The page layer the letters, the deletion certificate and the register are printed with: a
//! document is a list of blocks (the letterhead, a title, paragraphs, aligned fields, tables that
//! break across pages with their header repeated, a signature block, a QR code), laid out on A4
//! with page numbers ("Halaman 1 dari 3") and, after the first page, a small running header.
//! Pure: blocks in, PDF bytes out; the use cases write the bytes to a temporary file and rename.
//!
//! Built on printpdf 0.12 with Ops (its HTML mode breaks pages wrongly); fonts are Noto Sans,
//! embedded and subset (DEVELOPMENT.md, "The page layer").

mod attach;
mod page;
mod qr;
pub mod table;
pub mod text;

use crate::{CoreError, Result};
pub use attach::{attached, Attachment};
use page::{Flow, Fonts, Sheet, LEADING, LEFT, SIZE};
use printpdf::{Mm, Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, RawImage, XObjectTransform};
pub use table::Table;
use text::{width, Face};

/// The office's letterhead (kop surat): the logo at the left, the name in capitals, the lines
/// under it, and a double rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Letterhead {
    pub name: String,
    pub lines: Vec<String>,
    /// A PNG.
    pub logo: Option<Vec<u8>>,
}

/// One thing on the page, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Letterhead(Letterhead),
    /// Centred, bold, in capitals (a Berita Acara's title), with an optional line under it.
    Title {
        text: String,
        under: Option<String>,
    },
    Paragraph(String),
    /// A bold line (a section's heading).
    Heading(String),
    /// Label and value pairs with the colons aligned (Nomor, Lampiran, Perihal).
    Fields(Vec<(String, String)>),
    /// Lines at the right margin (place and date).
    Right(Vec<String>),
    /// Lines at the left margin, kept together (the addressee).
    Lines(Vec<String>),
    /// A numbered list.
    Numbered(Vec<String>),
    Table(Table),
    /// Space, in points.
    Gap(f32),
    /// A new page unless this many points are left on this one (keeps a closing, the place and
    /// date and the signature together).
    Room(f32),
    /// The signature block at the right: the lines above (Hormat kami, the office), room for
    /// the signature and stamp, the name in bold and the position.
    Signature {
        above: Vec<String>,
        name: String,
        position: String,
    },
    /// A QR code with a caption beside it.
    Qr {
        payload: String,
        caption: String,
    },
}

/// The language of the page numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageWords {
    Indonesian,
    English,
}

/// A document to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub words: PageWords,
    /// Printed small at the top of every page after the first (the letter's number and date).
    pub running_header: Option<String>,
    /// Printed large and light across every page ("DRAFT" on a letter not yet issued).
    pub stamp: Option<String>,
    pub blocks: Vec<Block>,
    /// Files embedded in the PDF (the certificate's statement).
    pub attachments: Vec<Attachment>,
    /// A4 on its side, for a wide table (the register of requests).
    pub landscape: bool,
}

impl Block {
    /// Every text the block prints.
    fn texts(&self) -> Vec<&str> {
        match self {
            Block::Letterhead(h) => std::iter::once(h.name.as_str())
                .chain(h.lines.iter().map(String::as_str))
                .collect(),
            Block::Title { text, under } => std::iter::once(text.as_str())
                .chain(under.as_deref())
                .collect(),
            Block::Paragraph(t) | Block::Heading(t) => vec![t],
            Block::Fields(pairs) => pairs
                .iter()
                .flat_map(|(l, v)| [l.as_str(), v.as_str()])
                .collect(),
            Block::Right(lines) | Block::Lines(lines) | Block::Numbered(lines) => {
                lines.iter().map(String::as_str).collect()
            }
            Block::Table(t) => t
                .columns
                .iter()
                .map(|(c, _)| c.as_str())
                .chain(t.rows.iter().flatten().map(String::as_str))
                .collect(),
            Block::Gap(_) | Block::Room(_) => Vec::new(),
            Block::Signature {
                above,
                name,
                position,
            } => above
                .iter()
                .map(String::as_str)
                .chain([name.as_str(), position.as_str()])
                .collect(),
            Block::Qr { caption, .. } => vec![caption],
        }
    }
}

/// Refuses a document with a character the built-in faces cannot print, naming it and where it
/// is, so a name never comes out with a missing glyph on paper.
pub fn check_glyphs(spec: &Document) -> Result<()> {
    let texts = [spec.running_header.as_deref(), spec.stamp.as_deref()];
    let all = texts
        .into_iter()
        .flatten()
        .chain(spec.blocks.iter().flat_map(Block::texts));
    for t in all {
        if let Some(c) = text::lacking(t) {
            let context: String = t.chars().take(60).collect();
            return Err(CoreError::invalid(
                "text",
                "glyph",
                format!(
                    "the character {} (U+{:04X}) cannot be printed with the letter's font; it is in {}. Replace it before printing",
                    crate::text::quoted(&c.to_string()),
                    c as u32,
                    crate::text::quoted(&context)
                ),
            ));
        }
    }
    Ok(())
}

fn letterhead(flow: &mut Flow, doc: &mut PdfDocument, head: &Letterhead) {
    let top = flow.y + 6.0;
    let mut x = LEFT;
    if let Some(png) = &head.logo {
        if let Ok(image) = RawImage::decode_from_bytes(png, &mut Vec::new()) {
            // 54 pt high, the width as the image has it.
            let height = 54.0;
            let dpi = image.height as f32 * 72.0 / height;
            let w = image.width as f32 * 72.0 / dpi;
            let id = doc.add_image(&image);
            flow.push(Op::UseXobject {
                id,
                transform: XObjectTransform {
                    translate_x: Some(Pt(LEFT)),
                    translate_y: Some(Pt(top - height)),
                    dpi: Some(dpi),
                    ..Default::default()
                },
            });
            x = LEFT + w + 12.0;
        }
    }
    let mut y = top - 14.0;
    flow.text(Face::Bold, 14.0, x, y, &head.name.to_uppercase());
    for line in &head.lines {
        y -= 12.0;
        flow.text(Face::Regular, 9.0, x, y, line);
    }
    let bottom = (y - 8.0).min(top - 62.0);
    flow.rule(bottom, 1.6);
    flow.rule(bottom - 2.6, 0.5);
    flow.y = bottom - 24.0;
}

fn block(flow: &mut Flow, doc: &mut PdfDocument, b: &Block) {
    match b {
        Block::Letterhead(head) => letterhead(flow, doc, head),
        Block::Title { text, under } => {
            flow.room(2.0 * LEADING + 8.0);
            flow.text_centred(Face::Bold, 12.5, flow.y, &text.to_uppercase());
            flow.y -= LEADING + 2.0;
            if let Some(under) = under {
                flow.text_centred(Face::Regular, SIZE, flow.y, under);
                flow.y -= LEADING;
            }
            flow.y -= 8.0;
        }
        Block::Paragraph(text) => {
            flow.paragraph(Face::Regular, SIZE, LEFT, flow.right() - LEFT, text);
            flow.y -= 5.0;
        }
        Block::Heading(text) => {
            flow.room(2.0 * LEADING);
            flow.paragraph(Face::Bold, SIZE, LEFT, flow.right() - LEFT, text);
            flow.y -= 2.0;
        }
        Block::Fields(pairs) => {
            let label = pairs
                .iter()
                .map(|(l, _)| width(Face::Regular, SIZE, l))
                .fold(0.0, f32::max);
            let colon = LEFT + label + 6.0;
            for (l, v) in pairs {
                flow.room(LEADING);
                flow.text(Face::Regular, SIZE, LEFT, flow.y, l);
                flow.text(Face::Regular, SIZE, colon, flow.y, ":");
                flow.paragraph(
                    Face::Regular,
                    SIZE,
                    colon + 8.0,
                    flow.right() - colon - 8.0,
                    v,
                );
            }
            flow.y -= 6.0;
        }
        Block::Right(lines) => {
            flow.room(lines.len() as f32 * LEADING);
            for l in lines {
                flow.text_right(Face::Regular, SIZE, flow.right(), flow.y, l);
                flow.y -= LEADING;
            }
            flow.y -= 6.0;
        }
        Block::Lines(lines) => {
            flow.room(lines.len() as f32 * LEADING);
            for l in lines {
                flow.paragraph(Face::Regular, SIZE, LEFT, flow.right() - LEFT, l);
            }
            flow.y -= 6.0;
        }
        Block::Numbered(items) => {
            for (i, item) in items.iter().enumerate() {
                flow.room(LEADING);
                flow.text(Face::Regular, SIZE, LEFT, flow.y, &format!("{}.", i + 1));
                flow.paragraph(
                    Face::Regular,
                    SIZE,
                    LEFT + 18.0,
                    flow.right() - LEFT - 18.0,
                    item,
                );
                flow.y -= 2.0;
            }
            flow.y -= 4.0;
        }
        Block::Table(t) => table::draw(flow, t),
        Block::Gap(points) => flow.y -= points,
        Block::Room(points) => {
            flow.room(*points);
        }
        Block::Signature {
            above,
            name,
            position,
        } => {
            let x = LEFT + (flow.right() - LEFT) * 0.55;
            flow.room((above.len() + 2) as f32 * LEADING + 64.0);
            for l in above {
                flow.text(Face::Regular, SIZE, x, flow.y, l);
                flow.y -= LEADING;
            }
            // Room for the signature and the stamp (about 2.5 cm).
            flow.y -= 64.0;
            flow.text(Face::Bold, SIZE, x, flow.y, name);
            let w = width(Face::Bold, SIZE, name);
            flow.line(x, flow.y - 2.0, x + w, flow.y - 2.0, 0.5);
            flow.y -= LEADING;
            flow.text(Face::Regular, SIZE, x, flow.y, position);
            flow.y -= LEADING + 6.0;
        }
        Block::Qr { payload, caption } => {
            let size = 86.0;
            flow.room(size + 6.0);
            let top = flow.y + LEADING - 2.0;
            if qr::draw(flow, payload, LEFT, top, size).is_some() {
                let saved = flow.y;
                flow.y = top - 16.0;
                flow.paragraph(
                    Face::Regular,
                    9.0,
                    LEFT + size + 10.0,
                    flow.right() - LEFT - size - 10.0,
                    caption,
                );
                flow.y = saved.min(top - size) - 6.0;
            } else {
                flow.paragraph(Face::Regular, 9.0, LEFT, flow.right() - LEFT, caption);
            }
        }
    }
}

/// Lays the document out and returns the PDF's bytes. A character the font lacks is an error
/// ([`check_glyphs`]).
pub fn render(spec: &Document) -> Result<Rendered> {
    check_glyphs(spec)?;
    let faces = text::faces();
    let mut doc = PdfDocument::new(&spec.title);
    doc.metadata.info.author = spec.author.clone();
    doc.metadata.info.subject = spec.subject.clone();
    doc.metadata.info.creator = "PDP Desk".into();
    let fonts = Fonts {
        regular: doc.add_font(&faces.regular),
        bold: doc.add_font(&faces.bold),
    };
    let sheet = Sheet::a4(spec.landscape);
    let mut flow = Flow::new(fonts, spec.running_header.clone(), sheet);
    for b in &spec.blocks {
        block(&mut flow, &mut doc, b);
    }
    let total = flow.pages.len();
    let mut pages = std::mem::take(&mut flow.pages);
    for (i, ops) in pages.iter_mut().enumerate() {
        let label = match spec.words {
            PageWords::Indonesian => format!("Halaman {} dari {total}", i + 1),
            PageWords::English => format!("Page {} of {total}", i + 1),
        };
        let mut footer = Flow::new(flow.fonts(), None, sheet);
        footer.text_right(Face::Regular, 8.0, sheet.right(), 36.0, &label);
        ops.append(&mut footer.pages.remove(0));
        if let Some(stamp) = &spec.stamp {
            // Under the text, so the letter stays readable through it.
            let mut under = Flow::new(flow.fonts(), None, sheet);
            under.stamp(stamp);
            let mut drawn = under.pages.remove(0);
            drawn.append(ops);
            *ops = drawn;
        }
    }
    let pages: Vec<PdfPage> = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm::from(Pt(sheet.width)), Mm::from(Pt(sheet.height)), ops))
        .collect();
    let options = PdfSaveOptions::default();
    let mut lo = doc
        .with_pages(pages)
        .to_lopdf_document(&options, &mut Vec::new());
    if !spec.attachments.is_empty() {
        attach::attach(&mut lo, &spec.attachments)?;
    }
    if options.optimize {
        lo.compress();
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| CoreError::Internal(format!("the PDF could not be written: {e}")))?;
    if !bytes.starts_with(b"%PDF") {
        return Err(CoreError::Internal("the PDF could not be written".into()));
    }
    Ok(Rendered {
        bytes,
        pages: total,
    })
}

/// A rendered PDF and how many pages it has.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
}
