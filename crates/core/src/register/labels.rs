//! How the register's names read in letters and notes, in both languages.

use crate::language::Language;
use crate::vocabulary::{Channel, RequesterRole, Right};

impl Right {
    /// The right as a letter names it, with its article of UU PDP.
    pub fn label(self, lang: Language) -> &'static str {
        let (id, en) = match self {
            Right::Information => (
                "informasi tentang pemrosesan (Pasal 5)",
                "information about the processing (Art. 5)",
            ),
            Right::Access => ("akses dan salinan (Pasal 7)", "access and a copy (Art. 7)"),
            Right::Portability => (
                "data dalam format yang dapat dibaca mesin (Pasal 13)",
                "the data in a machine-readable format (Art. 13)",
            ),
            Right::Correction => (
                "perbaikan dan pembaruan (Pasal 6)",
                "correction and update (Art. 6)",
            ),
            Right::Deletion => (
                "penghapusan dan pemusnahan (Pasal 8)",
                "erasure and destruction (Art. 8)",
            ),
            Right::WithdrawConsent => (
                "penarikan persetujuan (Pasal 9)",
                "withdrawal of consent (Art. 9)",
            ),
            Right::Restriction => (
                "penundaan atau pembatasan pemrosesan (Pasal 11)",
                "suspension or restriction of processing (Art. 11)",
            ),
            Right::Objection => (
                "keberatan atas keputusan otomatis (Pasal 10)",
                "objection to automated decisions (Art. 10)",
            ),
            Right::Compensation => (
                "ganti rugi atas pelanggaran pemrosesan (Pasal 12)",
                "compensation for a violation of the processing (Art. 12)",
            ),
        };
        lang.pick(id, en)
    }
}

impl Channel {
    pub fn label(self, lang: Language) -> &'static str {
        let (id, en) = match self {
            Channel::Email => ("e-mail", "e-mail"),
            Channel::Phone => ("telepon", "telephone"),
            Channel::Letter => ("surat", "letter"),
            Channel::WalkIn => ("datang langsung", "in person"),
            Channel::WebForm => ("formulir web", "web form"),
            Channel::Chat => ("chat WhatsApp", "WhatsApp chat"),
        };
        lang.pick(id, en)
    }
}

impl RequesterRole {
    pub fn label(self, lang: Language) -> &'static str {
        let (id, en) = match self {
            RequesterRole::Subject => ("subjek data sendiri", "the data subject"),
            RequesterRole::Agent => ("kuasa", "an authorised agent"),
            RequesterRole::Guardian => ("orang tua/wali", "a parent or guardian"),
        };
        lang.pick(id, en)
    }
}
