use crate::desk::Desk;
use crate::errors::Reply;
use chrono::Utc;
use pdp_core::audit::Action;
use pdp_core::office::{letter_number_example, OfficeProfile, OfficeUpdate, OfficeZone};
use pdp_core::store::installation::Installation;
use pdp_core::store::settings::OPERATOR;
use tauri::State;

#[tauri::command]
pub fn office_get(desk: State<Desk>) -> Reply<OfficeProfile> {
    Ok(desk.store().office()?)
}

/// This month's first letter number under the pattern being typed in Settings, or why the
/// pattern is refused.
#[tauri::command]
pub fn office_letter_example(pattern: String, name: String, zone: OfficeZone) -> Reply<String> {
    Ok(letter_number_example(&pattern, &name, zone, Utc::now())?)
}

#[tauri::command]
pub fn office_update(desk: State<Desk>, update: OfficeUpdate) -> Reply<OfficeProfile> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::office::update(
        &mut store,
        &update,
        &actor,
        Utc::now(),
    )?)
}

/// The logo's PNG bytes (the window turns them into an image URL), or null.
#[tauri::command]
pub fn office_logo(desk: State<Desk>) -> Reply<Option<Vec<u8>>> {
    Ok(desk.store().logo()?)
}

#[tauri::command]
pub fn office_set_logo(desk: State<Desk>, png: Vec<u8>) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::office::set_logo(
        &mut store,
        &png,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn office_clear_logo(desk: State<Desk>) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.clear_logo(&actor, Utc::now())?)
}

#[tauri::command]
pub fn installation_get(desk: State<Desk>) -> Reply<Installation> {
    Ok(desk.store().installation())
}

#[tauri::command]
pub fn operator_get(desk: State<Desk>) -> Reply<String> {
    Ok(Desk::operator(&desk.store())?)
}

#[tauri::command]
pub fn operator_set(desk: State<Desk>, name: String) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    let action = Action::SettingsOperator;
    Ok(store.set_setting(OPERATOR, name.trim(), action, &actor, Utc::now())?)
}

/// Whether the window opens on the first-start setup (a brand-new install).
#[tauri::command]
pub fn setup_needed(desk: State<Desk>) -> Reply<bool> {
    Ok(pdp_core::desk::demo::setup_needed(&desk.store())?)
}

/// "Coba dulu dengan data contoh": the demo office seeded into the brand-new install.
#[tauri::command]
pub fn demo_start(desk: State<Desk>) -> Reply<()> {
    let mut store = desk.store();
    if !pdp_core::desk::demo::setup_needed(&store)? {
        return Err(pdp_core::CoreError::DemoRefused.into());
    }
    pdp_core::desk::demo::seed(&mut store, Utc::now())?;
    Ok(())
}

/// Deletes the demo requests and blanks the demo office; returns how many requests were removed.
#[tauri::command]
pub fn demo_clear(desk: State<Desk>) -> Reply<usize> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::demo::clear(&mut store, &actor, Utc::now())?)
}
