//! The office's register of letters (every number given, across requests) and the letters open
//! requests still wait for.

use crate::letters::{self, DueLetter, LetterFilter, LetterRegister};
use crate::register::{RequestFilter, SortOrder};
use crate::{Result, Store};

/// The letters the filter lets through, newest number first, and the years with letters.
pub fn register(store: &Store, filter: &LetterFilter) -> Result<LetterRegister> {
    Ok(LetterRegister {
        letters: store.letter_register(filter)?,
        years: store.letter_years()?,
    })
}

/// The letters open requests are due and have not had (`letters::DUE_KINDS`), longest waiting
/// first.
pub fn due(store: &Store) -> Result<Vec<DueLetter>> {
    let open = store.list_requests(&RequestFilter {
        open_only: true,
        sort: SortOrder::OldestFirst,
        ..RequestFilter::default()
    })?;
    let mut due = Vec::new();
    for request in &open {
        due.extend(letters::due(
            request,
            store.latest_extension(&request.id)?,
            &store.request_letters(&request.id)?,
        ));
    }
    due.sort_by(|a, b| a.since.cmp(&b.since).then(a.request_id.cmp(&b.request_id)));
    Ok(due)
}
