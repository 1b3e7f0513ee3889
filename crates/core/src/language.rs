//! The two languages PDP Desk writes in: Bahasa Indonesia first, English on request.

use crate::{CoreError, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Language {
    #[default]
    Id,
    En,
}

impl Language {
    pub fn parse(text: &str) -> Result<Language> {
        match text.trim().to_ascii_lowercase().as_str() {
            "id" | "indonesia" | "bahasa" => Ok(Language::Id),
            "en" | "english" => Ok(Language::En),
            other => Err(CoreError::invalid(
                "language",
                "unknown",
                format!(
                    "unknown language {}; use id or en",
                    crate::text::quoted(other)
                ),
            )),
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Id => id,
            Language::En => en,
        }
    }
}
