//! What staff saw: the NIK on the KTP, an agent's or guardian's authority, and a supervisor's
//! override of the gate.

use super::{open_request, MINOR_MARK};
use crate::desk::search::read_again::read_records;
use crate::identifiers::keys::nik_key;
use crate::register::Request;
use crate::search::stored::Decision;
use crate::sources::ReadControl;
use crate::store::verification::StepKind;
use crate::text::check_typed;
use crate::verify::sighted::SightedNik;
use crate::vocabulary::FieldRole;
use crate::vocabulary::RequesterRole;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};

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
    read_records(store, confirmed, control, &mut |_, _, r| {
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
