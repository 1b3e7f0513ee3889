//! Sources: the exports a small office has (CRM and invoice CSVs, spreadsheets, web-form dumps,
//! WhatsApp chats, mail) read into one stream of [`Record`]s, each with an exact locator, the
//! source system's record id, its fields with roles and the raw values as written.

pub mod chat_zip;
pub mod csv_file;
mod csv_stream;
pub mod cut;
pub mod layout;
pub mod mail_source;
pub mod prefilter;
pub mod read;
pub mod record;
pub mod refresh;
pub mod roles;
pub mod sniff;
mod tabular;
pub mod understood;
pub mod values;
pub mod walk;
pub mod whatsapp;
pub mod xlsx;
mod xlsx_guard;

pub use csv_stream::Checkpoint;
pub use record::{Field, FieldRole, FileReport, Locator, Record, RowIssue, SourceKind};
