//! The use cases: one file per workflow step. Each reads what the front door gives it (the
//! clock's `now`, the OS random source, the staff member), calls the rules, then the store. The
//! layer above the store and the rules (see DEVELOPMENT.md, "Layers").

pub mod backup;
pub mod calendar;
pub mod clocks;
pub mod deletion;
pub mod demo;
pub mod encryption;
pub mod fulfil;
pub mod guide;
pub mod intake;
pub mod letters;
pub mod mail_server;
pub mod office;
pub mod processing;
pub mod purge;
pub mod refresh;
pub mod report;
pub mod request;
pub mod restore;
pub mod search;
mod secret;
pub mod verify;

pub(crate) use secret::index_secret;
