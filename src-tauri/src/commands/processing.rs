//! The office's processing register (Pasal 31): the register kept, the shipped starting
//! profiles, starting from one, and replacing it with staff's edit (checked by the core first).

use crate::desk::Desk;
use crate::errors::Reply;
use chrono::Utc;
use pdp_core::desk::processing;
use pdp_core::processing::{profiles, KeptRegister, Profile, Register};
use tauri::State;

/// The register the office keeps; null while it has none.
#[tauri::command]
pub fn processing_register(desk: State<Desk>) -> Reply<Option<KeptRegister>> {
    Ok(processing::show(&desk.store())?)
}

/// The three starting profiles.
#[tauri::command]
pub fn processing_profiles() -> Reply<Vec<Profile>> {
    Ok(profiles()?)
}

/// Starts the register from a profile; an edited register only with `replace`.
#[tauri::command]
pub fn processing_start_profile(
    desk: State<Desk>,
    profile: String,
    replace: bool,
) -> Reply<KeptRegister> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    let kept = processing::start_from_profile(&mut store, &profile, replace, &actor, Utc::now())?;
    Ok(kept)
}

/// Replaces the register with staff's edit; an error names the path of the field that is wrong.
#[tauri::command]
pub fn processing_replace(desk: State<Desk>, register: Register) -> Reply<KeptRegister> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(processing::replace(
        &mut store,
        register,
        &actor,
        Utc::now(),
    )?)
}
