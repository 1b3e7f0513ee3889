//! Letters: the office's register of them and what open requests wait for; of a request, which
//! fit, a letter's text to edit, a draft's PDF to look at, issuing (numbered, kept, logged), a kept
//! letter's PDF, opening it in the system's viewer to print, and sending it through the office's
//! mail server. Anything that weighs the verification gate reads the confirmed records again, so
//! it runs on a worker thread with its own connection.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::letters::{self as desk, LetterAsk, RefusalGround, RequestLetters};
use pdp_core::language::Language;
use pdp_core::letters::{DueLetter, IssuedLetter, LetterFilter, LetterKind, LetterRegister};
use pdp_core::sources::ReadControl;
use pdp_core::CoreError;
use tauri::ipc::Response;
use tauri::State;

/// What fits the request now (the gate weighed), and its letters so far.
#[tauri::command]
pub async fn request_letters(desk: State<'_, Desk>, id: String) -> Reply<RequestLetters> {
    let store = desk.job_store()?;
    blocking(move || desk::request_letters(&store, &id, &ReadControl::default(), Utc::now())).await
}

/// The office's letters across all requests, by year and kind, newest number first.
#[tauri::command]
pub fn letter_register(desk: State<Desk>, filter: LetterFilter) -> Reply<LetterRegister> {
    Ok(desk::register(&desk.store(), &filter)?)
}

/// The letters open requests still wait for (a receipt, a forwarding, an extension notice).
#[tauri::command]
pub fn letters_due(desk: State<Desk>) -> Reply<Vec<DueLetter>> {
    Ok(desk::due(&desk.store())?)
}

/// The letter's text with its placeholders filled, for staff to edit.
#[tauri::command]
pub async fn letter_text(
    desk: State<'_, Desk>,
    id: String,
    kind: LetterKind,
    lang: Language,
    grounds: Vec<RefusalGround>,
) -> Reply<String> {
    let store = desk.job_store()?;
    blocking(move || {
        let ask = ask(&id, kind, lang, None, &grounds);
        desk::draft_text(&store, &ask, &ReadControl::default(), Utc::now())
    })
    .await
}

/// A draft's PDF (no number, DRAFT across every page), as raw bytes.
#[tauri::command]
pub async fn letter_draft(
    desk: State<'_, Desk>,
    id: String,
    kind: LetterKind,
    lang: Language,
    text: Option<String>,
    grounds: Vec<RefusalGround>,
) -> Reply<Response> {
    let store = desk.job_store()?;
    let draft = blocking(move || {
        let ask = ask(&id, kind, lang, text.as_deref(), &grounds);
        desk::draft(&store, &ask, &ReadControl::default(), Utc::now())
    })
    .await?;
    Ok(Response::new(draft.pdf))
}

/// Issues the letter: the gate first where it applies, then its number, its PDF kept, logged.
#[tauri::command]
pub async fn letter_issue(
    desk: State<'_, Desk>,
    id: String,
    kind: LetterKind,
    lang: Language,
    text: Option<String>,
    grounds: Vec<RefusalGround>,
) -> Reply<IssuedLetter> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        let ask = ask(&id, kind, lang, text.as_deref(), &grounds);
        desk::issue(
            &mut store,
            &ask,
            &actor,
            &ReadControl::default(),
            Utc::now(),
        )
    })
    .await
}

/// An issued letter's PDF as kept (refused if it changed since), as raw bytes.
#[tauri::command]
pub fn letter_pdf(desk: State<Desk>, number: String) -> Reply<Response> {
    let (_, bytes) = desk::issued_pdf(&desk.store(), &number)?;
    Ok(Response::new(bytes))
}

/// Opens an issued letter's kept PDF (checked unchanged first) in the system's PDF viewer.
#[tauri::command]
pub fn letter_open(desk: State<Desk>, number: String) -> Reply<()> {
    let path = desk::viewable(&desk.store(), &number)?;
    crate::opener::open(&path).map_err(|e| CoreError::File {
        path,
        message: format!("no PDF viewer could be started: {e}"),
    })?;
    Ok(())
}

/// Sends an issued letter with its PDF through the office's mail server.
#[tauri::command]
pub async fn letter_send(
    desk: State<'_, Desk>,
    number: String,
    to: Option<String>,
) -> Reply<IssuedLetter> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || desk::send(&mut store, &number, to.as_deref(), &actor, Utc::now())).await
}

fn ask<'a>(
    id: &'a str,
    kind: LetterKind,
    lang: Language,
    text: Option<&'a str>,
    grounds: &'a [RefusalGround],
) -> LetterAsk<'a> {
    LetterAsk {
        request_id: id,
        kind,
        lang,
        text,
        grounds,
    }
}
