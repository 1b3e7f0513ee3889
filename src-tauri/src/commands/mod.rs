//! `#[tauri::command]` adapters: each takes the window's arguments, calls pdp-core and returns its
//! value or its error (`errors::CommandError`: an `ErrorReport`, logged without its message). No
//! rule lives here.

pub mod audit;
pub mod certificate;
pub mod clocks;
pub mod encryption;
pub mod fulfil;
pub mod intake;
pub mod intake_queue;
pub mod letters;
pub mod mail_server;
pub mod office;
pub mod plan;
pub mod processing;
pub mod records;
pub mod redact;
pub mod report;
pub mod requests;
pub mod search;
pub mod sources;
pub mod startup;
pub mod verify;
