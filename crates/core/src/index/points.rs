//! The access points of an indexed workbook as the database keeps them. Their places (sheet,
//! offsets, row and record numbers) go first as JSON, then their windows, which are the
//! source's own text; the whole is deflated and sealed under a key derived from `index.key`
//! (ChaCha20-Poly1305, see [`IndexSecret::seal`]), so a copy of the database alone says nothing
//! of what the sheets hold, as with the index's keyed hashes.

use super::IndexSecret;
use crate::sources::deflate_points::WINDOW;
use crate::sources::xlsx_points::SheetPoints;
use crate::{CoreError, Result};

/// What the seal is for: its key is this file's alone.
const PURPOSE: &str = "index.access-points";
/// The most an opened blob may inflate to (a workbook of gigabytes has a few thousand points).
const LARGEST: usize = 512 << 20;

/// The sealed form of a workbook's points; `None` when it has none.
pub fn seal(secret: &IndexSecret, sheets: &[SheetPoints]) -> Result<Option<Vec<u8>>> {
    if sheets.is_empty() {
        return Ok(None);
    }
    let mut places = sheets.to_vec();
    let mut windows = Vec::new();
    for point in places.iter_mut().flat_map(|s| s.points.iter_mut()) {
        windows.append(&mut point.at.window);
    }
    let json = serde_json::to_vec(&places)
        .map_err(|e| CoreError::Internal(format!("access points not written: {e}")))?;
    let mut plain = (json.len() as u64).to_le_bytes().to_vec();
    plain.extend_from_slice(&json);
    plain.extend_from_slice(&windows);
    let packed = miniz_oxide::deflate::compress_to_vec(&plain, 6);
    secret.seal(PURPOSE, &packed).map(Some)
}

/// Opens what [`seal`] made; `None` under another `index.key` or when anything is amiss (the
/// workbook is then read from its start).
pub fn open(secret: &IndexSecret, sealed: &[u8]) -> Option<Vec<SheetPoints>> {
    let packed = secret.unseal(PURPOSE, sealed)?;
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, LARGEST).ok()?;
    let (length, rest) = plain.split_first_chunk::<8>()?;
    let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
    let mut windows = rest.get(length..)?;
    let mut sheets: Vec<SheetPoints> = serde_json::from_slice(rest.get(..length)?).ok()?;
    for point in sheets.iter_mut().flat_map(|s| s.points.iter_mut()) {
        let n = usize::try_from(point.at.output).map_or(WINDOW, |o| o.min(WINDOW));
        point.at.window = windows.get(..n)?.to_vec();
        windows = windows.get(n..)?;
    }
    windows.is_empty().then_some(sheets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::deflate_points::AccessPoint;
    use crate::sources::xlsx_points::RowPoint;

    fn sheets() -> Vec<SheetPoints> {
        let point = |output: u64, fill: u8| RowPoint {
            at: AccessPoint {
                input: output / 8,
                bits: 3,
                bit_buf: 5,
                output,
                window: vec![fill; WINDOW.min(output as usize)],
            },
            row_offset: output + 40,
            excel_row: output / 100,
            records_before: output / 100 - 2,
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
        }]
    }

    #[test]
    fn points_come_back_as_sealed_and_only_with_the_same_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let secret = IndexSecret::load(dir.path()).expect("secret");
        let mut planted = sheets();
        planted[0].points[1].at.window[100..125].copy_from_slice(b"siti.rahayu@contoh.co.id ");
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
