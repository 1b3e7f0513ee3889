//! Letters, the rules: which kinds fit a request, each kind's built-in template per language,
//! the placeholders and how they are filled, and the letter laid out for print or as an e-mail.
//! Pure: the use case (`desk::letters`) gathers the facts, reads an office's own template,
//! numbers and keeps what is issued.

mod compose;
mod facts;
mod ground;
mod issued;
mod kind;
mod not_now;
mod register;
mod template;
pub mod words;

pub use compose::{dated, document, email, Frame};
pub use facts::{Facts, PLACEHOLDERS, TABLES};
pub use ground::{Proof, RefusalGround};
pub use issued::IssuedLetter;
pub use kind::{LetterKind, Offer, Standing};
pub use not_now::NotNow;
pub use register::{due, DueLetter, LetterEntry, LetterFilter, LetterRegister, DUE_KINDS};
pub use template::{fill, read, Filled, Part};

use crate::language::Language;

macro_rules! builtin {
    ($($kind:ident => $file:literal),+ $(,)?) => {
        /// The template shipped with PDP Desk (`assets/letters/<lang>/<kind>.txt`); none for
        /// the deletion certificate, which is laid out by `fulfil::deletion::certificate`.
        pub fn builtin(kind: LetterKind, lang: Language) -> Option<&'static str> {
            match (kind, lang) {
                $(
                    (LetterKind::$kind, Language::Id) => Some(include_str!(concat!("../../../../assets/letters/id/", $file, ".txt"))),
                    (LetterKind::$kind, Language::En) => Some(include_str!(concat!("../../../../assets/letters/en/", $file, ".txt"))),
                )+
                (LetterKind::DeletionCertificate, _) => None,
            }
        }
    };
}

builtin! {
    Acknowledgement => "acknowledgement",
    VerificationRequest => "verification-request",
    Access => "access",
    Portability => "portability",
    CorrectionDone => "correction-done",
    ConsentWithdrawn => "consent-withdrawn",
    RestrictionDone => "restriction-done",
    ObjectionAnswered => "objection-answered",
    DeletionDone => "deletion-done",
    Refusal => "refusal",
    Extension => "extension",
    NoData => "no-data",
    ForwardToController => "forward-to-controller",
    ForwardedNotice => "forwarded-notice",
}
