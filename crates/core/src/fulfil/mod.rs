//! Fulfilment, the rules: what is handed to the data subject. `bundle` writes the portability
//! ZIP from records it is given; `access` adds the processing record (Pasal 32) that makes it
//! the access pack.

pub mod access;
pub mod bundle;
