//! Requests that arrive as e-mail: preview a .eml or .mbox file (what each message proposes and
//! how it relates to the register), register a message as a request, or link a reply to its
//! request. The original is kept as evidence of receipt.

use crate::intake::item::{IntakeItem, IntakeStatus};
use crate::intake::proposal::{propose, subject_key, Proposal};
use crate::intake::triage::MessageClass;
use crate::register::{NewRequest, Request};
use crate::sources::mail::{self, ParsedMail};
use crate::sources::mail_images::{left_out_note, without_images};
use crate::sources::mbox;
use crate::store::intake::IntakeRow;
use crate::text::check_text;
use crate::vocabulary::Channel;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

struct RawMessage {
    index: Option<usize>,
    raw: Vec<u8>,
}

fn read_messages(path: &Path) -> Result<Vec<RawMessage>> {
    if mbox::is_mbox(path) {
        return Ok(mbox::read(path)?
            .into_iter()
            .map(|m| RawMessage {
                index: Some(m.index),
                raw: m.raw,
            })
            .collect());
    }
    let raw = std::fs::read(path).map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(vec![RawMessage { index: None, raw }])
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

fn display_name(path: &Path, index: Option<usize>) -> PathBuf {
    match index {
        Some(i) => PathBuf::from(format!("{} (message {i})", path.display())),
        None => path.to_path_buf(),
    }
}

pub(super) fn file_time(path: &Path) -> DateTime<Utc> {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(DateTime::<Utc>::from)
        .unwrap_or_else(|_| Utc::now())
}

/// Reads a .eml or .mbox file and proposes what each message is. Nothing is stored.
pub fn preview(store: &Store, path: &Path) -> Result<Vec<IntakeItem>> {
    let zone = store.office()?.time_zone;
    let fallback = zone.local(file_time(path));
    let mut items = Vec::new();
    // One snapshot for every question asked of the register, so that a message another
    // process registers meanwhile is seen whole (already imported) or not at all (new).
    let snapshot = store.snapshot()?;
    for m in read_messages(path)? {
        let sha256 = sha256_hex(&m.raw);
        let file = path.display().to_string();
        match mail::parse(&m.raw, &display_name(path, m.index)) {
            Ok(parsed) => {
                let proposal = propose(parsed, fallback);
                let status = status(store, &sha256, &proposal)?;
                items.push(IntakeItem {
                    file,
                    index: m.index,
                    sha256,
                    status: Some(status),
                    proposal: Some(proposal),
                    error: None,
                    raw: m.raw,
                });
            }
            Err(e) => items.push(IntakeItem {
                file,
                index: m.index,
                sha256,
                status: None,
                proposal: None,
                error: Some(e.to_string()),
                raw: Vec::new(),
            }),
        }
    }
    snapshot.end()?;
    Ok(items)
}

/// How a proposed message relates to the register.
fn status(store: &Store, sha256: &str, p: &Proposal) -> Result<IntakeStatus> {
    let m = &p.mail;
    if let Some(request_id) = store.imported_as(sha256, m.message_id.as_deref())? {
        return Ok(IntakeStatus::AlreadyImported { request_id });
    }
    if let Some(entry) = store.queued_as(sha256, m.message_id.as_deref())? {
        let queue_id = entry.id;
        return Ok(match entry.decision {
            None => IntakeStatus::Queued { queue_id },
            Some(_) => IntakeStatus::Dismissed { queue_id },
        });
    }
    for id in m.in_reply_to.iter().chain(&m.references) {
        if let Some(request_id) = store.request_of_message(id)? {
            return Ok(IntakeStatus::Reply { request_id });
        }
    }
    let sender = m.from.as_ref().map(|f| f.address.to_lowercase());
    if let Some(sender) = &sender {
        if subject_key(&m.subject) != m.subject.trim().to_lowercase() {
            if let Some(request_id) = store.request_of_thread(&subject_key(&m.subject), sender)? {
                return Ok(IntakeStatus::Reply { request_id });
            }
        }
    }
    match p.classification.class {
        MessageClass::NotRequest => return Ok(IntakeStatus::NotRequest),
        MessageClass::NeedsLook => return Ok(IntakeStatus::NeedsLook),
        MessageClass::Request => {}
    }
    let asked: Vec<&str> = p
        .classification
        .rights
        .iter()
        .map(|f| f.right.as_str())
        .collect();
    for e in &p.requester.emails {
        if let Some((request_id, _)) = store
            .open_rights_of_email(e)?
            .into_iter()
            .find(|(_, right)| asked.contains(&right.as_str()))
        {
            return Ok(IntakeStatus::Duplicate { request_id });
        }
    }
    Ok(IntakeStatus::NewRequest)
}

/// Reads message `index` of `path` again and checks it is the one staff looked at.
pub(super) fn read_message(
    path: &Path,
    index: Option<usize>,
    sha256: &str,
) -> Result<(Vec<u8>, ParsedMail)> {
    let m = read_messages(path)?
        .into_iter()
        .find(|m| m.index == index)
        .ok_or_else(|| CoreError::File {
            path: display_name(path, index),
            message: "message not found".into(),
        })?;
    if sha256_hex(&m.raw) != sha256 {
        return Err(CoreError::File {
            path: display_name(path, index),
            message: "the file changed since it was previewed; import it again".into(),
        });
    }
    let parsed = mail::parse(&m.raw, &display_name(path, index))?;
    Ok((m.raw, parsed))
}

/// The message's row as the store keeps it.
pub(super) fn row(
    path: &Path,
    index: Option<usize>,
    sha256: &str,
    parsed: &ParsedMail,
    p: &Proposal,
) -> IntakeRow {
    IntakeRow {
        what: "message",
        sha256: sha256.to_string(),
        message_id: parsed.message_id.clone(),
        source_file: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        mbox_index: index,
        subject: parsed.subject.clone(),
        subject_key: subject_key(&parsed.subject),
        from_address: parsed.from.as_ref().map(|f| f.address.to_lowercase()),
        received_source: serde_json::to_value(p.received_source)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
    }
}

/// Registers a previewed message as a request, with the fields staff confirmed in `form`, and
/// keeps the original as evidence of receipt.
pub fn register(
    store: &mut Store,
    path: &Path,
    index: Option<usize>,
    sha256: &str,
    form: &NewRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let (raw, _) = read_message(path, index, sha256)?;
    register_message(store, path, index, &raw, form, actor, now)
}

/// Registers one message (bytes already read) as a request; see [`register`]. The request, the
/// message's row and the original are written as one, under the write lock: a message another
/// process registered meanwhile is [`CoreError::AlreadyImported`].
pub fn register_message(
    store: &mut Store,
    path: &Path,
    index: Option<usize>,
    raw: &[u8],
    form: &NewRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let sha256 = sha256_hex(raw);
    let parsed = mail::parse(raw, &display_name(path, index))?;
    let zone = store.office()?.time_zone;
    let proposal = propose(parsed.clone(), zone.local(file_time(path)));
    if form.channel != Channel::Email {
        return Err(CoreError::invalid(
            "channel",
            "format",
            "a request imported from e-mail has the channel email",
        ));
    }
    let row = row(path, index, &sha256, &parsed, &proposal);
    // The original is kept under the received message's hash, without its images.
    let (kept, left_out) = without_images(raw);
    let id = store.register_intake(
        &kept,
        "eml",
        &row,
        &form.validate(zone, now)?,
        zone,
        actor,
        now,
    )?;
    if let Some(note) = left_out_note(&left_out) {
        store.add_note(&id, &note, actor, now)?;
    }
    store.request(&id)
}

/// Links a reply to its request: the message is kept as evidence and noted in the history,
/// both or neither.
pub fn link_reply(
    store: &mut Store,
    path: &Path,
    index: Option<usize>,
    sha256: &str,
    request_id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let (raw, parsed) = read_message(path, index, sha256)?;
    let request = store.request(request_id)?;
    let proposal = propose(
        parsed.clone(),
        store.office()?.time_zone.local(file_time(path)),
    );
    if let IntakeStatus::AlreadyImported { request_id } = status(store, sha256, &proposal)? {
        return Err(CoreError::AlreadyImported {
            what: "message",
            request_id,
        });
    }
    let from = parsed
        .from
        .as_ref()
        .map(|f| f.address.as_str())
        .unwrap_or("?");
    let note = check_text(
        "note",
        &format!("E-mail diterima dari {from}: \"{}\"", parsed.subject),
    )?;
    let row = row(path, index, sha256, &parsed, &proposal);
    let at = proposal.received_at.with_timezone(&Utc);
    let (kept, left_out) = without_images(&raw);
    let note = match left_out_note(&left_out) {
        Some(more) => check_text("note", &format!("{note}\n{more}"))?,
        None => note,
    };
    store.link_intake(&kept, &row, at, &request.id, &note, actor, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;
    use chrono::TimeZone;

    const MAIL: &str = "From: Ani Lestari <ani.lestari@example.com>\r\nTo: privasi@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <sekali@example.com>\r\nSubject: Hapus data saya\r\n\r\nMohon hapus data pribadi saya.\r\n";

    #[test]
    fn a_message_registered_twice_is_already_imported_never_a_second_request() {
        let (t, mut s) = test_store();
        let path = t.path().join("hapus.eml");
        std::fs::write(&path, MAIL).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
        let item = preview(&s, &path).unwrap().remove(0);
        assert_eq!(item.status, Some(IntakeStatus::NewRequest));
        let form = item.proposal.as_ref().unwrap().to_form(&[]);
        let first = register_message(&mut s, &path, None, &item.raw, &form, "Tester", now).unwrap();
        // A second window that previewed the message before the first registered it.
        let again = register_message(&mut s, &path, None, &item.raw, &form, "Tester", now);
        assert!(
            matches!(&again, Err(CoreError::AlreadyImported { request_id, .. }) if *request_id == first.id),
            "the second registration names the first request: {again:?}"
        );
        assert_eq!(s.count_requests().unwrap(), 1, "no second request");
    }
}
