//! Random access into a deflate stream (the zran technique). While a stream is inflated once,
//! the decoder's state is noted at a block boundary every so many bytes of output: where the
//! next block starts in the compressed bytes (the byte, and the bits of the byte before it not
//! used yet) and the 32 KB of output before it, which the blocks after it may copy from.
//! Inflating again from such a point gives the stream's output from there on without inflating
//! the bytes before it. A point's window is the source's own text: whoever keeps points keeps
//! them sealed.
//!
//! A stream written as one block (zlib-ng's level 1 writes a whole part so) has no boundary to
//! stop at: it gets no points, and is read from its start as before.

use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_STOP_ON_BLOCK_BOUNDARY,
};
use miniz_oxide::inflate::core::{decompress, BlockBoundaryState, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};
use std::io::{self, Read};

/// The output a block may refer back to.
pub const WINDOW: usize = 32 * 1024;
/// The decoder's output ring (a power of two, at least [`WINDOW`]).
const RING: usize = 1 << 20;
/// Compressed bytes read at a time.
const INPUT: usize = 1 << 16;

/// A place to start inflating again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPoint {
    /// Compressed bytes consumed before the point: reading resumes at this byte.
    pub input: u64,
    /// How many bits of the byte before `input` belong to the next block (0–7), and those bits.
    pub bits: u8,
    pub bit_buf: u8,
    /// Bytes of output before the point.
    pub output: u64,
    /// The output just before the point: [`WINDOW`] bytes (fewer near the stream's start).
    pub window: Vec<u8>,
}

/// A raw deflate stream inflated piece by piece, noting access points on the way.
pub struct Inflater<R> {
    input: R,
    decoder: DecompressorOxide,
    ring: Vec<u8>,
    /// Where the next output goes in `ring`.
    at: usize,
    /// Output so far (absolute, from the stream's start).
    output: u64,
    /// Compressed bytes consumed so far (absolute).
    consumed: u64,
    pending: Vec<u8>,
    taken: usize,
    input_ended: bool,
    done: bool,
    /// Note a point at the first block boundary at or after this much output (`None`: never).
    due: Option<u64>,
    every: u64,
    /// The points noted so far.
    pub points: Vec<AccessPoint>,
}

fn invalid(why: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why)
}

impl<R: Read> Inflater<R> {
    /// Inflates from the stream's start, noting a point after every `every` bytes of output
    /// (0: none).
    pub fn new(input: R, every: u64) -> Inflater<R> {
        Inflater {
            input,
            decoder: DecompressorOxide::new(),
            ring: vec![0; RING],
            at: 0,
            output: 0,
            consumed: 0,
            pending: Vec::with_capacity(INPUT),
            taken: 0,
            input_ended: false,
            done: false,
            due: (every > 0).then_some(every),
            every,
            points: Vec::new(),
        }
    }

    /// Inflates from `point`: `input` must give the compressed bytes from `point.input` on.
    pub fn resume(input: R, point: &AccessPoint) -> io::Result<Inflater<R>> {
        if point.bits > 7 || point.window.len() > WINDOW {
            return Err(invalid("an access point out of range".into()));
        }
        let state = BlockBoundaryState {
            num_bits: point.bits,
            bit_buf: point.bit_buf,
            ..BlockBoundaryState::default()
        };
        let mut ring = vec![0; RING];
        ring[RING - point.window.len()..].copy_from_slice(&point.window);
        Ok(Inflater {
            input,
            decoder: DecompressorOxide::from_block_boundary_state(&state),
            ring,
            at: 0,
            output: point.output,
            consumed: point.input,
            pending: Vec::with_capacity(INPUT),
            taken: 0,
            input_ended: false,
            done: false,
            due: None,
            every: 0,
            points: Vec::new(),
        })
    }

    /// Bytes of output so far, from the stream's start.
    pub fn output(&self) -> u64 {
        self.output
    }

    /// The next piece of output and where it starts in the stream; `None` at the stream's end.
    pub fn next_piece(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        loop {
            if self.done {
                return Ok(None);
            }
            if self.taken == self.pending.len() && !self.input_ended {
                self.refill()?;
            }
            let mut flags = TINFL_FLAG_STOP_ON_BLOCK_BOUNDARY;
            if !self.input_ended {
                flags |= TINFL_FLAG_HAS_MORE_INPUT;
            }
            let start = self.at;
            let (status, used, made) = decompress(
                &mut self.decoder,
                &self.pending[self.taken..],
                &mut self.ring,
                start,
                flags,
            );
            self.taken += used;
            self.consumed += used as u64;
            let from = self.output;
            self.output += made as u64;
            self.at = (start + made) % RING;
            match status {
                TINFLStatus::BlockBoundary => self.note_point(),
                TINFLStatus::Done => self.done = true,
                TINFLStatus::HasMoreOutput => {}
                TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress
                    if self.input_ended =>
                {
                    return Err(invalid(format!(
                        "the compressed data ends early (after {} bytes of output)",
                        self.output
                    )));
                }
                TINFLStatus::NeedsMoreInput => {}
                other => {
                    return Err(invalid(format!(
                        "the compressed data is damaged after {} bytes of output ({other:?})",
                        self.output
                    )));
                }
            }
            if made > 0 {
                return Ok(Some((from, &self.ring[start..start + made])));
            }
        }
    }

    fn refill(&mut self) -> io::Result<()> {
        self.pending.clear();
        self.taken = 0;
        self.pending.resize(INPUT, 0);
        let mut filled = 0;
        while filled < INPUT {
            match self.input.read(&mut self.pending[filled..]) {
                Ok(0) => {
                    self.input_ended = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.pending.truncate(filled);
        Ok(())
    }

    fn note_point(&mut self) {
        let Some(due) = self.due else {
            return;
        };
        let Some(state) = self.decoder.block_boundary_state() else {
            return;
        };
        if self.output < due {
            return;
        }
        let length = WINDOW.min(self.output as usize);
        let mut window = Vec::with_capacity(length);
        if self.at >= length {
            window.extend_from_slice(&self.ring[self.at - length..self.at]);
        } else {
            window.extend_from_slice(&self.ring[RING - (length - self.at)..]);
            window.extend_from_slice(&self.ring[..self.at]);
        }
        self.points.push(AccessPoint {
            input: self.consumed,
            bits: state.num_bits,
            bit_buf: state.bit_buf,
            output: self.output,
            window,
        });
        self.due = Some(self.output + self.every);
    }
}

/// The stream's output from `point` up to `end` (or the stream's end): `input` gives the
/// compressed bytes from `point.input` on.
pub fn read_from(input: impl Read, point: &AccessPoint, end: u64) -> io::Result<Vec<u8>> {
    let mut inflater = Inflater::resume(input, point)?;
    let mut out = Vec::new();
    while inflater.output() < end {
        let Some((_, piece)) = inflater.next_piece()? else {
            break;
        };
        out.extend_from_slice(piece);
    }
    out.truncate(end.saturating_sub(point.output) as usize);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// Rows of a sheet as a spreadsheet writes them, deflated as a zip entry (level 6, the
    /// usual blocks of a few hundred KB of XML), with the raw compressed bytes.
    fn sheet(rows: usize) -> (Vec<u8>, Vec<u8>) {
        let mut xml = String::from("<worksheet><sheetData>");
        for r in 1..=rows {
            xml.push_str(&format!(
                r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Pelanggan {}</t></is></c><c r="B{r}"><v>{}</v></c></row>"#,
                r * 7919 % 100_003,
                r * 31
            ));
        }
        xml.push_str("</sheetData></worksheet>");
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(6));
        zip.start_file("sheet1.xml", options).expect("entry");
        zip.write_all(xml.as_bytes()).expect("write");
        let bytes = zip.finish().expect("zip").into_inner();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("read zip");
        let mut raw = Vec::new();
        archive
            .by_index_raw(0)
            .expect("entry")
            .read_to_end(&mut raw)
            .expect("raw bytes");
        (xml.into_bytes(), raw)
    }

    #[test]
    fn inflating_again_from_any_point_gives_the_stream_from_there() {
        let (xml, raw) = sheet(60_000);
        let mut inflater = Inflater::new(&raw[..], 512 * 1024);
        let mut whole = Vec::new();
        while let Some((at, piece)) = inflater.next_piece().expect("inflates") {
            assert_eq!(at as usize, whole.len(), "pieces follow each other");
            whole.extend_from_slice(piece);
        }
        assert!(whole == xml, "one pass gives the whole stream");
        let points = inflater.points;
        assert!(
            points.len() >= 4,
            "a point about every 512 KB of {} KB: {}",
            xml.len() >> 10,
            points.len()
        );
        for (i, p) in points.iter().enumerate() {
            assert_eq!(p.window.len(), WINDOW, "a whole window before point {i}");
            assert_eq!(
                p.window[..],
                xml[p.output as usize - WINDOW..p.output as usize],
                "the window is the output before point {i}"
            );
            let end = p.output + 300_000;
            let again = read_from(&raw[p.input as usize..], p, end).expect("resumes");
            let want = &xml[p.output as usize..(end as usize).min(xml.len())];
            assert!(again == want, "from point {i} the same bytes as the stream");
        }
        let last = points.last().expect("a point");
        let to_end = read_from(&raw[last.input as usize..], last, u64::MAX).expect("resumes");
        assert!(
            to_end.ends_with(b"</sheetData></worksheet>"),
            "read to the stream's end"
        );
    }

    #[test]
    fn a_truncated_or_damaged_stream_is_an_error_not_a_panic() {
        let (_, raw) = sheet(20_000);
        let mut cut = Inflater::new(&raw[..raw.len() / 2], 0);
        let err = loop {
            match cut.next_piece() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("a stream cut in half cannot end"),
                Err(e) => break e,
            }
        };
        assert!(err.to_string().contains("ends early"), "{err}");
        let mut garbage = raw.clone();
        for b in garbage.iter_mut().skip(1000).step_by(7) {
            *b ^= 0x5a;
        }
        let mut damaged = Inflater::new(&garbage[..], 0);
        let failed = loop {
            match damaged.next_piece() {
                Ok(Some(_)) => {}
                Ok(None) => break false,
                Err(_) => break true,
            }
        };
        assert!(failed, "damaged compressed bytes are reported");
        let wild = AccessPoint {
            input: 0,
            bits: 9,
            bit_buf: 0,
            output: 0,
            window: Vec::new(),
        };
        assert!(
            read_from(&raw[..], &wild, 100).is_err(),
            "a point out of range is refused"
        );
    }

    proptest::proptest! {
        #[test]
        fn no_input_or_point_panics(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000),
            bits in 0u8..10,
            bit_buf in proptest::prelude::any::<u8>(),
            window in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..100),
        ) {
            let mut inflater = Inflater::new(&bytes[..], 64);
            let mut out = 0u64;
            // Ends (an error or the stream's end) and never makes more than deflate can.
            while let Ok(Some((_, piece))) = inflater.next_piece() {
                out += piece.len() as u64;
                proptest::prop_assert!(out <= bytes.len() as u64 * 1032 + 64);
            }
            let point = AccessPoint { input: 0, bits, bit_buf, output: 0, window };
            let _ = read_from(&bytes[..], &point, 100_000);
        }
    }
}
