//! The window's end-to-end tests, one binary (one link instead of one per file); each test starts
//! the real app under tauri-driver on its own ports. Run through `scripts/e2e`.

mod audit;
mod bundle;
mod clocks;
mod common;
mod encryption;
mod first_start;
mod guide;
mod intake;
mod intake_queue;
mod letters;
mod letters_register;
mod plan;
mod records;
mod redaction;
mod register;
mod report;
mod restore;
mod search;
mod sources;
mod verify;
mod verify_mail;
mod walkthrough;
mod walkthrough_deletion;
