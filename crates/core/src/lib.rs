//! PDP Desk core: the rules, the store and every parser and output of the workbench.
//!
//! Nothing here depends on a GUI toolkit: the CLI (`pdpdesk`) and the desktop shell are two thin
//! front doors over the same functions. Rules take the current instant as an argument and never read
//! the system clock themselves.

pub mod audit;
pub mod datadir;
pub mod deadline;
pub mod desk;
pub mod error;
pub mod fulfil;
pub mod guide;
pub mod identifiers;
pub mod index;
pub mod intake;
pub mod language;
pub mod letters;
pub mod office;
pub mod parallel;
pub mod pdf;
pub mod processing;
pub mod register;
pub mod report;
pub mod search;
pub mod smtp;
pub mod sources;
pub mod store;
pub mod text;
pub mod vault;
pub mod verify;
pub mod vocabulary;

pub use error::{CoreError, ErrorCode, ErrorReport, Result};
pub use store::Store;
