//! The use cases: one file per workflow step. Each reads what the front door gives it (the
//! clock's `now`, the OS random source, the staff member), calls the rules, then the store. The
//! layer above the store and the rules (see DEVELOPMENT.md, "Layers").

pub mod fulfil;
pub mod letters;
pub mod mail_server;
pub mod verify;
