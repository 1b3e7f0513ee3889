//! Verifying the requester: what is met and missing, a one-time code (drawn from the OS random
//! source, returned once), the answer, a NIK or an authority sighted, a supervisor's override,
//! and the office's levels per right.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::letters::{close_unverified, ClosedUnverified};
use pdp_core::desk::verify::{
    self as desk, AwaitingAnswer, Delivery, IssuedCode, VerificationStatus,
};
use pdp_core::language::Language;
use pdp_core::sources::ReadControl;
use pdp_core::verify::code::Answer;
use pdp_core::verify::Levels;
use serde::Serialize;
use tauri::State;

/// What is met and missing. Contact on file reads the confirmed records again (seconds on a
/// workbook), so on a worker thread with its own connection.
#[tauri::command]
pub async fn verification_status(desk: State<'_, Desk>, id: String) -> Reply<VerificationStatus> {
    let store = desk.job_store()?;
    blocking(move || desk::status(&store, &id, &ReadControl::default(), Utc::now())).await
}

/// A new code (only its keyed hash is kept): returned this once to send by hand, or with
/// `email` sent through the office's mail server to the request's first address (the digits
/// are then not returned). Sending takes up to 20 s, so on a worker thread.
#[tauri::command]
pub async fn verification_code(
    desk: State<'_, Desk>,
    id: String,
    email: bool,
) -> Reply<IssuedCode> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    let delivery = if email {
        Delivery::Email { to: None }
    } else {
        Delivery::ByHand
    };
    blocking(move || {
        desk::issue_code(
            &mut store,
            &id,
            &delivery,
            &actor,
            Utc::now(),
            &mut desk::os_draw,
        )
    })
    .await
}

/// Right or wrong (with the tries left); a locked or expired code is `verification_refused`.
#[tauri::command]
pub fn verification_check(desk: State<Desk>, id: String, code: String) -> Reply<Answer> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(desk::check_code(
        &mut store,
        &id,
        &code,
        &actor,
        Utc::now(),
    )?)
}

/// The NIK seen on the KTP, compared with the confirmed records (read again, on a worker
/// thread); returns it masked, as kept.
#[tauri::command]
pub async fn verification_nik(desk: State<'_, Desk>, id: String, nik: String) -> Reply<String> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        let control = ReadControl::default();
        desk::sight_nik(&mut store, &id, &nik, &actor, Utc::now(), &control)
    })
    .await
}

#[tauri::command]
pub fn verification_authority(desk: State<Desk>, id: String, document: String) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(desk::sight_authority(
        &mut store,
        &id,
        &document,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn verification_override(desk: State<Desk>, id: String, reason: String) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(desk::override_gate(
        &mut store,
        &id,
        &reason,
        &actor,
        Utc::now(),
    )?)
}

/// The office's levels per right and how long a code is valid.
#[derive(Serialize)]
pub struct VerificationLevels {
    levels: Levels,
    code_minutes: u32,
}

#[tauri::command]
pub fn verification_levels(desk: State<Desk>) -> Reply<VerificationLevels> {
    let store = desk.store();
    let levels = desk::levels(&store)?;
    let code_minutes = desk::code_minutes(&store)?;
    Ok(VerificationLevels {
        levels,
        code_minutes,
    })
}

#[tauri::command]
pub fn verification_set_levels(
    desk: State<Desk>,
    levels: Levels,
    code_minutes: u32,
) -> Reply<VerificationLevels> {
    let mut store = desk.store();
    let (actor, now) = (Desk::operator(&store)?, Utc::now());
    desk::set_code_minutes(&mut store, code_minutes, &actor, now)?;
    desk::set_levels(&mut store, &levels, &actor, now)?;
    Ok(VerificationLevels {
        levels,
        code_minutes,
    })
}

/// Open requests whose requester has not answered the verification request, with the day of the
/// reminder and the day closing as unverified becomes possible.
#[tauri::command]
pub fn verification_waiting(desk: State<Desk>) -> Reply<Vec<AwaitingAnswer>> {
    Ok(desk::awaiting_answer(&desk.store(), Utc::now())?)
}

/// Closes a request as unverified (refused before the office's working days have passed): the
/// refusal letter on the identity ground is issued and the request rejected.
#[tauri::command]
pub async fn verification_close(
    desk: State<'_, Desk>,
    id: String,
    lang: Language,
) -> Reply<ClosedUnverified> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        close_unverified(
            &mut store,
            &id,
            lang,
            &actor,
            &ReadControl::default(),
            Utc::now(),
        )
    })
    .await
}
