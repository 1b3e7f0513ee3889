//! The office's key that signs its deletion certificates, as Settings shows it: the public key's
//! fingerprint and where the private key is kept (made at this first use if there is none).

use crate::desk::Desk;
use crate::errors::Reply;
use pdp_core::desk::deletion::certificate::{self, KeyInfo};
use tauri::State;

/// The public key's fingerprint (the one every certificate prints).
#[tauri::command]
pub fn certificate_key(desk: State<Desk>) -> Reply<KeyInfo> {
    Ok(certificate::key(&desk.store())?)
}
