//! The access pack (Pasal 32): the bundle plus the processing record of exactly its source files,
//! from the office's processing register. Refused while the office has no register; a source
//! kind the register does not cover is listed in the pack as such and returned, for staff to fix.

use super::{make, BundleMade, Pack, Protection};
use crate::fulfil::access::ProcessingRecord;
use crate::fulfil::bundle::{BundleWriter, Meta};
use crate::processing::{kind_name, Register};
use crate::sources::ReadControl;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// An access pack made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AccessPackMade {
    #[serde(flatten)]
    pub made: BundleMade,
    /// What went into `processing-record.json`.
    pub processing: ProcessingRecord,
    /// The files whose source kind the register does not cover (`kind` `source/file`): staff
    /// must add it to the register and make the pack again.
    pub not_in_register: Vec<String>,
}

/// Writes the processing record of the bundle's files into it; called after the last record.
pub(super) fn add_record(
    writer: &mut BundleWriter,
    register: &Register,
    meta: &Meta,
) -> Result<ProcessingRecord> {
    let parts = writer.parts()?;
    let record = ProcessingRecord::new(
        register,
        &meta.request_id,
        &meta.office,
        &meta.generated_at.to_rfc3339(),
        &parts,
    );
    let json = serde_json::to_vec_pretty(&record)
        .map_err(|e| crate::CoreError::Internal(e.to_string()))?;
    writer.index_section(&record.section())?;
    writer.extra(
        "processing-record.json",
        &json,
        (
            "rekam jejak pemrosesan per berkas (tujuan, dasar hukum, penerima, retensi) untuk sistem lain.",
            "the record of processing per file (purposes, legal basis, recipients, retention) for other systems.",
        ),
    )?;
    writer.extra(
        "processing-record.html",
        record.page().as_bytes(),
        (
            "rekam jejak pemrosesan (Pasal 32 UU PDP), untuk dibaca di peramban.",
            "the record of processing (UU PDP Art. 32), to read in a browser.",
        ),
    )?;
    Ok(record)
}

/// What the history says of the record.
pub(super) fn history(record: &ProcessingRecord) -> String {
    let missing = record.not_in_register().count();
    if missing == 0 {
        format!(
            "; rekam jejak pemrosesan untuk {} berkas",
            record.files.len()
        )
    } else {
        format!(
            "; rekam jejak pemrosesan untuk {} berkas, {missing} tidak tercatat dalam daftar pemrosesan",
            record.files.len()
        )
    }
}

/// Makes the access pack of a request at `out`: the gate first, then the register.
pub fn make_access_pack(
    store: &mut Store,
    request_id: &str,
    out: &Path,
    protection: &Protection,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<AccessPackMade> {
    crate::desk::verify::require_verified(store, request_id, control, now)?;
    let register = crate::desk::processing::current(store)?;
    let pack = Pack::Access(&register);
    let (made, processing) = make(
        store, request_id, out, protection, actor, control, now, pack,
    )?;
    let processing = processing
        .ok_or_else(|| crate::CoreError::Internal("the access pack lost its record".into()))?;
    let not_in_register = processing
        .not_in_register()
        .map(|f| format!("{} {}/{}", kind_name(f.source_kind), f.source, f.file))
        .collect();
    Ok(AccessPackMade {
        made,
        processing,
        not_in_register,
    })
}
