//! Handing the subject their data, the use cases: what a bundle would hold (`preview`), making
//! it (`make_bundle`): the gate first, then exactly the confirmed hits of the latest search, each
//! record read again from its file (refused if the file changed since), written through a private
//! work folder into a temporary file beside the target and renamed, and the delivery record kept.

use crate::desk::search::read_again::read_records;
use crate::fulfil::bundle::{BundleWriter, Masked, Masker, Meta};
use crate::search::Hit;
use crate::sources::ReadControl;
use crate::sources::SourceKind;
use crate::store::bundles::BundleRecord;
use crate::store::searches::Decision;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::TS;

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
        .latest_search(request_id)?
        .map(|s| {
            s.hits
                .into_iter()
                .filter(|h| h.decision == Some(Decision::Confirmed))
                .map(|h| h.hit)
                .collect()
        })
        .unwrap_or_default();
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

fn kinds(store: &Store) -> Result<BTreeMap<(String, String), SourceKind>> {
    let mut map = BTreeMap::new();
    for s in store.sources()? {
        for f in s.files {
            if let Some(k) = f.kind {
                map.insert((s.path.clone(), f.rel_path), k);
            }
        }
    }
    Ok(map)
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
    let mut files: Vec<PreviewFile> = Vec::new();
    let mut masked = Vec::new();
    read_records(store, &hits, control, &mut |source, file, r| {
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
    })
}

/// A passcode of four groups of four letters and digits that cannot be misread (no 0/O, 1/I/L).
fn draw_passcode() -> Result<String> {
    const ABC: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| CoreError::Internal(format!("no random numbers from the system: {e}")))?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ABC[usize::from(*b) % ABC.len()] as char)
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Removes work folders of bundles whose process no longer runs.
fn sweep_work(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name
            .strip_prefix("bundle.")
            .and_then(|rest| rest.split('.').next())
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// Removes the work folder and a temporary ZIP left by a failure.
struct Cleanup {
    work: PathBuf,
    tmp: PathBuf,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.work);
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// The SHA-256 and size of a file, read in chunks.
fn file_sha256(path: &Path) -> Result<(String, u64)> {
    use std::io::Read;
    let fail = |e: std::io::Error| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the bundle cannot be read back: {e}"),
    };
    let mut f = std::fs::File::open(path).map_err(fail)?;
    let mut hash = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = f.read(&mut buf).map_err(fail)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        size += n as u64;
    }
    Ok((format!("{:x}", hash.finalize()), size))
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

    let kinds = kinds(store)?;
    let mut writer = BundleWriter::new(&cleanup.work, masker(store, &request.id)?, &meta)?;
    let mut failed = None;
    let mut records = 0u64;
    read_records(store, &hits, control, &mut |source, file, r| {
        if failed.is_some() {
            return;
        }
        let kind = kinds
            .get(&(source.to_string(), file.to_string()))
            .copied()
            .unwrap_or(SourceKind::GenericCsv);
        records += 1;
        if let Err(e) = writer.add(source, kind, file, &r) {
            failed = Some(e);
        }
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
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
        kind: "bundle".into(),
        made_at: now,
        actor: actor.to_string(),
        file_name: name.clone(),
        sha256: sha256.clone(),
        bytes: size,
        records,
        masked: masked.len() as u64,
        passcode_used: passcode.is_some(),
    };
    let history = format!(
        "Bundel portabilitas {name} dibuat: {records} catatan, {} berkas, {} disamarkan, {} byte, SHA-256 {sha256}{}",
        manifest.files.len(),
        masked.len(),
        size,
        if passcode.is_some() { ", dilindungi kata sandi" } else { "" }
    );
    let record = store.record_bundle(&record, &history)?;
    drop(cleanup);
    Ok(BundleMade {
        record,
        out: out.display().to_string(),
        files: manifest.files.len(),
        masked,
        new_passcode,
    })
}
