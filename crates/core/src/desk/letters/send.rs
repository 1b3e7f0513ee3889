//! Sending an issued letter by e-mail through the office's mail server: its e-mail text, the PDF
//! attached, to the requester's address (or the controller's for a forwarding), logged.

use super::issued_pdf;
use crate::letters::{IssuedLetter, LetterKind};
use crate::smtp::{self, Outgoing};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};

/// Sends the letter numbered `number` to `to`, or to the requester's first e-mail address (the
/// controller's contact for a forwarding) when `to` is `None`.
pub fn send(
    store: &mut Store,
    number: &str,
    to: Option<&str>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<IssuedLetter> {
    let (letter, pdf) = issued_pdf(store, number)?;
    let request = store.request(&letter.request_id)?;
    let default_to = if letter.kind == LetterKind::ForwardToController {
        request
            .controller
            .as_ref()
            .and_then(|c| c.contact.clone())
            .filter(|c| c.contains('@'))
    } else {
        request.requester.emails.first().cloned()
    };
    let to = match to.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => crate::identifiers::email::normalise(t).map_err(|_| {
            CoreError::invalid(
                "to",
                "format",
                format!("{} is not an e-mail address", crate::text::quoted(t)),
            )
        })?,
        None => default_to.ok_or_else(|| {
            CoreError::invalid(
                "to",
                "required",
                "the request has no e-mail address to send the letter to: print it, or give the address",
            )
        })?,
    };
    let (settings, password) = super::super::mail_server::for_sending(store)?;
    let file_name = letter
        .file
        .as_deref()
        .and_then(|f| f.rsplit('/').next())
        .unwrap_or("surat.pdf")
        .to_string();
    smtp::send(
        &settings,
        password.as_deref(),
        &Outgoing {
            to: &to,
            subject: letter.email_subject.as_deref().unwrap_or(&letter.number),
            body: letter.email_body.as_deref().unwrap_or_default(),
            pdf: Some((&file_name, &pdf)),
        },
    )?;
    let history = format!("Surat {} dikirim lewat e-mail ke {to}", letter.number);
    store.letter_sent(letter.id, &to, actor, &history, now)
}
