//! Local export redaction, the rules: a copy of an export with the subject's records removed or
//! their personal cells masked, every other record byte for byte as it was. `fields` cuts a CSV
//! record into its cells; `csv` makes the pass over a CSV file.

pub mod csv;
pub mod fields;
