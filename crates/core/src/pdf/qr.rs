//! A QR code drawn as vectors (one filled square per dark module): sharp at any zoom, and read
//! back by any phone. The certificate carries one that says how to check it.

use super::page::Flow;
use printpdf::{LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, WindingOrder};

/// Draws `payload` as a QR code `size` points wide with its top-left corner at (`x`, `top`).
/// `None` when the payload is too long for a QR code.
pub fn draw(flow: &mut Flow, payload: &str, x: f32, top: f32, size: f32) -> Option<()> {
    let code =
        qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    // Four modules of quiet zone on each side are left blank.
    let module = size / (width + 8) as f32;
    let (x0, y0) = (x + 4.0 * module, top - 4.0 * module);
    let p = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    let rings = code
        .to_colors()
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == qrcode::Color::Dark)
        .map(|(i, _)| {
            let (x, y) = (
                x0 + (i % width) as f32 * module,
                y0 - ((i / width) as f32 + 1.0) * module,
            );
            PolygonRing {
                points: vec![
                    p(x, y),
                    p(x + module, y),
                    p(x + module, y + module),
                    p(x, y + module),
                ],
            }
        })
        .collect();
    flow.push(Op::DrawPolygon {
        polygon: Polygon {
            rings,
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
    Some(())
}
