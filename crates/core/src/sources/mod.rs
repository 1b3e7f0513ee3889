//! Sources: the exports a small office has (CRM and invoice CSVs, spreadsheets, web-form dumps,
//! WhatsApp chats, mail) read into one stream of [`Record`]s, each with an exact locator, the
//! source system's record id, its fields with roles and the raw values as written.

pub mod added;
pub mod chat_zip;
mod control;
pub mod csv_file;
mod csv_stream;
pub mod cut;
pub mod deflate_points;
pub mod layout;
pub mod mail;
pub mod mail_images;
pub mod mail_source;
pub mod mbox;
pub mod prefilter;
pub mod read;
pub mod record;
pub mod roles;
pub mod sniff;
mod tabular;
pub mod understood;
pub mod values;
pub mod walk;
pub mod whatsapp;
pub mod xlsx;
mod xlsx_guard;
pub mod xlsx_points;
mod xlsx_sheet;

pub use control::ReadControl;
pub use csv_stream::Checkpoint;
pub use record::{Field, FileReport, Locator, Record, RowIssue, SourceKind};
