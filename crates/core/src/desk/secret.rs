//! The data folder's index secret, checked against the index the store holds.

use crate::index::IndexSecret;
use crate::{Result, Store};

/// Reads the data directory's secret (creating it the first time). An index written with another
/// secret (the key file lost or replaced) finds nothing: the store forgets it, so that searches
/// read the files and the next reading builds it again.
pub(crate) fn index_secret(store: &Store) -> Result<IndexSecret> {
    let secret = IndexSecret::load(store.dir())?;
    store.check_index(&secret.check_value())?;
    Ok(secret)
}
