//! Facts about this installation that the settings screen and `pdpdesk office show` print.

use super::{Store, DB_FILE};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Installation {
    pub version: String,
    /// The database's schema: the last migration this build applies.
    pub schema: i64,
    pub data_dir: String,
    pub database: String,
}

impl Store {
    pub fn installation(&self) -> Installation {
        Installation {
            version: env!("CARGO_PKG_VERSION").to_string(),
            schema: super::migrations::schema_version(),
            data_dir: self.dir().display().to_string(),
            database: self.dir().join(DB_FILE).display().to_string(),
        }
    }
}
