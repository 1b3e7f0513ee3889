//! The re-search of the redacted copies: the subject's identifiers of the latest search looked
//! for again in every copy, each copy read as the export it was made from. A hit is explained
//! when it is a record the plan leaves as it is, or one staff decided is someone else's; any
//! other hit means something of the subject's is still there.

use crate::desk::index_secret;
use crate::desk::search::scan::scan_path;
use crate::search::gather::Gather;
use crate::search::literals::Literals;
use crate::search::stored::Decision;
use crate::search::why::Identifier;
use crate::search::{HitClass, SubjectQuery};
use crate::sources::{Locator, ReadControl};
use crate::{Result, Store};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use ts_rs::TS;

/// A hit of the re-search that the plan and staff's decisions do not explain.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ResearchHit {
    pub source: String,
    pub file: String,
    /// Where in the redacted copy.
    pub locator: Locator,
    pub class: HitClass,
    /// The record was a hit of the search that staff did not decide: decide it and redact again.
    pub undecided: bool,
}

/// One copy to search: the source and file it was made from, and where it is.
pub(super) struct Copy {
    pub source: String,
    pub file: String,
    pub path: PathBuf,
}

/// The subject's identifiers of the latest search as a query.
fn query(identifiers: &[Identifier], name: &str) -> SubjectQuery {
    let mut q = SubjectQuery::default();
    for i in identifiers {
        match i {
            Identifier::Name { name } => q.name = Some(name.clone()),
            Identifier::Email { key } => q.emails.push(key.clone()),
            Identifier::Phone { national } => q.phones.push(format!("+62{national}")),
            Identifier::Nik { .. } => {}
        }
    }
    if q.name.is_none() && !name.trim().is_empty() {
        q.name = Some(name.to_string());
    }
    q
}

/// Searches the copies; `kept` holds the fingerprints of the records the plan leaves as they are.
pub(super) fn research(
    store: &Store,
    request_id: &str,
    copies: &[Copy],
    kept: &BTreeSet<String>,
    control: &ReadControl,
) -> Result<Vec<ResearchHit>> {
    if copies.is_empty() {
        return Ok(Vec::new());
    }
    let request = store.request(request_id)?;
    let search = store.latest_search(&request.id)?;
    let identifiers = search
        .as_ref()
        .map(|s| s.identifiers.clone())
        .unwrap_or_default();
    let subject_name = request
        .requester
        .on_behalf_of
        .clone()
        .unwrap_or(request.requester.name.clone());
    let q = query(&identifiers, &subject_name);
    let subject = q.keys();
    let secret = index_secret(store)?;
    let literals = Literals::of(&subject).map(Arc::new);
    let mut gather = Gather::new(&subject, &secret);
    let sources = store.sources()?;
    for copy in copies {
        let mapping = match sources.iter().find(|s| s.path == copy.source) {
            Some(s) => store.mapping(s.id, &copy.file)?,
            None => None,
        };
        scan_path(
            &mut gather,
            &copy.source,
            mapping.as_deref(),
            &copy.path,
            &copy.file,
            literals.as_ref(),
            control,
        )?;
    }
    let found = gather.finish(&q);
    let hits = search.map(|s| s.hits).unwrap_or_default();
    let rejected: BTreeSet<&str> = hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Rejected))
        .map(|h| h.hit.fingerprint.as_str())
        .collect();
    let undecided: BTreeSet<&str> = hits
        .iter()
        .filter(|h| h.decision.is_none())
        .map(|h| h.hit.fingerprint.as_str())
        .collect();
    Ok(found
        .hits
        .into_iter()
        .filter(|h| !kept.contains(&h.fingerprint) && !rejected.contains(h.fingerprint.as_str()))
        .map(|h| ResearchHit {
            undecided: undecided.contains(h.fingerprint.as_str()),
            source: h.source,
            file: h.file,
            locator: h.locator,
            class: h.class,
        })
        .collect())
}
