//! Intake: requests that arrive as mail, as files of mail, or as a record in an added source.

pub mod import;
pub mod mail;
pub mod queue;
pub mod record;
