//! Handing the subject their data, the use cases: what a bundle would hold (`preview`), making
//! it (`make_bundle`): the gate first, then exactly the confirmed hits of the latest search, each
//! record read again from its file (refused if the file changed since), written through a private
//! work folder into a temporary file beside the target and renamed, and the delivery record kept.
//! The access pack (`access`) is the same bundle with the processing record.

mod access;
mod chats;
mod work;

pub use access::{make_access_pack, AccessPackMade};

use crate::desk::search::read_again::read_records;
use crate::fulfil::access::ProcessingRecord;
use crate::fulfil::bundle::chat::{LeftOut, PartialChat};
use crate::fulfil::bundle::{BundleWriter, Masked, Masker, Meta};
use crate::processing::Register;
use crate::search::Hit;
use crate::sources::ReadControl;
use crate::store::bundles::BundleRecord;
use crate::{CoreError, Result, Store};
use chats::ChatRule;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;
use work::{draw_passcode, file_sha256, sweep_work, Cleanup};

/// How a bundle is protected.
#[derive(Debug, Clone)]
pub enum Protection {
    None,
    /// The passcode staff chose.
    Passcode(String),
    /// A passcode drawn from the OS random source, shown once.
    NewPasscode,
}

/// A bundle made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BundleMade {
    pub record: BundleRecord,
    pub out: String,
    pub files: usize,
    pub masked: Vec<Masked>,
    /// Confirmed records that did not go in (another member's group-chat message).
    pub left_out: Vec<LeftOut>,
    /// 1:1 chats of which only part is confirmed: the rest is not in the bundle.
    pub partial_chats: Vec<PartialChat>,
    /// The passcode drawn for it, shown this once; null when staff chose it or none is used.
    pub new_passcode: Option<String>,
}

/// What a bundle would hold, per source file, and what would be masked.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BundlePreview {
    pub request_id: String,
    pub files: Vec<PreviewFile>,
    pub masked: Vec<Masked>,
    pub left_out: Vec<LeftOut>,
    pub partial_chats: Vec<PartialChat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PreviewFile {
    pub source: String,
    pub file: String,
    pub records: u64,
}

/// The confirmed hits of the request's latest search, or the refusal that there are none.
fn confirmed(store: &Store, request_id: &str) -> Result<Vec<Hit>> {
    let hits: Vec<Hit> = store
        .confirmed_hits(request_id)?
        .into_iter()
        .map(|(_, h)| h)
        .collect();
    if hits.is_empty() {
        return Err(CoreError::NothingConfirmed {
            request_id: request_id.to_string(),
        });
    }
    Ok(hits)
}

fn masker(store: &Store, request_id: &str) -> Result<Masker> {
    let r = store.request(request_id)?.requester;
    Ok(Masker::new(
        r.emails.iter().map(String::as_str),
        r.phones.iter().map(String::as_str),
    ))
}

/// What a bundle of the request would hold now. Refused until the gate is open: a preview shows
/// the records.
pub fn preview(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<BundlePreview> {
    super::verify::require_verified(store, request_id, control, now)?;
    let hits = confirmed(store, request_id)?;
    let m = masker(store, request_id)?;
    let mut rule = ChatRule::of(store, request_id)?;
    let mut files: Vec<PreviewFile> = Vec::new();
    let mut masked = Vec::new();
    read_records(store, &hits, control, &mut |source, file, r| {
        if !rule.keeps(source, file, &r) {
            return;
        }
        match files.last_mut() {
            Some(f) if f.source == source && f.file == file => f.records += 1,
            _ => files.push(PreviewFile {
                source: source.into(),
                file: file.into(),
                records: 1,
            }),
        }
        let entry = crate::fulfil::bundle::names::entry(source, file);
        for field in &r.fields {
            for (kind, hint) in m.mask(&field.raw).1 {
                masked.push(Masked {
                    entry: entry.clone(),
                    record: r.number,
                    field: field.column.to_string(),
                    kind: kind.into(),
                    hint,
                });
            }
        }
    })?;
    Ok(BundlePreview {
        request_id: request_id.to_string(),
        files,
        masked,
        partial_chats: rule.partial_chats(store, request_id)?,
        left_out: rule.left_out,
    })
}

/// Makes the portability bundle of a request at `out`.
pub fn make_bundle(
    store: &mut Store,
    request_id: &str,
    out: &Path,
    protection: &Protection,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<BundleMade> {
    let pack = Pack::Bundle;
    make(
        store, request_id, out, protection, actor, control, now, pack,
    )
    .map(|(made, _)| made)
}

/// What is made: the portability bundle, or the access pack with the register's record.
enum Pack<'a> {
    Bundle,
    Access(&'a Register),
}

/// Makes a bundle, or an access pack; the access pack's processing record is returned with it.
#[allow(clippy::too_many_arguments)]
fn make(
    store: &mut Store,
    request_id: &str,
    out: &Path,
    protection: &Protection,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
    pack: Pack<'_>,
) -> Result<(BundleMade, Option<ProcessingRecord>)> {
    super::verify::require_verified(store, request_id, control, now)?;
    let request = store.request(request_id)?;
    let hits = confirmed(store, &request.id)?;
    let office = store.office()?;
    let meta = Meta {
        request_id: request.id.clone(),
        office: office.name.clone(),
        generated_at: office.time_zone.local(now),
    };
    let (passcode, new_passcode) = match protection {
        Protection::None => (None, None),
        Protection::Passcode(p) => {
            let p = p.trim().to_string();
            if p.chars().count() < 8 {
                return Err(CoreError::invalid(
                    "passcode",
                    "too_short",
                    "a passcode has at least 8 characters",
                ));
            }
            (Some(p), None)
        }
        Protection::NewPasscode => {
            let p = draw_passcode()?;
            (Some(p.clone()), Some(p))
        }
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            CoreError::invalid(
                "out",
                "format",
                "name the ZIP file to write, e.g. data-pribadi.zip",
            )
        })?;
    let folder = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let root = store.dir().join("tmp");
    std::fs::create_dir_all(&root).map_err(|e| CoreError::File {
        path: root.clone(),
        message: format!("the work folder cannot be made: {e}"),
    })?;
    let _ = crate::datadir::restrict(&root, 0o700);
    sweep_work(&root);
    let cleanup = Cleanup {
        work: root.join(format!(
            "bundle.{}.{}",
            std::process::id(),
            now.timestamp_micros()
        )),
        tmp: folder.join(format!(".{name}.{}.tmp", std::process::id())),
    };
    std::fs::create_dir(&cleanup.work).map_err(|e| CoreError::File {
        path: cleanup.work.clone(),
        message: format!("the work folder cannot be made: {e}"),
    })?;
    let _ = crate::datadir::restrict(&cleanup.work, 0o700);

    let mut rule = ChatRule::of(store, &request.id)?;
    let mut writer = BundleWriter::new(&cleanup.work, masker(store, &request.id)?, &meta)?;
    let mut failed = None;
    let mut records = 0u64;
    read_records(store, &hits, control, &mut |source, file, r| {
        if failed.is_some() || !rule.keeps(source, file, &r) {
            return;
        }
        let kind = rule.kind(source, file);
        records += 1;
        if let Err(e) = writer.add(source, kind, file, &r) {
            failed = Some(e);
        }
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    if records == 0 {
        // Every confirmed record was another group member's message: nothing of the subject's.
        return Err(CoreError::NothingConfirmed {
            request_id: request.id.clone(),
        });
    }
    let processing = match pack {
        Pack::Bundle => None,
        Pack::Access(register) => Some(access::add_record(&mut writer, register, &meta)?),
    };
    let zip_file = std::fs::File::create(&cleanup.tmp).map_err(|e| CoreError::File {
        path: cleanup.tmp.clone(),
        message: format!("the bundle cannot be written here: {e}"),
    })?;
    let (manifest, masked) = writer.finish(
        &meta,
        std::io::BufWriter::new(zip_file),
        passcode.as_deref(),
    )?;
    let (sha256, size) = file_sha256(&cleanup.tmp)?;
    std::fs::rename(&cleanup.tmp, out).map_err(|e| CoreError::File {
        path: out.to_path_buf(),
        message: format!("the bundle cannot be put in place: {e}"),
    })?;
    let record = BundleRecord {
        id: 0,
        request_id: request.id.clone(),
        kind: if processing.is_some() {
            "access-pack"
        } else {
            "bundle"
        }
        .into(),
        made_at: now,
        actor: actor.to_string(),
        file_name: name.clone(),
        sha256: sha256.clone(),
        bytes: size,
        records,
        masked: masked.len() as u64,
        passcode_used: passcode.is_some(),
    };
    let partial_chats = rule.partial_chats(store, &request.id)?;
    let history = format!(
        "{} {name} dibuat: {records} catatan, {} berkas, {} disamarkan{}, {} byte, SHA-256 {sha256}{}{}",
        if processing.is_some() { "Paket akses" } else { "Bundel portabilitas" },
        manifest.files.len(),
        masked.len(),
        match rule.left_out.len() {
            0 => String::new(),
            n => format!(", {n} pesan anggota grup lain tidak disertakan"),
        },
        size,
        if passcode.is_some() { ", dilindungi kata sandi" } else { "" },
        processing.as_ref().map(access::history).unwrap_or_default()
    );
    let record = store.record_bundle(&record, &history)?;
    drop(cleanup);
    let made = BundleMade {
        record,
        out: out.display().to_string(),
        files: manifest.files.len(),
        masked,
        left_out: rule.left_out,
        partial_chats,
        new_passcode,
    };
    Ok((made, processing))
}
