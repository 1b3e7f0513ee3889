//! Local export redaction, the use case: behind the verification gate, the plan's records read
//! again (refused when an export changed since the search), a redacted copy of each export
//! written into the folder staff chose, the copies searched again for the subject, and — only
//! when staff ask and the re-search finds nothing unexplained — each original export replaced
//! by its copy atomically. The run is kept with every file's SHA-256 before and after.

use super::redact_file::{
    copy_path, format_of, sha256_of, treatment, write_copy, Format, Treatment,
};
use super::research::{research, Copy, ResearchHit};
use crate::desk::search::read_again::read_records;
use crate::desk::verify::require_verified;
use crate::fulfil::deletion::line::PlanLine;
use crate::sources::{Locator, ReadControl, Record, SourceKind};
use crate::store::redactions::{RedactedFile, Redaction};
use crate::store::verification::StepKind;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What staff ask for.
#[derive(Debug, Clone)]
pub struct RedactOrder {
    /// The folder the copies are written to (outside every source folder).
    pub out_dir: PathBuf,
    /// Replace each original export with its copy.
    pub replace: bool,
    pub actor: String,
}

/// A copy written, and where.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RedactedCopy {
    pub source: String,
    pub file: String,
    /// Null when the whole file goes (a 1:1 chat with the subject, a single mail).
    pub copy: Option<String>,
}

/// What a redaction did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RedactReport {
    pub redaction: Redaction,
    pub copies: Vec<RedactedCopy>,
    /// Hits of the re-search the plan does not explain; the originals are not replaced while
    /// there are any.
    pub unexplained: Vec<ResearchHit>,
    /// Staff asked to replace the originals, and they were not (the re-search found something).
    pub replace_refused: bool,
}

/// One export of the plan with what is done to its records.
struct FileWork {
    source: String,
    file: String,
    kind: SourceKind,
    original: PathBuf,
    whole: bool,
    treatments: Vec<(Locator, Treatment, bool)>,
}

fn inside(path: &Path, folder: &Path) -> bool {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    canon(path).starts_with(canon(folder))
}

/// Redacts the request's local exports as its plan says.
pub fn redact(
    store: &mut Store,
    request_id: &str,
    order: &RedactOrder,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<RedactReport> {
    require_verified(store, request_id, control, now)?;
    let plan = super::plan(store, request_id, control, now)?;
    let sources = store.sources()?;
    for s in sources.iter().filter(|s| s.is_folder) {
        if inside(&order.out_dir, Path::new(&s.path)) {
            return Err(CoreError::invalid(
                "out",
                "inside_source",
                format!("the copies cannot go inside the source folder {}: they would be read as the office's exports; choose a folder outside it", s.path),
            ));
        }
    }
    // Exports already replaced by their copies since the search hold none of these records.
    let replaced: BTreeSet<(String, String)> = replaced_lines(store, request_id)?
        .into_iter()
        .map(|l| (l.source, l.file))
        .collect();
    let confirmed: Vec<_> = store
        .confirmed_hits(request_id)?
        .into_iter()
        .filter(|(_, h)| !replaced.contains(&(h.source.clone(), h.file.clone())))
        .collect();
    let mut records: BTreeMap<(String, String, u64), Record> = BTreeMap::new();
    read_records(
        store,
        confirmed.iter().map(|(_, h)| h),
        control,
        &mut |s, f, r| {
            records.insert((s.to_string(), f.to_string(), r.number), r);
        },
    )?;
    let fingerprints: BTreeMap<i64, String> = confirmed
        .iter()
        .map(|(id, h)| (*id, h.fingerprint.clone()))
        .collect();
    let chats = store.chat_kinds()?;
    let mut work: BTreeMap<(String, String), FileWork> = BTreeMap::new();
    let mut kept = BTreeSet::new();
    for line in &plan.lines {
        let key = (line.source.clone(), line.file.clone());
        let Some(record) = records.get(&(line.source.clone(), line.file.clone(), line.record))
        else {
            continue;
        };
        let Some(t) = treatment(&line.action, record) else {
            kept.extend(fingerprints.get(&line.hit).cloned());
            continue;
        };
        let entry = match work.entry(key.clone()) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(v) => {
                let Some(source) = sources.iter().find(|s| s.path == line.source) else {
                    continue;
                };
                let original = if source.is_folder {
                    Path::new(&source.path).join(&line.file)
                } else {
                    PathBuf::from(&source.path)
                };
                v.insert(FileWork {
                    source: line.source.clone(),
                    file: line.file.clone(),
                    kind: line.kind,
                    original,
                    whole: false,
                    treatments: Vec::new(),
                })
            }
        };
        let one_to_one = line.kind == SourceKind::WhatsappChat && chats.get(&key) == Some(&false);
        if t == Treatment::Remove && one_to_one {
            entry.whole = true;
        }
        let correction = matches!(
            line.action,
            crate::fulfil::deletion::plan::Action::Correct { .. }
        );
        entry.treatments.push((line.locator.clone(), t, correction));
    }
    let mut files = Vec::new();
    let mut copies = Vec::new();
    let mut search_copies = Vec::new();
    let searched = store
        .latest_search(request_id)?
        .map(|s| s.searched)
        .unwrap_or_default();
    // The SHA-256 of every export, in the order of `work`, checked before any copy is written.
    let mut befores = Vec::with_capacity(work.len());
    for w in work.values() {
        let before = sha256_of(&w.original)?;
        let as_searched = searched
            .iter()
            .find(|s| s.source == w.source && s.file == w.file)
            .and_then(|s| s.sha256.as_deref());
        if as_searched.is_some_and(|h| h != before) {
            return Err(CoreError::SourceChanged {
                path: PathBuf::from(&w.file),
                message: "the export changed since the search (its SHA-256 is not the one searched): search again before redacting".into(),
            });
        }
        befores.push(before);
    }
    // Where each copy was written, in the order of `work` (none for a file that goes whole).
    let mut copy_paths: Vec<Option<PathBuf>> = Vec::with_capacity(work.len());
    for (w, before) in work.values().zip(befores) {
        let format = format_of(&w.original, w.kind)?;
        let whole = w.whole || format == Format::MailFile;
        let (after, counts) = if whole {
            (None, (w.treatments.len() as u64, 0, 0))
        } else {
            let copy = copy_path(&order.out_dir, &w.source, &w.file);
            let written = write_copy(&w.original, &w.file, format, &w.treatments, &copy, control)?;
            if sha256_of(&w.original)? != before {
                let _ = std::fs::remove_file(&copy);
                return Err(CoreError::File {
                    path: w.original.clone(),
                    message: "the export changed while it was being redacted: try again when no program is writing it".into(),
                });
            }
            search_copies.push(Copy {
                source: w.source.clone(),
                file: w.file.clone(),
                path: copy.clone(),
            });
            let after = sha256_of(&copy)?;
            copy_paths.push(Some(copy));
            (
                Some(after),
                (written.removed, written.masked, written.corrected),
            )
        };
        if whole {
            copy_paths.push(None);
        }
        copies.push(RedactedCopy {
            source: w.source.clone(),
            file: w.file.clone(),
            copy: copy_paths
                .last()
                .and_then(Option::as_ref)
                .map(|p| p.to_string_lossy().into_owned()),
        });
        files.push(RedactedFile {
            source: w.source.clone(),
            file: w.file.clone(),
            kind: w.kind,
            before_sha256: before,
            after_sha256: after,
            removed: counts.0,
            masked: counts.1,
            corrected: counts.2,
            replaced: false,
        });
    }
    if files.is_empty() {
        return Err(CoreError::invalid(
            "plan",
            "nothing_to_redact",
            if replaced.is_empty() {
                format!("the plan of request {request_id} removes, masks or corrects no record of a local export: nothing to redact")
            } else {
                format!("the exports of request {request_id}'s plan were already replaced by their redacted copies: nothing left to redact")
            },
        ));
    }
    let unexplained = research(store, request_id, &search_copies, &kept, control)?;
    let replace_refused = order.replace && !unexplained.is_empty();
    if order.replace && !replace_refused {
        keep_contact(store, request_id, &order.actor, control, now)?;
        for ((f, w), copy) in files.iter_mut().zip(work.values()).zip(&copy_paths) {
            replace_original(&w.original, copy.as_deref())?;
            f.replaced = true;
        }
    }
    let redaction = Redaction {
        id: 0,
        request_id: plan.request_id.clone(),
        made_at: now,
        actor: order.actor.clone(),
        out_dir: order.out_dir.to_string_lossy().into_owned(),
        plan: plan.lines.clone(),
        files,
        research_hits: unexplained.len() as u64,
    };
    let id = store.record_redaction(&redaction, &history(&redaction))?;
    Ok(RedactReport {
        redaction: Redaction { id, ..redaction },
        copies,
        unexplained,
        replace_refused,
    })
}

/// The request's contact on a confirmed record, kept as a verification step before the export
/// it is in is replaced: the gate must not close because the evidence was redacted.
fn keep_contact(
    store: &mut Store,
    request_id: &str,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<()> {
    let status = crate::desk::verify::status(store, request_id, control, now)?;
    let met = status.gate.checks.into_iter().find_map(|c| {
        (c.requirement == crate::verify::Requirement::ContactOnFile)
            .then_some(c.met)
            .flatten()
    });
    let kept = store
        .steps(request_id)?
        .iter()
        .any(|s| s.kind == StepKind::Contact);
    match met {
        Some(m) if !kept => store.add_step(
            request_id,
            StepKind::Contact,
            &m.detail,
            actor,
            now,
            &format!(
                "Verifikasi: kontak pemohon pada catatan terkonfirmasi ({}) dicatat sebelum ekspor asli diganti",
                m.detail
            ),
        ),
        _ => Ok(()),
    }
}

/// The original export replaced by its copy (through a temporary file beside it and a rename,
/// so that no half-written export is ever under its name), or removed when it goes whole.
fn replace_original(original: &Path, copy: Option<&Path>) -> Result<()> {
    let fail = |e: std::io::Error| CoreError::File {
        path: original.to_path_buf(),
        message: format!("the original export cannot be replaced: {e}"),
    };
    let Some(copy) = copy else {
        return std::fs::remove_file(original).map_err(fail);
    };
    let name = original
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = original.with_file_name(format!(".{name}.pdpdesk-tmp"));
    let done = std::fs::copy(copy, &tmp)
        .and_then(|_| std::fs::File::open(&tmp)?.sync_all())
        .and_then(|_| std::fs::rename(&tmp, original));
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done.map_err(fail)
}

fn history(r: &Redaction) -> String {
    let files: Vec<String> = r
        .files
        .iter()
        .map(|f| {
            format!(
                "{} ({} dihapus, {} disamarkan, {} dikoreksi; SHA-256 {} → {}{})",
                f.file,
                f.removed,
                f.masked,
                f.corrected,
                &f.before_sha256[..12.min(f.before_sha256.len())],
                f.after_sha256
                    .as_deref()
                    .map_or("berkas dihapus utuh", |a| &a[..12.min(a.len())]),
                if f.replaced { ", asli diganti" } else { "" }
            )
        })
        .collect();
    format!(
        "Ekspor lokal disamarkan ke {}: {}; pencarian ulang: {} temuan tak terjelaskan",
        r.out_dir,
        files.join("; "),
        r.research_hits
    )
}

/// The plan lines of the exports a redaction since the latest search replaced by their copies:
/// their records are no longer in the files, so the plan shows them as the redaction carried
/// them out.
pub(super) fn replaced_lines(store: &Store, request_id: &str) -> Result<Vec<PlanLine>> {
    let Some(run) = store.redactions(request_id)?.pop() else {
        return Ok(Vec::new());
    };
    let searched = store.latest_search(request_id)?.map(|s| s.at);
    if searched.is_some_and(|at| at > run.made_at) {
        return Ok(Vec::new());
    }
    let replaced: BTreeSet<(&str, &str)> = run
        .files
        .iter()
        .filter(|f| f.replaced)
        .map(|f| (f.source.as_str(), f.file.as_str()))
        .collect();
    Ok(run
        .plan
        .iter()
        .filter(|l| replaced.contains(&(l.source.as_str(), l.file.as_str())))
        .cloned()
        .collect())
}
