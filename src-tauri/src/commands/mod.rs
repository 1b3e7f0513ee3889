//! `#[tauri::command]` adapters: each takes the window's arguments, calls pdp-core and returns its
//! value or an `ErrorReport`. No rule lives here.

pub mod clocks;
pub mod intake;
pub mod office;
pub mod requests;
pub mod search;
pub mod sources;
pub mod verify;
