//! The plan as carried out: the plan as it stands for the exports that are still as searched,
//! and for an export a redaction replaced by its redacted copy (its records are gone, so they
//! cannot be read again) the lines that redaction carried out, as it kept them.

use super::{plan_of, Plan};
use crate::sources::ReadControl;
use crate::store::redactions::Redaction;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// Per export (source, file), the latest redaction run that wrote it.
pub(super) fn latest_runs(runs: &[Redaction]) -> BTreeMap<(String, String), &Redaction> {
    let mut latest = BTreeMap::new();
    for run in runs {
        for f in &run.files {
            latest.insert((f.source.clone(), f.file.clone()), run);
        }
    }
    latest
}

/// The request's plan as carried out (see the module's text).
pub fn carried_out(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let runs = store.redactions(request_id)?;
    let latest = latest_runs(&runs);
    let replaced: BTreeSet<(String, String)> = latest
        .iter()
        .filter(|((source, file), run)| {
            run.files
                .iter()
                .any(|f| &f.source == source && &f.file == file && f.replaced)
        })
        .map(|(key, _)| key.clone())
        .collect();
    let mut plan = plan_of(store, request_id, control, now, &replaced)?;
    for (source, file) in &replaced {
        if let Some(run) = latest.get(&(source.clone(), file.clone())) {
            plan.lines.extend(
                run.plan
                    .iter()
                    .filter(|l| &l.source == source && &l.file == file)
                    .cloned(),
            );
        }
    }
    plan.lines
        .sort_by(|a, b| (&a.source, &a.file, a.record).cmp(&(&b.source, &b.file, b.record)));
    plan.incomplete = super::incomplete(&plan.lines);
    Ok(plan)
}
