//! Letters, the use cases: which letters fit a request (its proof of identity weighed), a
//! letter's text to edit, a draft to look at (no number, DRAFT across it), issuing (the gate
//! first for a letter that releases data or says a right was carried out; the number taken and
//! kept even if printing then fails; the PDF written private beside the request's other letters
//! and logged), sending it by e-mail, and the office's register of letters (`register`).

mod delivery;
mod facts;
mod kept;
mod plan_facts;
mod register;
mod send;
mod unverified;

pub use crate::letters::RefusalGround;
pub(crate) use kept::keep;
pub use kept::{clear_viewable, issued_pdf, viewable};
pub use register::{due, register};
pub use send::send;
pub use unverified::{close_unverified, ClosedUnverified};

use crate::language::Language;
use crate::letters::{
    self, Filled, Frame, IssuedLetter, LetterKind, NotNow, Offer, Proof, Standing,
};
use crate::office::{letter_number, OfficeProfile};
use crate::pdf::{self, Letterhead};
use crate::register::Request;
use crate::search::stored::Decision;
use crate::sources::ReadControl;
use crate::store::letters::{ToNumber, Written};
use crate::verify::Gate;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use ts_rs::TS;

/// The letters of a request: what fits now, and what was issued.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RequestLetters {
    pub request_id: String,
    pub offers: Vec<Offer>,
    pub issued: Vec<IssuedLetter>,
}

/// Which letter, for which request, in which language, with which text.
#[derive(Debug, Clone)]
pub struct LetterAsk<'a> {
    pub request_id: &'a str,
    pub kind: LetterKind,
    pub lang: Language,
    /// The text staff edited (header, ---, body); the template's when `None`.
    pub text: Option<&'a str>,
    /// A refusal's grounds.
    pub grounds: &'a [RefusalGround],
}

/// A draft laid out: its PDF (no number, DRAFT across every page) and its text.
#[derive(Debug, Clone)]
pub struct Draft {
    pub text: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
}

fn confirmed(store: &Store, request_id: &str) -> Result<Option<usize>> {
    Ok(store.latest_search(request_id)?.map(|s| {
        s.hits
            .iter()
            .filter(|h| h.decision == Some(Decision::Confirmed))
            .count()
    }))
}

/// Where the requester's proof stands against the gate's requirements (an override opens the
/// gate but proves nothing).
pub(crate) fn proof(gate: &Gate) -> Proof {
    if gate.checks.is_empty() {
        Proof::NotAsked
    } else if gate.missing().is_empty() {
        Proof::Complete
    } else {
        Proof::Outstanding
    }
}

/// What decides which letters fit `request` now; `gate` is its verification gate as it stands.
fn standing(store: &Store, request: &Request, gate: &Gate) -> Result<Standing> {
    Ok(Standing {
        extended: store.latest_extension(&request.id)?.is_some(),
        confirmed: confirmed(store, &request.id)?,
        proof: proof(gate),
    })
}

/// What fits a request now, and its letters so far. The verification gate is weighed (the
/// confirmed records read again): a verified requester is not asked for proof, nor refused as
/// unverified.
pub fn request_letters(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<RequestLetters> {
    let request = store.request(request_id)?;
    let gate = super::verify::status(store, &request.id, control, now)?.gate;
    Ok(RequestLetters {
        offers: LetterKind::offers(&request, &standing(store, &request, &gate)?),
        issued: store.request_letters(&request.id)?,
        request_id: request.id,
    })
}

/// Where an office keeps its own version of a template: `<data>/letters/templates/<lang>/<kind>.txt`.
pub fn template_override(store: &Store, kind: LetterKind, lang: Language) -> PathBuf {
    store
        .dir()
        .join("letters")
        .join("templates")
        .join(lang_code(lang))
        .join(format!("{kind}.txt"))
}

pub(crate) fn lang_code(lang: Language) -> &'static str {
    match lang {
        Language::Id => "id",
        Language::En => "en",
    }
}

/// The template a letter starts from: the office's own when it has one, else the built-in.
pub fn template(store: &Store, kind: LetterKind, lang: Language) -> Result<String> {
    let own = template_override(store, kind, lang);
    match std::fs::read(&own) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| CoreError::File {
            path: own.clone(),
            message: "the office's letter template is not UTF-8 text; save it as UTF-8".into(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => letters::builtin(kind, lang)
            .map(str::to_string)
            .ok_or_else(|| {
                CoreError::invalid(
                    "kind",
                    NotNow::Certificate.code(),
                    format!("the {kind} has no template: {}", NotNow::Certificate),
                )
            }),
        Err(e) => Err(CoreError::File {
            path: own,
            message: format!("the office's letter template cannot be read: {e}"),
        }),
    }
}

/// Checks that the letter asked fits the request now, and that a refusal's grounds stand:
/// refused (exit code 4) with the reason's code otherwise.
fn check_fits(ask: &LetterAsk, request: &Request, standing: &Standing) -> Result<()> {
    let refuse = |why: NotNow, what: String| CoreError::LetterNotNow {
        request_id: request.id.clone(),
        reason: why.code(),
        why: format!("{what}: {why}"),
    };
    let kind = ask.kind;
    if let Some(why) = kind.why_not(request, standing) {
        return Err(refuse(why, format!("the {kind} letter does not fit now")));
    }
    if kind == LetterKind::Refusal {
        let open = standing.proof.grounds();
        if let Some(ground) = ask.grounds.iter().find(|g| !open.contains(g)) {
            let why = NotNow::of_proof(standing.proof).unwrap_or(NotNow::AlreadyVerified);
            return Err(refuse(
                why,
                format!(
                    "a refusal on the {ground} ground does not stand (refuse on third-party or exception)"
                ),
            ));
        }
    }
    Ok(())
}

struct Prepared {
    facts: letters::Facts,
    text: String,
    filled: Filled,
    office: OfficeProfile,
    request: Request,
}

fn prepare(
    store: &Store,
    ask: &LetterAsk,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Prepared> {
    let request = store.request(ask.request_id)?;
    if ask.kind == LetterKind::Refusal && ask.grounds.is_empty() {
        return Err(CoreError::invalid(
            "ground",
            "required",
            "a refusal needs its ground: identity, third-party or exception",
        ));
    }
    let gate = super::verify::status(store, &request.id, control, now)?.gate;
    check_fits(ask, &request, &standing(store, &request, &gate)?)?;
    let mut facts = facts::gather(store, &request, ask.lang, ask.grounds, &gate, now)?;
    plan_facts::add(
        store, &request, ask.kind, ask.lang, control, now, &mut facts,
    )?;
    let source = match ask.text {
        Some(t) => crate::text::check_typed("letter_text", t)?,
        None => template(store, ask.kind, ask.lang)?,
    };
    let text = letters::fill(&source, &facts)?;
    let filled = letters::read(&text)?;
    Ok(Prepared {
        facts,
        text,
        filled,
        office: store.office()?,
        request,
    })
}

fn frame(
    store: &Store,
    p: &Prepared,
    lang: Language,
    number: Option<String>,
    now: DateTime<Utc>,
) -> Result<Frame> {
    let o = &p.office;
    if o.signatory_name.trim().is_empty() || o.signatory_position.trim().is_empty() {
        return Err(CoreError::invalid(
            "signatory_name",
            "required",
            "set who signs the letters (name and position) in Settings first",
        ));
    }
    let r = &p.request.requester;
    let mut to = vec![format!("{} {}", lang.pick("Bapak/Ibu", "Mr/Ms"), r.name)];
    if let Some(contact) = r
        .postal_address
        .clone()
        .or_else(|| r.emails.first().cloned())
    {
        to.push(contact);
    }
    Ok(Frame {
        lang,
        letterhead: Letterhead {
            name: o.name.clone(),
            lines: std::iter::once(o.address.clone())
                .filter(|a| !a.trim().is_empty())
                .chain(o.letterhead.iter().cloned())
                .collect(),
            logo: store.logo()?,
        },
        office_name: o.name.clone(),
        city: o.city.clone(),
        date: o.time_zone.local(now).date_naive(),
        number,
        to,
        signatory: o.signatory_name.clone(),
        position: o.signatory_position.clone(),
    })
}

/// A letter to the controller is addressed to the controller, not the requester.
fn addressed(frame: &mut Frame, kind: LetterKind, request: &Request) {
    if kind != LetterKind::ForwardToController {
        return;
    }
    if let Some(c) = &request.controller {
        frame.to = std::iter::once(c.name.clone())
            .chain(c.contact.clone())
            .collect();
    }
}

/// The letter's text with the placeholders filled, for staff to read and edit before issuing.
pub fn draft_text(
    store: &Store,
    ask: &LetterAsk,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<String> {
    Ok(prepare(store, ask, control, now)?.text)
}

/// A draft: laid out like the letter, without a number, DRAFT across every page.
pub fn draft(
    store: &Store,
    ask: &LetterAsk,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Draft> {
    let p = prepare(store, ask, control, now)?;
    let mut f = frame(store, &p, ask.lang, None, now)?;
    addressed(&mut f, ask.kind, &p.request);
    let rendered = pdf::render(&letters::document(&f, &p.filled, &p.facts)?)?;
    Ok(Draft {
        text: p.text,
        pdf: rendered.bytes,
        pages: rendered.pages,
    })
}

/// Issues a letter: refused while the gate is closed for a letter that needs it; checked whole
/// before it takes a number; then numbered, printed, kept (0600, written under a temporary name
/// and renamed) and logged. A print that fails after numbering leaves the number void, never
/// reused.
pub fn issue(
    store: &mut Store,
    ask: &LetterAsk,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<IssuedLetter> {
    if ask.kind.needs_verification() {
        super::verify::require_verified(store, ask.request_id, control, now)?;
    }
    let p = prepare(store, ask, control, now)?;
    // Everything that can be refused is refused before the number is taken.
    let mut draft_frame = frame(store, &p, ask.lang, None, now)?;
    addressed(&mut draft_frame, ask.kind, &p.request);
    pdf::check_glyphs(&letters::document(&draft_frame, &p.filled, &p.facts)?)?;
    let pattern = p.office.letter_number_pattern.clone();
    let office_name = p.office.name.clone();
    let dated = draft_frame.date;
    let numbered = store.number_letter(
        &ToNumber {
            request_id: &p.request.id,
            kind: ask.kind,
            language: ask.lang,
            dated,
            text: &p.text,
        },
        actor,
        now,
        |seq| letter_number(&pattern, seq, dated, &office_name),
    )?;
    let mut f = draft_frame;
    f.number = Some(numbered.number.clone());
    let printed = letters::document(&f, &p.filled, &p.facts)
        .and_then(|doc| pdf::render(&doc))
        .and_then(|rendered| {
            let (subject, body) = letters::email(&f, &p.filled, &p.facts)?;
            let file = keep(store, &p.request.id, &numbered, &rendered.bytes)?;
            Ok((rendered, subject, body, file))
        });
    let (rendered, subject, body, file) = match printed {
        Ok(done) => done,
        Err(e) => {
            store.letter_void(numbered.id, &e.to_string(), now)?;
            return Err(e);
        }
    };
    let history = format!(
        "Surat {} diterbitkan: {} ({})",
        numbered.number,
        p.filled.subject,
        lang_code(ask.lang)
    );
    store.letter_written(
        numbered.id,
        &Written {
            email_subject: &subject,
            email_body: &body,
            file: &file,
            sha256: &format!("{:x}", Sha256::digest(&rendered.bytes)),
            bytes: rendered.bytes.len() as u64,
            pages: u32::try_from(rendered.pages).unwrap_or(u32::MAX),
            text: None,
        },
        &history,
        now,
    )
}
