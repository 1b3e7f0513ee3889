//! One-time codes: drawn from the OS, kept as a keyed hash, shown once or e-mailed, answered.

use super::{code_minutes, open_request};
use crate::desk::index_secret;
use crate::desk::mail_server;
use crate::identifiers::keys::email_key;
use crate::register::Request;
use crate::smtp::{self, Outgoing};
use crate::store::verification::NewCode;
use crate::verify::code::{self, Answer, Code, LiveCode};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// Four random bytes from the operating system: the draw the front doors give `issue_code`.
pub fn os_draw() -> Result<u32> {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).map_err(|e| CoreError::DataDir {
        path: std::path::PathBuf::from("/dev/urandom"),
        source: std::io::Error::other(format!("no random numbers from the system: {e}")),
    })?;
    Ok(u32::from_le_bytes(b))
}

/// A code just issued. Shown once to staff with the texts to send it by hand, or e-mailed to
/// the requester (then staff never see the digits).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IssuedCode {
    pub request_id: String,
    /// The six digits when staff send them by hand; null when they were e-mailed.
    pub code: Option<String>,
    /// The address the code was e-mailed to.
    pub sent_to: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// The texts to send by hand (empty when e-mailed).
    pub message_id: String,
    pub message_en: String,
}

/// How a code reaches the requester.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Shown once to staff, who send it by WhatsApp or read it out on a call.
    ByHand,
    /// E-mailed through the office's mail server to one of the request's own addresses (the
    /// first when none is named).
    Email { to: Option<String> },
}

/// Draws a new code for a request (replacing any earlier one) and keeps its keyed hash; the
/// digits are shown once or e-mailed. `draw` is the OS random source. A code that could not be
/// e-mailed is not kept, and the failure is in the history.
pub fn issue_code(
    store: &mut Store,
    request_id: &str,
    delivery: &Delivery,
    actor: &str,
    now: DateTime<Utc>,
    draw: &mut dyn FnMut() -> Result<u32>,
) -> Result<IssuedCode> {
    let request = open_request(store, request_id)?;
    let to = match delivery {
        Delivery::ByHand => None,
        Delivery::Email { to } => Some(recipient(&request, to.as_deref())?),
    };
    let code = loop {
        if let Some(c) = Code::from_draw(draw()?) {
            break c;
        }
    };
    let minutes = code_minutes(store)?;
    let expires_at = LiveCode::expiry(now, minutes);
    let hash = index_secret(store)?.code_hash(&request.id, code.as_str());
    let office = store.office()?;
    let until = office
        .time_zone
        .local(expires_at)
        .format("%d-%m-%Y %H:%M")
        .to_string()
        + " "
        + office.time_zone.abbreviation();
    let (message_id, message_en) = code::message(&office.name, &request.id, &code, &until);
    let history = match &to {
        None => format!(
            "Kode verifikasi dibuat (berlaku {minutes} menit, sampai {until}), untuk dikirim petugas"
        ),
        Some(to) => {
            let sent = mail_server::for_sending(store).and_then(|(settings, password)| {
                smtp::send(
                    &settings,
                    password.as_deref(),
                    &Outgoing {
                        to,
                        subject: &format!("Kode verifikasi / Verification code {}", request.id),
                        body: &format!("{message_id}\n\n{message_en}\n"),
                        pdf: None,
                    },
                )
            });
            if let Err(e) = sent {
                store.note_verification(
                    &request.id,
                    actor,
                    now,
                    &format!("Kode verifikasi tidak terkirim ke {to}: {e}"),
                )?;
                return Err(e);
            }
            format!(
                "Kode verifikasi dikirim lewat e-mail ke {to} (berlaku {minutes} menit, sampai {until})"
            )
        }
    };
    store.put_code(
        &request.id,
        &NewCode {
            hash: &hash,
            issued_at: now,
            expires_at,
            delivery: if to.is_some() { "email" } else { "shown" },
        },
        actor,
        &history,
    )?;
    let by_hand = to.is_none();
    Ok(IssuedCode {
        request_id: request.id,
        code: by_hand.then(|| code.as_str().to_string()),
        sent_to: to,
        expires_at,
        message_id: if by_hand { message_id } else { String::new() },
        message_en: if by_hand { message_en } else { String::new() },
    })
}

/// The address a code is e-mailed to: one of the request's own, never another.
fn recipient(request: &Request, named: Option<&str>) -> Result<String> {
    let own = &request.requester.emails;
    match named {
        None => own.first().cloned().ok_or_else(|| CoreError::Verification {
            request_id: request.id.clone(),
            why: "the request has no e-mail address: send the code by hand (WhatsApp, a call)"
                .into(),
        }),
        Some(n) => {
            let key = email_key(n);
            own.iter()
                .find(|e| key.is_some() && email_key(e) == key)
                .cloned()
                .ok_or_else(|| CoreError::Verification {
                    request_id: request.id.clone(),
                    why: "a code is only sent to an address of the request itself".into(),
                })
        }
    }
}

/// Checks the requester's answer, as staff typed it. A wrong answer counts towards the lock;
/// every answer is in the history. An expired or locked code is refused (exit 4).
pub fn check_code(
    store: &mut Store,
    request_id: &str,
    typed: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Answer> {
    let request = open_request(store, request_id)?;
    let typed = Code::typed(typed)
        .ok_or_else(|| CoreError::invalid("code", "format", "a verification code is six digits"))?;
    let live = store
        .live_code(&request.id)?
        .ok_or_else(|| CoreError::Verification {
            request_id: request.id.clone(),
            why: "no code was sent for this request: send one first".into(),
        })?;
    if live.answered {
        return Err(CoreError::Verification {
            request_id: request.id,
            why: "this code was already answered; send a new one to verify again".into(),
        });
    }
    let hash = index_secret(store)?.code_hash(&request.id, typed.as_str());
    let answer = live.answer(&hash, now);
    match answer {
        Answer::Right => store.note_answer(
            &request.id,
            true,
            actor,
            now,
            "Kode verifikasi benar: identitas terverifikasi",
        )?,
        Answer::Wrong { left } => store.note_answer(
            &request.id,
            false,
            actor,
            now,
            &format!("Kode verifikasi salah ({left} kali lagi sebelum terkunci)"),
        )?,
        Answer::Locked if live.usable(now).is_ok() => store.note_answer(
            &request.id,
            false,
            actor,
            now,
            "Kode verifikasi salah lima kali: kode terkunci, kirim kode baru",
        )?,
        Answer::Locked => store.note_verification(
            &request.id,
            actor,
            now,
            "Jawaban untuk kode yang terkunci ditolak",
        )?,
        Answer::Expired => store.note_verification(
            &request.id,
            actor,
            now,
            "Jawaban untuk kode yang kedaluwarsa ditolak",
        )?,
    }
    match answer {
        Answer::Locked => Err(CoreError::Verification {
            request_id: request.id,
            why: "the code is locked after five wrong answers: send a new code".into(),
        }),
        Answer::Expired => Err(CoreError::Verification {
            request_id: request.id,
            why: "the code has expired: send a new code".into(),
        }),
        answer => Ok(answer),
    }
}
