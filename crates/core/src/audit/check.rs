//! Walking the chain: entries in order, each checked against the one before it, against its own
//! link and against the history line it stands for; then the head file; then the history lines
//! no entry stands for. The first problem found is named with its entry's number.

use super::{details_digest, event_digest, link, Action, Entry, EventLine, HeadFound, NO_PREV};
use crate::index::IndexSecret;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// What is wrong where the chain breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "AuditProblemCode")]
pub enum ProblemCode {
    /// No entry with this number: removed (the entries after it keep their numbers).
    Missing,
    /// The entry does not follow the one before it: an entry was removed, inserted or moved.
    BrokenLink,
    /// The entry's content does not match its link: edited.
    Edited,
    /// The first entry's digest does not match: `index.key` was replaced or lost, or it was edited.
    KeyChanged,
    /// The request history line the entry stands for was changed.
    HistoryEdited,
    /// The request history line the entry stands for is gone, and its request was not removed.
    HistoryMissing,
    /// A request history line that no entry stands for: written outside PDP Desk.
    HistoryUnrecorded,
    /// The head file names a later entry than the database holds: the tail was cut.
    Truncated,
    /// The database holds entries after the one the head file names: an old head put back.
    BeyondHead,
    /// The head file names this entry with another link, or was not written by PDP Desk.
    HeadMismatch,
    /// There is no head file.
    HeadMissing,
    /// A change was written while the head file did not match the database (this entry says
    /// what the head file said then).
    HeadMismatchRecorded,
}

impl ProblemCode {
    /// The code as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemCode::Missing => "missing",
            ProblemCode::BrokenLink => "broken_link",
            ProblemCode::Edited => "edited",
            ProblemCode::KeyChanged => "key_changed",
            ProblemCode::HistoryEdited => "history_edited",
            ProblemCode::HistoryMissing => "history_missing",
            ProblemCode::HistoryUnrecorded => "history_unrecorded",
            ProblemCode::Truncated => "truncated",
            ProblemCode::BeyondHead => "beyond_head",
            ProblemCode::HeadMismatch => "head_mismatch",
            ProblemCode::HeadMissing => "head_missing",
            ProblemCode::HeadMismatchRecorded => "head_mismatch_recorded",
        }
    }

    /// The problem in English (the command line's words; the window words the code).
    pub fn explain(self) -> &'static str {
        match self {
            ProblemCode::Missing => "this entry is missing: it was deleted",
            ProblemCode::BrokenLink => {
                "this entry does not follow the one before it: an entry was removed, inserted or moved here"
            }
            ProblemCode::Edited => "this entry's content does not match its hash: it was edited",
            ProblemCode::KeyChanged => {
                "the first entry does not match: index.key was replaced or lost, or the entry was edited"
            }
            ProblemCode::HistoryEdited => "the request history line this entry records was edited",
            ProblemCode::HistoryMissing => {
                "the request history line this entry records was deleted"
            }
            ProblemCode::HistoryUnrecorded => {
                "a request history line has no entry: it was added outside PDP Desk"
            }
            ProblemCode::Truncated => {
                "the head file names a later entry than the database holds: entries from here on were cut off"
            }
            ProblemCode::BeyondHead => {
                "the database holds entries after the one the head file names: the head file is an old copy"
            }
            ProblemCode::HeadMismatch => {
                "the head file does not match this entry: it was edited or replaced"
            }
            ProblemCode::HeadMissing => "the head file audit.head is missing",
            ProblemCode::HeadMismatchRecorded => {
                "a change was written here while the head file did not match the database"
            }
        }
    }
}

/// The first problem of a chain.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "AuditProblem")]
pub struct Problem {
    /// The entry's number; none for a missing head file or a history line without an entry.
    pub seq: Option<i64>,
    pub code: ProblemCode,
    /// The request history line concerned (`history_*`).
    pub event_id: Option<i64>,
    /// The request concerned, where the problem is about one.
    pub request_id: Option<String>,
    /// The problem in English.
    pub message: String,
}

/// The chain's state.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "AuditStatus")]
pub struct Status {
    pub ok: bool,
    pub entries: i64,
    pub last_seq: Option<i64>,
    /// When the last entry's change was made (none when unreadable).
    pub last_at: Option<DateTime<Utc>>,
    pub problem: Option<Problem>,
}

/// Walks a chain given entry by entry, in order of their numbers.
pub struct Checker<'k> {
    key: &'k IndexSecret,
    expected: i64,
    prev: String,
    entries: i64,
    last: Option<Entry>,
    first: Option<Problem>,
    /// Entries whose history line is gone (or blanked), waiting for a later removal (or purge)
    /// of their request.
    gone: Vec<Problem>,
}

impl<'k> Checker<'k> {
    pub fn new(key: &'k IndexSecret) -> Checker<'k> {
        Checker {
            key,
            expected: 1,
            prev: NO_PREV.to_string(),
            entries: 0,
            last: None,
            first: None,
            gone: Vec::new(),
        }
    }

    /// The next entry, with the history line it stands for as found (`None`: no such line).
    pub fn entry(&mut self, e: &Entry, event: Option<&EventLine>) {
        self.entries += 1;
        if e.seq != self.expected {
            self.note(Some(self.expected), ProblemCode::Missing, e, None);
        } else if e.prev != self.prev {
            self.note(Some(e.seq), ProblemCode::BrokenLink, e, None);
        } else if e.action == Action::ChainStarted.as_str() && !self.start_matches(e) {
            // Before the link: with another key no link matches, and this says why.
            self.note(Some(e.seq), ProblemCode::KeyChanged, e, None);
        } else if link(self.key, &e.prev, e) != e.hash {
            self.note(Some(e.seq), ProblemCode::Edited, e, None);
        } else if e.action == Action::HeadMismatch.as_str() {
            self.note(Some(e.seq), ProblemCode::HeadMismatchRecorded, e, None);
        }
        if let Some(id) = e.event_id {
            match event {
                Some(line)
                    if line.request_id == e.target && event_digest(self.key, line) == e.digest => {}
                // A line blanked by the purge: pardoned by the request's purge entry further on.
                Some(line) if line.request_id == e.target && line.text.is_empty() => {
                    self.gone.push(problem(
                        Some(e.seq),
                        ProblemCode::HistoryEdited,
                        Some(id),
                        Some(e.target.clone()),
                    ))
                }
                Some(_) => self.note(Some(e.seq), ProblemCode::HistoryEdited, e, Some(id)),
                None => self.gone.push(problem(
                    Some(e.seq),
                    ProblemCode::HistoryMissing,
                    Some(id),
                    Some(e.target.clone()),
                )),
            }
        }
        if e.action == Action::RequestRemoved.as_str() {
            self.gone
                .retain(|p| p.request_id.as_deref() != Some(e.target.as_str()));
        } else if e.action == Action::RequestPurged.as_str() {
            self.gone.retain(|p| {
                p.request_id.as_deref() != Some(e.target.as_str())
                    || p.code != ProblemCode::HistoryEdited
            });
        }
        self.expected = e.seq.max(self.expected) + 1;
        self.prev = e.hash.clone();
        self.last = Some(e.clone());
    }

    /// The chain's state, given the head file as found and the first history line no entry
    /// stands for (its id and request), if any.
    pub fn finish(mut self, head: &HeadFound, unrecorded: Option<(i64, String)>) -> Status {
        let mut first = self.first.take();
        if let Some(g) = self.gone.first() {
            if first.as_ref().is_none_or(|f| f.seq > g.seq) {
                first = Some(g.clone());
            }
        }
        let last_seq = self.last.as_ref().map(|l| l.seq);
        let first = first.or_else(|| self.head_problem(head)).or_else(|| {
            unrecorded.map(|(id, request)| {
                problem(
                    None,
                    ProblemCode::HistoryUnrecorded,
                    Some(id),
                    Some(request),
                )
            })
        });
        Status {
            ok: first.is_none(),
            entries: self.entries,
            last_seq,
            last_at: self
                .last
                .as_ref()
                .and_then(|l| DateTime::parse_from_rfc3339(&l.at).ok())
                .map(|d| d.with_timezone(&Utc)),
            problem: first,
        }
    }

    fn head_problem(&self, head: &HeadFound) -> Option<Problem> {
        let last = self.last.as_ref();
        let last_seq = last.map_or(0, |l| l.seq);
        let at = |seq: i64, code| Some(problem(Some(seq), code, None, None));
        match head {
            HeadFound::Missing => Some(problem(None, ProblemCode::HeadMissing, None, None)),
            HeadFound::Unreadable => at(last_seq, ProblemCode::HeadMismatch),
            HeadFound::Valid(h) if h.seq > last_seq => at(last_seq + 1, ProblemCode::Truncated),
            HeadFound::Valid(h) if h.seq < last_seq => at(h.seq + 1, ProblemCode::BeyondHead),
            HeadFound::Valid(h) if last.is_some_and(|l| l.hash != h.hash) => {
                at(h.seq, ProblemCode::HeadMismatch)
            }
            HeadFound::Valid(_) => None,
        }
    }

    /// The chain's first entry has no details: its digest is the key's own, computed again.
    fn start_matches(&self, e: &Entry) -> bool {
        e.digest == details_digest(self.key, Action::ChainStarted, &[])
    }

    fn note(&mut self, seq: Option<i64>, code: ProblemCode, e: &Entry, event: Option<i64>) {
        if self.first.is_none() {
            let request = event.map(|_| e.target.clone());
            self.first = Some(problem(seq, code, event, request));
        }
    }
}

fn problem(
    seq: Option<i64>,
    code: ProblemCode,
    event_id: Option<i64>,
    request_id: Option<String>,
) -> Problem {
    Problem {
        seq,
        code,
        event_id,
        request_id,
        message: code.explain().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::ProblemCode::*;

    #[test]
    fn each_problem_code_reads_the_same_in_json_and_in_an_error_reason() {
        for code in [
            Missing,
            BrokenLink,
            Edited,
            KeyChanged,
            HistoryEdited,
            HistoryMissing,
            HistoryUnrecorded,
            Truncated,
            BeyondHead,
            HeadMismatch,
            HeadMissing,
            HeadMismatchRecorded,
        ] {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                code.as_str(),
                "the window words the error's reason with the status's code"
            );
        }
    }
}
