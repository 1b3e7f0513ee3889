//! The access points of an indexed workbook as the database keeps them. Their places (sheet,
//! offsets, row and record numbers) go first as deflated JSON, then their windows, which are
//! the source's own text, each deflated on its own (a read-back inflates only the one it starts
//! from); the whole is sealed under a key derived from `index.key` (ChaCha20-Poly1305, see
//! [`IndexSecret::seal`]), so a copy of the database alone says nothing of what the sheets hold,
//! as with the index's keyed hashes.

use super::IndexSecret;
use crate::sources::xlsx_points::SheetPoints;
use crate::{CoreError, Result};

/// What the seal is for: its key is this file's alone.
const PURPOSE: &str = "index.access-points";
/// The most the places may inflate to (a workbook of gigabytes has some thousand rows marked).
const LARGEST: usize = 512 << 20;

/// The sealed form of a workbook's points; `None` when it has none.
pub fn seal(secret: &IndexSecret, sheets: &[SheetPoints]) -> Result<Option<Vec<u8>>> {
    if sheets.is_empty() {
        return Ok(None);
    }
    let mut places = sheets.to_vec();
    let mut windows = Vec::new();
    for point in places.iter_mut().flat_map(|s| s.points.iter_mut()) {
        let length = u32::try_from(point.window.len())
            .map_err(|_| CoreError::Internal("an access point's window is too large".into()))?;
        windows.extend_from_slice(&length.to_le_bytes());
        windows.append(&mut point.window);
    }
    let json = serde_json::to_vec(&places)
        .map_err(|e| CoreError::Internal(format!("access points not written: {e}")))?;
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 6);
    let mut plain = (packed.len() as u64).to_le_bytes().to_vec();
    plain.extend_from_slice(&packed);
    plain.extend_from_slice(&windows);
    secret.seal(PURPOSE, &plain).map(Some)
}

/// Opens what [`seal`] made; `None` under another `index.key` or when anything is amiss (the
/// workbook is then read from its start).
pub fn open(secret: &IndexSecret, sealed: &[u8]) -> Option<Vec<SheetPoints>> {
    let plain = secret.unseal(PURPOSE, sealed)?;
    let (length, rest) = plain.split_first_chunk::<8>()?;
    let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(rest.get(..length)?, LARGEST).ok()?;
    let mut windows = rest.get(length..)?;
    let mut sheets: Vec<SheetPoints> = serde_json::from_slice(&json).ok()?;
    for point in sheets.iter_mut().flat_map(|s| s.points.iter_mut()) {
        let (n, after) = windows.split_first_chunk::<4>()?;
        let n = u32::from_le_bytes(*n) as usize;
        point.window = after.get(..n)?.to_vec();
        windows = after.get(n..)?;
    }
    windows.is_empty().then_some(sheets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::deflate_points::{AccessPoint, WINDOW};
    use crate::sources::xlsx_points::RowMark;

    fn sheets() -> Vec<SheetPoints> {
        let point = |output: u64, fill: u8| AccessPoint {
            input: output / 8,
            bits: 3,
            bit_buf: 5,
            output,
            window: vec![fill; WINDOW.min(output as usize)],
        };
        let mark = |offset: u64| RowMark {
            offset,
            excel_row: offset / 100,
            records_before: offset / 100 - 2,
        };
        vec![SheetPoints {
            sheet: "Faktur".into(),
            part: "xl/worksheets/sheet1.xml".into(),
            head_end: 900,
            records_from: 0,
            records_to: 90_000,
            points: vec![
                point(4_200_000, b'a'),
                point(8_400_000, b'b'),
                point(20_000, b'c'),
            ],
            rows: vec![mark(4_200_040), mark(4_331_000), mark(8_400_100)],
        }]
    }

    #[test]
    fn points_come_back_as_sealed_and_only_with_the_same_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let secret = IndexSecret::load(dir.path()).expect("secret");
        let mut planted = sheets();
        planted[0].points[1].window[100..125].copy_from_slice(b"siti.rahayu@contoh.co.id ");
        let sealed = seal(&secret, &planted).expect("seals").expect("has points");
        assert!(
            !sealed.windows(11).any(|w| w == b"siti.rahayu"),
            "the windows' text is not in the sealed form"
        );
        assert_eq!(
            open(&secret, &sealed),
            Some(planted),
            "opens to what was sealed"
        );
        let other = tempfile::tempdir().expect("temp dir");
        let stranger = IndexSecret::load(other.path()).expect("another secret");
        assert_eq!(
            open(&stranger, &sealed),
            None,
            "another index.key opens nothing"
        );
        let mut damaged = sealed.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(open(&secret, &damaged), None, "a changed byte is refused");
        assert_eq!(seal(&secret, &[]).expect("nothing to seal"), None);
    }
}
