//! Deletion and the other rights that act on records, the rules: the action plan per confirmed
//! record (`plan`), and the checklist per source system it is carried out in (`checklist`).

pub mod checklist;
pub mod line;
pub mod plan;
