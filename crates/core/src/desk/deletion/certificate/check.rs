//! Checking a deletion certificate: anywhere, its seal (the signature over every byte, made by
//! the key its statement names) and its statement; on the office's own machine (its register
//! holds the request) also whether it is in the register as issued, whether the key is the
//! office's own, and what happened to the request after it was issued (a step back, a new
//! search, a changed plan line, a checklist tick, a redaction).

use super::key;
use crate::fulfil::deletion::certificate::{
    fingerprint, seal, verification_code, Statement, STATEMENT_FILE,
};
use crate::letters::LetterKind;
use crate::register::{EventKind, RequestState};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use ts_rs::TS;

/// Something that happened to the request after the certificate was issued.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "CertificateAfterIssue")]
pub struct AfterIssue {
    /// `state` (a move, with its reason), `plan` (a changed line or a checklist tick),
    /// `redaction` or `search`.
    pub kind: &'static str,
    pub at: DateTime<Utc>,
    pub what: String,
}

/// The certificate against the office's register.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "CertificateRegisterCheck")]
pub struct RegisterCheck {
    /// The key is the office's: its key file's, or the one its register kept for this number.
    /// Null when this machine has no key and no such certificate.
    pub own_key: Option<bool>,
    /// The register holds this number as the request's deletion certificate, with this statement.
    pub issued: bool,
    /// The file is byte for byte the one kept when it was issued.
    pub same_file: bool,
    pub state: RequestState,
    /// The request stepped back (to an earlier stage) after the certificate was issued.
    pub reopened: bool,
    /// The plan, its checklist or its redactions changed, or the request was searched again,
    /// after the certificate was issued.
    pub plan_changed: bool,
    pub after_issue: Vec<AfterIssue>,
}

/// What `pdpdesk certificate verify` says of a file.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "CertificateCheck")]
pub struct Verification {
    /// The seal holds, the statement reads, and (on the office's machine) the key is its own.
    pub valid: bool,
    /// SHA-256 of the whole file.
    pub sha256: String,
    /// `valid`, or why not: `missing`, `appended`, `malformed`, `mismatch`, `statement`,
    /// `key_differs`, `not_own_key`.
    pub seal: &'static str,
    pub problem: Option<String>,
    pub key_fingerprint: Option<String>,
    pub verification_code: Option<String>,
    pub statement: Option<Statement>,
    /// Null away from the office's machine (its register does not hold the request).
    pub register: Option<RegisterCheck>,
}

fn rank(s: RequestState) -> Option<usize> {
    RequestState::ALL
        .iter()
        .position(|x| *x == s)
        .filter(|_| !matches!(s, RequestState::Rejected | RequestState::Withdrawn))
}

fn against_register(store: &Store, s: &Statement, file_sha: &str) -> Result<Option<RegisterCheck>> {
    let Ok(detail) = crate::desk::request::detail(store, &s.request.id, Utc::now()) else {
        return Ok(None);
    };
    let canonical = String::from_utf8_lossy(&s.canonical()).into_owned();
    let row = store
        .request_letters(&s.request.id)?
        .into_iter()
        .find(|l| l.number == s.number && l.kind == LetterKind::DeletionCertificate);
    let issued = row.as_ref().is_some_and(|l| l.text == canonical);
    let same_file = row
        .as_ref()
        .is_some_and(|l| l.sha256.as_deref() == Some(file_sha));
    let own_key = match key::public_key(store)? {
        Some(k) if key::hex(&k) == s.public_key => Some(true),
        _ if issued => Some(true),
        Some(_) => Some(false),
        None => None,
    };
    // Everything that happened after the certificate's own line in the history (the history
    // keeps the order exactly; its times are to the second).
    let issued_line = format!("Berita acara penghapusan {} diterbitkan", s.number);
    let since = row
        .as_ref()
        .and_then(|l| l.issued_at)
        .unwrap_or(s.issued_at);
    let first_after = detail
        .events
        .iter()
        .position(|e| e.kind == EventKind::Letter && e.text.starts_with(&issued_line))
        .map(|i| i + 1)
        .unwrap_or_else(|| detail.events.iter().take_while(|e| e.at <= since).count());
    let mut after = Vec::new();
    let mut reopened = false;
    for e in &detail.events[first_after..] {
        let kind = match e.kind {
            EventKind::State => "state",
            EventKind::Plan => "plan",
            EventKind::Redaction => "redaction",
            _ => continue,
        };
        if let (Some(from), Some(to)) = (e.from_state, e.to_state) {
            let back = matches!((rank(from), rank(to)), (Some(f), Some(t)) if t < f);
            reopened |= back || (!from.is_open() && to.is_open());
        }
        after.push(AfterIssue {
            kind,
            at: e.at,
            what: e.text.clone(),
        });
    }
    if let Some(search) = store.latest_search(&s.request.id)?.filter(|x| x.at > since) {
        after.push(AfterIssue {
            kind: "search",
            at: search.at,
            what: "the request was searched again".into(),
        });
    }
    let plan_changed = after
        .iter()
        .any(|a| matches!(a.kind, "search" | "plan" | "redaction"));
    Ok(Some(RegisterCheck {
        own_key,
        issued,
        same_file,
        state: detail.request.state,
        reopened,
        plan_changed,
        after_issue: after,
    }))
}

/// Checks a certificate's bytes; `store` is the office's, when this machine has one.
pub fn verify(file: &[u8], store: Option<&Store>) -> Result<Verification> {
    let mut v = Verification {
        valid: false,
        sha256: format!("{:x}", Sha256::digest(file)),
        seal: "valid",
        problem: None,
        key_fingerprint: None,
        verification_code: None,
        statement: None,
        register: None,
    };
    let sealed = match seal::open(file) {
        Ok(s) => s,
        Err(broken) => {
            v.seal = broken.code();
            v.problem = Some(broken.to_string());
            return Ok(v);
        }
    };
    v.key_fingerprint = Some(fingerprint(sealed.key.as_bytes()));
    let read = crate::pdf::attached(sealed.content, STATEMENT_FILE)
        .ok_or_else(|| format!("the PDF carries no {STATEMENT_FILE}"))
        .and_then(|bytes| Statement::read(&bytes).map_err(|e| e.to_string()));
    let statement = match read {
        Ok(s) => s,
        Err(why) => {
            v.seal = "statement";
            v.problem = Some(why);
            return Ok(v);
        }
    };
    v.verification_code = Some(verification_code(&statement.canonical()));
    if statement.key_bytes() != Some(*sealed.key.as_bytes()) {
        v.seal = "key_differs";
        v.problem =
            Some("the statement names another key than the one that signed the file".into());
        v.statement = Some(statement);
        return Ok(v);
    }
    if let Some(store) = store {
        v.register = against_register(store, &statement, &v.sha256)?;
    }
    if v.register
        .as_ref()
        .is_some_and(|r| r.own_key == Some(false))
    {
        v.seal = "not_own_key";
        v.problem = Some(
            "the certificate names a request of this office's register but was signed with another key than the office's".into(),
        );
    } else {
        v.valid = true;
    }
    v.statement = Some(statement);
    Ok(v)
}

/// Checks a certificate file someone hands over (read whole); `store` is the office's, when this
/// machine has one.
pub fn verify_file(path: &Path, store: Option<&Store>) -> Result<Verification> {
    let bytes = std::fs::read(path).map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the certificate cannot be read: {e}"),
    })?;
    verify(&bytes, store)
}

/// Checks an issued certificate as the office keeps it (refused when the kept PDF changed since
/// it was issued), against the register: its code and key, and what happened after issue.
pub fn check_issued(store: &Store, number: &str) -> Result<Verification> {
    let (_, bytes) = crate::desk::letters::issued_pdf(store, number)?;
    verify(&bytes, Some(store))
}
