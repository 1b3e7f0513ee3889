//! Deletion and the other rights that act on records, the rules: the action plan per confirmed
//! record (`plan`).

pub mod plan;
