//! Deletion and the other rights that act on records, the rules: the action plan per confirmed
//! record (`plan`), the checklist per source system it is carried out in (`checklist`), what
//! it comes to (`summary`, printed by `tables`), and the deletion certificate that proves it (`certificate`).

pub mod certificate;
pub mod checklist;
pub mod line;
pub mod plan;
pub mod summary;
pub mod tables;
