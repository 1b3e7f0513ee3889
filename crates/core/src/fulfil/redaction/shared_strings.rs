//! The shared string table of a redacted workbook rewritten: an entry that only removed or
//! masked cells used is emptied, its index kept so that other cells keep pointing at their own.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};
use std::collections::BTreeSet;
use std::io::{BufRead, Write};

/// The shared string table with the entries at `empty` emptied.
pub(super) fn pass_strings<W: Write>(
    input: impl BufRead,
    empty: &BTreeSet<u64>,
    w: &mut Writer<W>,
) -> std::result::Result<(), String> {
    let mut reader = Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut index = 0u64;
    let mut skipping = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("XML at byte {}: {e}", reader.buffer_position()))?;
        match &event {
            Event::Eof => break,
            Event::Start(e) if e.local_name().as_ref() == "si" => {
                let emptied = empty.contains(&index);
                index += 1;
                w.write_event(event.borrow()).map_err(|e| e.to_string())?;
                if emptied {
                    w.write_event(Event::Empty(BytesStart::new("t")))
                        .map_err(|e| e.to_string())?;
                    skipping = true;
                }
            }
            Event::Empty(e) if e.local_name().as_ref() == "si" => {
                index += 1;
                w.write_event(event.borrow()).map_err(|e| e.to_string())?;
            }
            Event::End(e) if e.local_name().as_ref() == "si" => {
                skipping = false;
                w.write_event(event.borrow()).map_err(|e| e.to_string())?;
            }
            _ if skipping => {}
            _ => w.write_event(event.borrow()).map_err(|e| e.to_string())?,
        }
        buf.clear();
    }
    Ok(())
}
