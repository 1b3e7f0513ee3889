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
    /// The month's name (`month0` counted from 0, as chrono's `month0`): `Desember`, `December`.
    pub fn month(self, month0: u32) -> &'static str {
        const ID: [&str; 12] = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let i = (month0 as usize).min(11);
        match self {
            Language::Id => ID[i],
            Language::En => EN[i],
        }
    }

    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Id => id,
            Language::En => en,
        }
    }
}
