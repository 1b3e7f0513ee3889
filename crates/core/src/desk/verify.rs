//! Verifying the requester, the use cases: what is met and missing (`status`), the gate every
//! output asks (`require_verified`), sending and checking a one-time code, a NIK or an authority
//! sighted, a supervisor's override, and the office's levels. They read the clock's `now` and the
//! OS random source given by the front door, call the rules in `verify/`, then the store.

use crate::desk::mail_server;
use crate::identifiers::keys::{email_key, nik_key, phone_key};
use crate::index::IndexSecret;
use crate::register::{Request, RequesterRole};
use crate::search::read_again::read_records;
use crate::smtp::{self, Outgoing};
use crate::sources::csv_file::ReadControl;
use crate::sources::{FieldRole, Locator};
use crate::store::searches::Decision;
use crate::store::verification::{NewCode, StepKind};
use crate::text::check_typed;
use crate::verify::code::{self, Answer, Code, LiveCode};
use crate::verify::sighted::SightedNik;
use crate::verify::{gate, Facts, Gate, Level, Levels, Met, Override};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

const LEVELS_SETTING: &str = "verify.levels";
const MINUTES_SETTING: &str = "verify.code_minutes";

/// The office's levels per right (the defaults until it sets its own).
pub fn levels(store: &Store) -> Result<Levels> {
    Ok(store
        .setting(LEVELS_SETTING)?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

/// Sets the office's levels.
pub fn set_levels(store: &mut Store, levels: &Levels) -> Result<()> {
    let json = serde_json::to_string(levels).unwrap_or_default();
    store.set_setting(LEVELS_SETTING, &json)
}

/// How long a code is valid, in minutes (office setting, 30 unless set).
pub fn code_minutes(store: &Store) -> Result<u32> {
    Ok(store
        .setting(MINUTES_SETTING)?
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=1440).contains(m))
        .unwrap_or(code::DEFAULT_MINUTES))
}

/// Sets how long a code is valid (1 minute to a day).
pub fn set_code_minutes(store: &mut Store, minutes: u32) -> Result<()> {
    if !(1..=1440).contains(&minutes) {
        return Err(CoreError::invalid(
            "code_minutes",
            "out_of_range",
            "a code is valid between 1 minute and a day (1440 minutes)",
        ));
    }
    store.set_setting(MINUTES_SETTING, &minutes.to_string())
}

/// The live code as staff see it (never the digits).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CodeState {
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub wrong: u32,
    pub answered: bool,
    pub expired: bool,
    pub locked: bool,
}

/// A request's verification: the gate with each requirement met or missing, and its code.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct VerificationStatus {
    pub request_id: String,
    pub gate: Gate,
    pub code: Option<CodeState>,
    /// Why the contact could not be looked for on the confirmed records (a file changed since
    /// the search), if it could not.
    pub contact_note: Option<String>,
}

/// Where and by whom a confirmed record carries one of the request's own addresses or numbers.
fn contact_on_file(store: &Store, request: &Request, control: &ReadControl) -> Result<Option<Met>> {
    let Some(search) = store.latest_search(&request.id)? else {
        return Ok(None);
    };
    let emails: Vec<String> = request
        .requester
        .emails
        .iter()
        .filter_map(|e| email_key(e))
        .collect();
    let phones: Vec<String> = request
        .requester
        .phones
        .iter()
        .filter_map(|p| phone_key(p).map(|k| k.digits))
        .collect();
    let mut found: Option<Met> = None;
    for h in search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
    {
        let mut carries = false;
        read_records(store, [&h.hit], control, &mut |_, r| {
            carries = r.fields.iter().any(|f| match f.role {
                FieldRole::Email => email_key(&f.value).is_some_and(|k| emails.contains(&k)),
                FieldRole::Phone => phone_key(&f.value).is_some_and(|k| phones.contains(&k.digits)),
                _ => false,
            });
        })?;
        if carries {
            let place = match &h.hit.locator {
                Locator::Line { line } => format!("{}, baris {line}", h.hit.file),
                Locator::Cell { sheet, row } => format!("{}, {sheet} baris {row}", h.hit.file),
                Locator::Message { index, .. } => format!("{}, pesan {index}", h.hit.file),
                Locator::Mail { .. } => h.hit.file.clone(),
            };
            found = Some(Met {
                by: h.decided_by.clone().unwrap_or_default(),
                at: h.decided_at.unwrap_or(search.at),
                detail: place,
            });
            break;
        }
    }
    Ok(found)
}

/// Everything known of a request's verification, with the contact looked for on its confirmed
/// records (`None` as the note when that could be done).
fn facts(
    store: &Store,
    request: &Request,
    control: &ReadControl,
) -> Result<(Facts, Option<String>)> {
    let (contact, note) = match contact_on_file(store, request, control) {
        Ok(met) => (met, None),
        Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
        Err(e) => (None, Some(e.to_string())),
    };
    let mut f = Facts {
        role: Some(request.requester.role),
        contact_on_file: contact,
        ..Facts::default()
    };
    for step in store.steps(&request.id)? {
        let met = Met {
            by: step.actor.clone(),
            at: step.at,
            detail: step.detail.clone(),
        };
        match step.kind {
            StepKind::Code => f.code = Some(met),
            StepKind::Nik => {
                f.subject_is_minor = step.detail.contains(MINOR_MARK);
                f.nik = Some(met);
            }
            StepKind::Authority => f.authority = Some(met),
            StepKind::Override => {
                f.override_ = Some(Override {
                    by: step.actor,
                    at: step.at,
                    reason: step.detail,
                })
            }
        }
    }
    Ok((f, note))
}

/// Said of a NIK sighted whose holder is under 18.
const MINOR_MARK: &str = "(di bawah 18 tahun)";

/// What is met and missing for a request, and its code.
pub fn status(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<VerificationStatus> {
    let request = store.request(request_id)?;
    let level = levels(store)?.for_rights(&request.rights);
    let (facts, contact_note) = facts(store, &request, control)?;
    let code = store.live_code(&request.id)?.map(|c| CodeState {
        issued_at: c.issued_at,
        expires_at: c.expires_at,
        wrong: c.wrong,
        answered: c.answered,
        expired: now >= c.expires_at,
        locked: c.wrong >= code::MAX_ATTEMPTS,
    });
    Ok(VerificationStatus {
        request_id: request.id,
        gate: gate(level, &facts),
        code,
        contact_note,
    })
}

/// The gate: `Ok` when the request's data may leave the office, else a refusal (exit code 4)
/// naming what is missing. Every output calls it before it writes anything.
pub fn require_verified(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Gate> {
    let s = status(store, request_id, control, now)?;
    if s.gate.open {
        return Ok(s.gate);
    }
    let missing: Vec<&str> = s
        .gate
        .missing()
        .into_iter()
        .map(|r| match r {
            crate::verify::Requirement::ContactOnFile => {
                "the request's e-mail or phone on a record staff confirmed"
            }
            crate::verify::Requirement::Identity => "a one-time code answered or the NIK sighted",
            crate::verify::Requirement::Authority => "the agent's or guardian's authority sighted",
            crate::verify::Requirement::Guardian => "a parent or guardian for a subject under 18",
        })
        .collect();
    Err(CoreError::Verification {
        request_id: s.request_id,
        why: format!(
            "the requester is not verified, so nothing may leave the office; missing: {}",
            missing.join("; ")
        ),
    })
}

/// Four random bytes from the operating system: the draw the front doors give `issue_code`.
pub fn os_draw() -> Result<u32> {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).map_err(|e| CoreError::DataDir {
        path: std::path::PathBuf::from("/dev/urandom"),
        source: std::io::Error::other(format!("no random numbers from the system: {e}")),
    })?;
    Ok(u32::from_le_bytes(b))
}

/// An open request, or a refusal: verification of a closed request changes nothing.
fn open_request(store: &Store, request_id: &str) -> Result<Request> {
    let request = store.request(request_id)?;
    if !request.state.is_open() {
        return Err(CoreError::Verification {
            request_id: request.id,
            why: format!(
                "the request is {}; its verification cannot change",
                request.state
            ),
        });
    }
    Ok(request)
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
    let hash = IndexSecret::open(store)?.code_hash(&request.id, code.as_str());
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
    let hash = IndexSecret::open(store)?.code_hash(&request.id, typed.as_str());
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

/// The NIKs on the request's confirmed records, to compare the one sighted with.
fn niks_on_record(store: &Store, request: &Request, control: &ReadControl) -> Result<Vec<String>> {
    let Some(search) = store.latest_search(&request.id)? else {
        return Ok(Vec::new());
    };
    let confirmed = search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
        .map(|h| &h.hit);
    let mut niks = Vec::new();
    read_records(store, confirmed, control, &mut |_, r| {
        niks.extend(r.values(FieldRole::Nik).filter_map(nik_key));
    })?;
    niks.sort();
    niks.dedup();
    Ok(niks)
}

/// Notes the NIK staff saw on the requester's KTP: checked in full, compared with a NIK on the
/// confirmed records when there is one, kept masked only. For an agent or a guardian this is
/// their own NIK, and says nothing of the subject's age.
pub fn sight_nik(
    store: &mut Store,
    request_id: &str,
    typed: &str,
    actor: &str,
    now: DateTime<Utc>,
    control: &ReadControl,
) -> Result<String> {
    let request = open_request(store, request_id)?;
    let zone = store.office()?.time_zone;
    let today = zone.local(now).date_naive();
    let nik = SightedNik::parse(typed, today)?;
    let on_record = niks_on_record(store, &request, control)?;
    let own = request.requester.role == RequesterRole::Subject;
    if own && !on_record.is_empty() && !on_record.iter().any(|n| n == nik.digits()) {
        return Err(CoreError::invalid(
            "nik",
            "mismatch",
            "the NIK on the KTP differs from the NIK on the confirmed records: check the KTP and the records again",
        ));
    }
    let minor = own && nik.is_minor(today);
    let detail = if minor {
        format!("{} {MINOR_MARK}", nik.masked())
    } else {
        nik.masked()
    };
    store.add_step(
        &request.id,
        StepKind::Nik,
        &detail,
        actor,
        now,
        &format!("NIK dilihat pada KTP: {detail}"),
    )?;
    Ok(detail)
}

/// Notes the authority an agent or guardian showed (a power of attorney, a family card), as
/// staff describe it. The requester must be registered as an agent or a guardian.
pub fn sight_authority(
    store: &mut Store,
    request_id: &str,
    document: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let request = open_request(store, request_id)?;
    let role = request.requester.role;
    if role == RequesterRole::Subject {
        return Err(CoreError::Verification {
            request_id: request.id,
            why: "the requester asks for themself: there is no authority to see (register the request as an agent's or a guardian's first)".into(),
        });
    }
    let document = check_typed("document", document)?;
    let document = document.trim();
    if document.is_empty() {
        return Err(CoreError::invalid(
            "document",
            "required",
            "say what was shown (e.g. surat kuasa bermeterai dated …, Kartu Keluarga)",
        ));
    }
    let who = if role == RequesterRole::Guardian {
        "wali"
    } else {
        "kuasa"
    };
    store.add_step(
        &request.id,
        StepKind::Authority,
        document,
        actor,
        now,
        &format!("Kewenangan {who} dilihat: {document}"),
    )
}

/// A supervisor lets the data leave without the verification the level asks: the reason is
/// required, kept, and printed on the internal record.
pub fn override_gate(
    store: &mut Store,
    request_id: &str,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let request = open_request(store, request_id)?;
    let reason = check_typed("reason", reason)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(CoreError::invalid(
            "reason",
            "required",
            "an override of the verification needs a reason",
        ));
    }
    store.add_step(
        &request.id,
        StepKind::Override,
        reason,
        actor,
        now,
        &format!("Verifikasi dilewati atas keputusan atasan: {reason}"),
    )
}

/// The level a request needs, for the window and the CLI.
pub fn level_of(store: &Store, request_id: &str) -> Result<Level> {
    let request = store.request(request_id)?;
    Ok(levels(store)?.for_rights(&request.rights))
}

const CLOSE_AFTER_SETTING: &str = "verify.close_after_days";

/// After how many working days without an answer a request may be closed as unverified.
pub fn close_after_days(store: &Store) -> Result<u32> {
    Ok(store
        .setting(CLOSE_AFTER_SETTING)?
        .and_then(|d| d.parse().ok())
        .filter(|d| (3..=60).contains(d))
        .unwrap_or(crate::verify::CLOSE_AFTER_DAYS))
}

/// Sets it (3 to 60 working days).
pub fn set_close_after_days(store: &mut Store, days: u32) -> Result<()> {
    if !(3..=60).contains(&days) {
        return Err(CoreError::invalid(
            "close_after_days",
            "out_of_range",
            "between 3 and 60 working days",
        ));
    }
    store.set_setting(CLOSE_AFTER_SETTING, &days.to_string())
}

/// A request whose verification code has gone unanswered.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AwaitingAnswer {
    pub request_id: String,
    pub asked_at: DateTime<Utc>,
    pub waiting: crate::verify::Waiting,
}

/// Open requests whose code is unanswered, with how long they have waited in working days:
/// a reminder after two, closing as unverified allowed after the office's number.
pub fn awaiting_answer(store: &Store, now: DateTime<Utc>) -> Result<Vec<AwaitingAnswer>> {
    let zone = store.office()?.time_zone;
    let calendar = store.work_calendar()?;
    let close_after = close_after_days(store)?;
    let today = zone.local(now).date_naive();
    Ok(store
        .unanswered_codes()?
        .into_iter()
        .map(|(request_id, asked_at)| AwaitingAnswer {
            waiting: crate::verify::waiting(
                zone.local(asked_at).date_naive(),
                today,
                &calendar,
                close_after,
            ),
            request_id,
            asked_at,
        })
        .collect())
}
