//! The deletion certificate, the use cases: issuing it (the verification gate, then the
//! certificate's own gate; the statement from the plan as carried out, the redactions and the
//! register; numbered in the letters' series as kind `deletion-certificate`, so it stands in the
//! office's register of letters; printed, sealed with the office's key, kept beside the
//! request's letters and logged), the office's key (`key`), and checking a certificate
//! (`check`).

mod check;
mod gate;
pub mod key;

pub use check::{check_issued, verify, verify_file, AfterIssue, RegisterCheck, Verification};
pub use key::{key, KeyInfo};

use super::{plan, Plan};
use crate::desk::letters::{keep, lang_code};
use crate::fulfil::bundle::mask::{masked_email, masked_phone};
use crate::fulfil::deletion::certificate::layout::{self, Paper};
use crate::fulfil::deletion::certificate::{
    fingerprint, seal, verification_code, OfficePart, OpenSystem, RequestPart, Statement,
    SubjectPart, FORMAT,
};
use crate::fulfil::deletion::summary::summarise;
use crate::language::Language;
use crate::letters::{IssuedLetter, LetterKind};
use crate::office::{letter_number, OfficeProfile};
use crate::pdf::{self, Letterhead};
use crate::register::Request;
use crate::sources::ReadControl;
use crate::store::letters::{ToNumber, Written};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, SubsecRound, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use ts_rs::TS;

/// A certificate issued: its row in the register of letters, what it states, and how to check it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "CertificateIssued")]
pub struct Issued {
    pub letter: IssuedLetter,
    /// The kept PDF, in full.
    pub path: String,
    pub verification_code: String,
    pub key_fingerprint: String,
    /// The office's key was made for this certificate (its first use).
    pub key_created: bool,
    pub statement: Statement,
    #[serde(skip)]
    pub pdf: Vec<u8>,
}

fn office_ready(o: &OfficeProfile) -> Result<()> {
    if o.signatory_name.trim().is_empty() || o.signatory_position.trim().is_empty() {
        return Err(CoreError::invalid(
            "signatory_name",
            "required",
            "set who signs the letters (name and position) in Settings first",
        ));
    }
    if o.city.trim().is_empty() {
        return Err(CoreError::invalid(
            "office_city",
            "required",
            "set the office's city in Settings first: a Berita Acara says where it was made",
        ));
    }
    Ok(())
}

fn subject(request: &Request) -> SubjectPart {
    let r = &request.requester;
    SubjectPart {
        name: r.on_behalf_of.clone().unwrap_or_else(|| r.name.clone()),
        requester: r.on_behalf_of.as_ref().map(|_| r.name.clone()),
        emails: r.emails.iter().map(|e| masked_email(e)).collect(),
        phones: r.phones.iter().map(|p| masked_phone(p)).collect(),
        nik: r.nik_masked.clone(),
    }
}

/// Everything the statement says but its number.
#[allow(clippy::too_many_arguments)]
fn statement(
    office: &OfficeProfile,
    request: &Request,
    plan: &Plan,
    open: Vec<OpenSystem>,
    redactions: Vec<crate::fulfil::deletion::certificate::RedactionHash>,
    lang: Language,
    public_key: String,
    now: DateTime<Utc>,
) -> Statement {
    let summary = summarise(&plan.lines);
    Statement {
        format: FORMAT.into(),
        number: String::new(),
        language: lang,
        issued_at: now.trunc_subsecs(0),
        dated: office.time_zone.local(now).date_naive(),
        place: office.city.trim().to_string(),
        office: OfficePart {
            name: office.name.clone(),
            address: office.address.clone(),
            signatory_name: office.signatory_name.clone(),
            signatory_position: office.signatory_position.clone(),
        },
        request: RequestPart {
            id: request.id.clone(),
            received_at: request.received_at,
            rights: request.rights.clone(),
        },
        subject: subject(request),
        sources: summary.sources,
        retained: summary.retained,
        open_systems: open,
        redactions,
        public_key,
    }
}

fn paper(store: &Store, office: &OfficeProfile, s: &Statement, key: &[u8; 32]) -> Result<Paper> {
    let canonical = s.canonical();
    let local = office.time_zone.local(s.issued_at);
    Ok(Paper {
        letterhead: Letterhead {
            name: office.name.clone(),
            lines: std::iter::once(office.address.clone())
                .filter(|a| !a.trim().is_empty())
                .chain(office.letterhead.iter().cloned())
                .collect(),
            logo: store.logo()?,
        },
        code: verification_code(&canonical),
        fingerprint: fingerprint(key),
        issued: format!(
            "{} {}",
            local.format(match s.language {
                Language::Id => "%d-%m-%Y %H.%M",
                Language::En => "%d-%m-%Y %H:%M",
            }),
            office.time_zone.abbreviation()
        ),
        canonical,
    })
}

/// The e-mail that carries the certificate (`pdpdesk letter send`).
fn email(s: &Statement, paper: &Paper) -> (String, String) {
    let lang = s.language;
    let subject = format!(
        "{} [{}]",
        lang.pick(
            "Berita Acara Penghapusan Data Pribadi",
            "Certificate of Deletion of Personal Data"
        ),
        s.number
    );
    let body = match lang {
        Language::Id => format!(
            "Dengan hormat,\n\nterlampir Berita Acara Penghapusan Data Pribadi nomor {} atas permohonan {} dalam format PDF yang ditandatangani secara elektronik.\n\nKode verifikasi: {}\nSidik jari kunci kantor (SHA-256): {}\n\nHormat kami,\n\n{}\n{}\n{}",
            s.number, s.request.id, paper.code, paper.fingerprint,
            s.office.signatory_name, s.office.signatory_position, s.office.name
        ),
        Language::En => format!(
            "Dear Sir or Madam,\n\nplease find attached the certificate of deletion of personal data no. {} for request {}, as an electronically signed PDF.\n\nVerification code: {}\nThe office's key fingerprint (SHA-256): {}\n\nYours sincerely,\n\n{}\n{}\n{}",
            s.number, s.request.id, paper.code, paper.fingerprint,
            s.office.signatory_name, s.office.signatory_position, s.office.name
        ),
    };
    (subject, body)
}

/// Issues the deletion certificate of a request; `open_why` is staff's word on why systems of
/// the checklist stay open. Refused before the verification gate is open and before the
/// certificate's own gate is passed; checked whole before a number is taken; a print that fails
/// after numbering leaves the number void, never reused.
pub fn issue(
    store: &mut Store,
    request_id: &str,
    lang: Language,
    open_why: Option<&str>,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Issued> {
    let request = store.request(request_id)?;
    crate::desk::verify::require_verified(store, &request.id, control, now)?;
    let plan = plan(store, &request.id, control, now)?;
    let runs = store.redactions(&request.id)?;
    let cleared = gate::check(store, &request, &plan, &runs, open_why)?;
    let office = store.office()?;
    office_ready(&office)?;
    let (signing, key_created) = key::signing_key(store)?;
    let public = *signing.verifying_key().as_bytes();
    let mut s = statement(
        &office,
        &request,
        &plan,
        cleared.open,
        cleared.redactions,
        lang,
        key::hex(&signing.verifying_key()),
        now,
    );
    // Everything that can be refused is refused before the number is taken.
    s.number = "000".into();
    pdf::check_glyphs(&layout::document(&s, &paper(store, &office, &s, &public)?))?;
    let pattern = office.letter_number_pattern.clone();
    let numbered = store.number_letter(
        &ToNumber {
            request_id: &request.id,
            kind: LetterKind::DeletionCertificate,
            language: lang,
            dated: s.dated,
            text: "",
        },
        actor,
        now,
        |seq| letter_number(&pattern, seq, s.dated, &office.name),
    )?;
    s.number = numbered.number.clone();
    let printed = paper(store, &office, &s, &public).and_then(|paper| {
        let rendered = pdf::render(&layout::document(&s, &paper))?;
        let sealed = seal::seal(rendered.bytes, &signing);
        let file = keep(store, &request.id, &numbered, &sealed)?;
        Ok((paper, rendered.pages, sealed, file))
    });
    let (paper, pages, sealed, file) = match printed {
        Ok(done) => done,
        Err(e) => {
            store.letter_void(numbered.id, &e.to_string(), now)?;
            return Err(e);
        }
    };
    let (subject, body) = email(&s, &paper);
    let open = if s.open_systems.is_empty() {
        String::new()
    } else {
        let names: Vec<&str> = s.open_systems.iter().map(|o| o.system.as_str()).collect();
        format!(
            "; daftar periksa terbuka: {} ({})",
            names.join(", "),
            s.open_systems[0].why
        )
    };
    let history = format!(
        "Berita acara penghapusan {} diterbitkan ({}); kode verifikasi {}; kunci {}{open}",
        s.number,
        lang_code(lang),
        paper.code,
        paper.fingerprint
    );
    let statement_text = String::from_utf8_lossy(&paper.canonical).into_owned();
    let letter = store.letter_written(
        numbered.id,
        &Written {
            email_subject: &subject,
            email_body: &body,
            file: &file,
            sha256: &format!("{:x}", Sha256::digest(&sealed)),
            bytes: sealed.len() as u64,
            pages: u32::try_from(pages).unwrap_or(u32::MAX),
            text: Some(&statement_text),
        },
        &history,
        now,
    )?;
    Ok(Issued {
        path: store.dir().join(&file).display().to_string(),
        letter,
        verification_code: paper.code,
        key_fingerprint: paper.fingerprint,
        key_created,
        statement: s,
        pdf: sealed,
    })
}

/// Writes a copy of a certificate where staff asked (`--out`): under a temporary name beside it,
/// then renamed over the target, so no half-written file is ever under that name.
pub fn save_copy(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let fail = |e: std::io::Error| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the certificate cannot be written there: {e}"),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| CoreError::invalid("out", "format", "give a file name to write to"))?;
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map_err(fail)
}
