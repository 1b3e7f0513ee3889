//! Pages as they fill: A4, the margins, a cursor going down, a new page when the next thing does
//! not fit (with the running header on every page after the first), and the drawing primitives
//! the blocks use (a line of text, a rule, a box).

use super::text::Face;
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, Rgb, TextItem,
    TextMatrix,
};

/// A4 in points, upright.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
/// Margins: about 22 mm at the sides, 18 mm at the top, 22 mm at the bottom (room for the footer).
pub const LEFT: f32 = 62.0;
pub const BOTTOM: f32 = 64.0;
const SIDE: f32 = 62.0;
const HEAD: f32 = 50.0;

/// The sheet: A4 upright (letters) or on its side (a wide table such as the register).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sheet {
    pub width: f32,
    pub height: f32,
}

impl Sheet {
    pub fn a4(landscape: bool) -> Sheet {
        if landscape {
            Sheet {
                width: PAGE_H,
                height: PAGE_W,
            }
        } else {
            Sheet {
                width: PAGE_W,
                height: PAGE_H,
            }
        }
    }

    /// The right margin's x.
    pub fn right(&self) -> f32 {
        self.width - SIDE
    }

    /// The first baseline's y.
    pub fn top(&self) -> f32 {
        self.height - HEAD
    }
}
/// The body's text size and leading.
pub const SIZE: f32 = 10.5;
pub const LEADING: f32 = 14.5;

/// The fonts as added to the document.
#[derive(Clone)]
pub struct Fonts {
    pub regular: FontId,
    pub bold: FontId,
}

impl Fonts {
    fn id(&self, face: Face) -> &FontId {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The pages being filled.
pub struct Flow {
    pub pages: Vec<Vec<Op>>,
    /// The baseline of the next line on the current page.
    pub y: f32,
    fonts: Fonts,
    running_header: Option<String>,
    pub sheet: Sheet,
}

impl Flow {
    pub fn new(fonts: Fonts, running_header: Option<String>, sheet: Sheet) -> Flow {
        Flow {
            pages: vec![Vec::new()],
            y: sheet.top(),
            fonts,
            running_header,
            sheet,
        }
    }

    /// The right margin's x.
    pub fn right(&self) -> f32 {
        self.sheet.right()
    }

    /// The first baseline's y on a page.
    pub fn top(&self) -> f32 {
        self.sheet.top()
    }

    /// The fonts the pages are drawn with.
    pub fn fonts(&self) -> Fonts {
        self.fonts.clone()
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page is always open")
    }

    /// Starts a new page (with the running header after the first).
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top();
        if let Some(header) = self.running_header.clone() {
            self.text(Face::Regular, 8.0, LEFT, self.y + 14.0, &header);
            self.rule(self.y + 8.0, 0.3);
            self.y -= 6.0;
        }
    }

    /// Makes room for `height` points, starting a new page when they do not fit here. Says
    /// whether a page was started.
    pub fn room(&mut self, height: f32) -> bool {
        if self.y - height < BOTTOM && self.y < self.top() - 1.0 {
            self.new_page();
            return true;
        }
        false
    }

    /// One line of text with its baseline at `y`.
    pub fn text(&mut self, face: Face, size: f32, x: f32, y: f32, text: &str) {
        let font = self.fonts.id(face).clone();
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(clean)],
            },
            Op::EndTextSection,
        ]);
    }

    /// One line of text ending at `right`.
    pub fn text_right(&mut self, face: Face, size: f32, right: f32, y: f32, text: &str) {
        let w = super::text::width(face, size, text);
        self.text(face, size, right - w, y, text);
    }

    /// One line of text centred between the margins.
    pub fn text_centred(&mut self, face: Face, size: f32, y: f32, text: &str) {
        let w = super::text::width(face, size, text);
        self.text(face, size, (LEFT + self.right() - w) / 2.0, y, text);
    }

    /// A horizontal rule across the text width at `y`.
    pub fn rule(&mut self, y: f32, thickness: f32) {
        self.line(LEFT, y, self.right(), y, thickness);
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32) {
        let p = |x: f32, y: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops().extend([
            Op::SetOutlineColor {
                col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![p(x1, y1), p(x2, y2)],
                    is_closed: false,
                },
            },
        ]);
    }

    /// A filled box (table headers), in a light grey-blue.
    pub fn fill(&mut self, x: f32, y: f32, width: f32, height: f32) {
        self.ops().extend([
            Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.91, 0.93, 0.96, None)),
            },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y),
                    width: Pt(width),
                    height: Pt(height),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
            Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
            },
        ]);
    }

    /// Large light text across the page, bottom left to top right (a draft's mark).
    pub fn stamp(&mut self, text: &str) {
        let font = self.fonts.id(Face::Bold).clone();
        let size = 110.0;
        let w = super::text::width(Face::Bold, size, text);
        // 45 degrees through the page's centre.
        let (cx, cy) = (self.sheet.width / 2.0, self.sheet.height / 2.0);
        let half = w / 2.0 * std::f32::consts::FRAC_1_SQRT_2;
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.88, 0.88, 0.88, None)),
            },
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::TranslateRotate(Pt(cx - half), Pt(cy - half), 45.0),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
            Op::RestoreGraphicsState,
        ]);
    }

    /// Other drawing (an image, a QR code) on the current page.
    pub fn push(&mut self, op: Op) {
        self.ops().push(op);
    }

    /// Wrapped text from the cursor down, each line where it fits.
    pub fn paragraph(&mut self, face: Face, size: f32, x: f32, width: f32, text: &str) {
        let leading = size * LEADING / SIZE;
        for line in super::text::wrap(face, size, text, width) {
            self.room(leading);
            self.text(face, size, x, self.y, &line);
            self.y -= leading;
        }
    }
}
