//! Local export redaction, the rules: a copy of an export with the subject's records removed or
//! their personal cells masked, every other record as it was. `fields` cuts a CSV record into
//! its cells; `csv` makes the pass over a CSV file; `xlsx` over a workbook's sheets, with
//! `sheet_parts` finding them and `shared_strings` emptying what only the subject used;
//! `chat` over a WhatsApp export's messages; `mbox` over a mailbox's messages.

pub mod chat;
pub mod csv;
pub mod fields;
pub mod mbox;
mod shared_strings;
mod sheet_parts;
pub mod xlsx;
