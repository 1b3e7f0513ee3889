//! Fulfilment, the rules: what is handed to the data subject. `bundle` writes the portability
//! ZIP (and, with the processing record, the access pack) from records it is given.

pub mod bundle;
