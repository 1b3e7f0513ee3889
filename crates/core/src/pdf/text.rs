//! The two faces every document uses (Noto Sans Regular and Bold, built in and embedded subset,
//! SIL OFL 1.1 — `assets/fonts/OFL.txt`), how wide a text is, and greedy line wrapping that
//! breaks a token longer than the line (an URL, an e-mail address) where it must.

use printpdf::ParsedFont;
use std::sync::OnceLock;

/// A face of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

/// The parsed faces (parsed once per process: it takes milliseconds).
pub(crate) struct Faces {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
}

pub(crate) fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let parse = |bytes: &[u8]| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .expect("the built-in Noto Sans faces parse")
        };
        Faces {
            regular: parse(include_bytes!(
                "../../../../assets/fonts/NotoSans-Regular.ttf"
            )),
            bold: parse(include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf")),
        }
    })
}

impl Faces {
    pub fn get(&self, face: Face) -> &ParsedFont {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The first character of `text` the faces cannot print (controls and whitespace aside: the
/// layout drops or spaces them).
pub fn lacking(text: &str) -> Option<char> {
    let f = faces();
    text.chars().find(|&c| {
        !c.is_control()
            && !c.is_whitespace()
            && (f.regular.lookup_glyph_index(c as u32).is_none()
                || f.bold.lookup_glyph_index(c as u32).is_none())
    })
}

/// The width of `text` in points at `size`. A character the face lacks counts as half an em.
pub fn width(face: Face, size: f32, text: &str) -> f32 {
    let font = faces().get(face);
    let upem = f32::from(font.font_metrics.units_per_em.max(1));
    let units: f32 = text
        .chars()
        .map(|c| {
            font.lookup_glyph_index(c as u32)
                .map(|g| f32::from(font.get_horizontal_advance(g)))
                .unwrap_or(upem / 2.0)
        })
        .sum();
    units * size / upem
}

/// Splits `text` into lines no wider than `max` points: paragraphs at newlines, words greedily,
/// a word wider than the line cut where it must. Control characters are dropped (a stored text
/// may hold them; a letter must not).
pub fn wrap(face: Face, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let word: String = word.chars().filter(|c| !c.is_control()).collect();
            let candidate = if line.is_empty() {
                word.clone()
            } else {
                format!("{line} {word}")
            };
            if width(face, size, &candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone: cut it into pieces that fit.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if width(face, size, &piece) > max && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_and_long_tokens_are_cut() {
        let text = "Menindaklanjuti permohonan Bapak melalui e-mail tertanggal 24 November 2026, \
                    kami sampaikan alamat https://kantor.example.co.id/privasi/permohonan/REQ-2026-0005/berkas-lengkap";
        let lines = wrap(Face::Regular, 10.5, text, 200.0);
        assert!(lines.len() > 3, "{lines:#?}");
        for l in &lines {
            assert!(
                width(Face::Regular, 10.5, l) <= 200.0,
                "{l:?} is wider than the line"
            );
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            text.replace(' ', ""),
            "nothing is lost in wrapping"
        );
    }

    #[test]
    fn every_latin_letter_a_name_may_carry_prints_and_other_scripts_are_named() {
        let names = "Renée Dédé Nuñez Łukasz Wałęsa Āisyah Ṣāliḥ Çelik Øster SSauer Nguyễn “kutip” ‘satu’ — … © №";
        assert_eq!(lacking(names), None, "Noto Sans covers the Latin names");
        assert_eq!(lacking("Budi 漢字"), Some('漢'), "a CJK character is named");
        assert_eq!(
            lacking("baris\ttab\n"),
            None,
            "controls are dropped by the layout, not refused"
        );
    }

    #[test]
    fn newlines_start_paragraphs_and_bold_is_wider() {
        assert_eq!(
            wrap(Face::Regular, 10.0, "satu\n\ndua", 300.0),
            ["satu", "", "dua"]
        );
        assert!(
            width(Face::Bold, 10.0, "Data Pribadi") > width(Face::Regular, 10.0, "Data Pribadi")
        );
    }
}
