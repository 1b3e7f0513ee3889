//! The core's integration tests, one binary (one link instead of one per file). The property
//! tests (`properties/`) stay a binary of their own: `scripts/fuzz` runs them for minutes.

mod generator_mail;
mod identifier_keys;
mod intake_eval;
mod layers;
mod pdf;
mod policy_dates;
mod redaction_csv;
mod redaction_xlsx;
mod refresh_workers;
mod rights_labelled;
mod search_generator;
mod search_index;
mod sources_bombs;
mod sources_chat;
mod sources_csv;
mod sources_detect;
mod sources_encoding;
mod sources_malformed;
mod sources_xlsx;
mod sources_xlsx_points;
mod support;
mod unverified;
mod verify;
