//! Fulfilment, the rules: what is handed to the data subject. `bundle` writes the portability
//! ZIP from records it is given; `access` adds the processing record (Pasal 32) that makes it
//! the access pack. `deletion` plans what deletion, correction, consent withdrawal, restriction
//! and objection do to each record.

pub mod access;
pub mod bundle;
pub mod deletion;
pub mod redaction;
