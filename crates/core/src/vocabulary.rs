//! The register's vocabulary: the rights, channels, roles and column roles every layer speaks
//! of, and `names!`, which gives each such enum its one name in JSON and on the command line.
//! A leaf: it imports nothing but the error and text leaves.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A right of the data subject under UU PDP that a request can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Right {
    /// Pasal 5: information about the processing.
    Information,
    /// Pasal 7: access and a copy.
    Access,
    /// Pasal 13: the data in machine-readable form.
    Portability,
    /// Pasal 6: complete, update, correct.
    Correction,
    /// Pasal 8: end processing, erase, destroy.
    Deletion,
    /// Pasal 9: withdraw consent.
    WithdrawConsent,
    /// Pasal 11: suspend or restrict processing.
    Restriction,
    /// Pasal 10: object to automated decisions.
    Objection,
    /// Pasal 12: sue for and receive compensation for a violation of the processing.
    Compensation,
}

/// How a request reached the office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Channel {
    Email,
    Phone,
    Letter,
    WalkIn,
    WebForm,
    /// A chat (WhatsApp, or a CRM's chat inbox).
    Chat,
}

/// Whether the person asking is the data subject or acts for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RequesterRole {
    Subject,
    Agent,
    Guardian,
}

macro_rules! names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }, $field:literal) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The register's name, as in JSON and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }

            pub fn parse(text: &str) -> $crate::Result<$ty> {
                let t = text.trim().to_ascii_lowercase().replace('_', "-");
                Self::ALL.iter().copied().find(|v| v.as_str() == t).ok_or_else(|| {
                    let names: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                    $crate::CoreError::invalid($field, "unknown", format!("unknown {} {}; use one of: {}", $field, $crate::text::quoted(text), names.join(", ")))
                })
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use names;

names!(Right {
    Information => "information",
    Access => "access",
    Portability => "portability",
    Correction => "correction",
    Deletion => "deletion",
    WithdrawConsent => "withdraw-consent",
    Restriction => "restriction",
    Objection => "objection",
    Compensation => "compensation",
}, "right");

names!(Channel {
    Email => "email",
    Phone => "phone",
    Letter => "letter",
    WalkIn => "walk-in",
    WebForm => "web-form",
    Chat => "chat",
}, "channel");

names!(RequesterRole {
    Subject => "subject",
    Agent => "agent",
    Guardian => "guardian",
}, "role");

/// What a column holds, as far as finding a person is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum FieldRole {
    Name,
    Email,
    Phone,
    Nik,
    Address,
    Date,
    /// Free text: messages, notes, descriptions.
    Text,
    /// The source system's own identifier of the record.
    Id,
    /// Anything else (amounts, labels, tax codes): kept, not searched for people.
    Other,
}

names!(FieldRole {
    Name => "name",
    Email => "email",
    Phone => "phone",
    Nik => "nik",
    Address => "address",
    Date => "date",
    Text => "text",
    Id => "id",
    Other => "other",
}, "role");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_is_explained() {
        for r in Right::ALL {
            assert_eq!(Right::parse(r.as_str()).unwrap(), *r);
            let json = serde_json::to_string(r).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", r.as_str()),
                "JSON and CLI names must agree"
            );
        }
        assert_eq!(
            Right::parse("withdraw_consent").unwrap(),
            Right::WithdrawConsent
        );
        let err = Right::parse("erasure").unwrap_err().to_string();
        assert!(
            err.contains("deletion"),
            "the message must list the valid rights: {err}"
        );
    }
}
