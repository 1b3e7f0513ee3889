//! How the register export words its codes, in Indonesian and English: short enough for a
//! table's column.

use super::rows::{MaskedRequester, Outcome, Timeliness};
use crate::language::Language;
use crate::register::RequestState;
use crate::vocabulary::Right;

pub fn right(r: Right, lang: Language) -> &'static str {
    let (id, en) = match r {
        Right::Information => ("Informasi (Ps. 5)", "Information (Art. 5)"),
        Right::Correction => ("Perbaikan (Ps. 6)", "Correction (Art. 6)"),
        Right::Access => ("Akses (Ps. 7)", "Access (Art. 7)"),
        Right::Deletion => ("Penghapusan (Ps. 8)", "Erasure (Art. 8)"),
        Right::WithdrawConsent => ("Tarik persetujuan (Ps. 9)", "Consent withdrawn (Art. 9)"),
        Right::Objection => ("Keberatan (Ps. 10)", "Objection (Art. 10)"),
        Right::Restriction => ("Pembatasan (Ps. 11)", "Restriction (Art. 11)"),
        Right::Compensation => ("Ganti rugi (Ps. 12)", "Compensation (Art. 12)"),
        Right::Portability => ("Portabilitas (Ps. 13)", "Portability (Art. 13)"),
    };
    lang.pick(id, en)
}

pub fn state(s: RequestState, lang: Language) -> &'static str {
    let (id, en) = match s {
        RequestState::Received => ("Diterima", "Received"),
        RequestState::Verifying => ("Verifikasi", "Verifying"),
        RequestState::Searching => ("Pencarian", "Searching"),
        RequestState::Fulfilling => ("Pemenuhan", "Fulfilling"),
        RequestState::Closed => ("Selesai", "Closed"),
        RequestState::Rejected => ("Ditolak", "Rejected"),
        RequestState::Withdrawn => ("Ditarik", "Withdrawn"),
    };
    lang.pick(id, en)
}

pub fn outcome(o: Option<Outcome>, lang: Language) -> &'static str {
    let (id, en) = match o {
        None => ("–", "–"),
        Some(Outcome::Fulfilled) => ("Dipenuhi", "Fulfilled"),
        Some(Outcome::NoData) => ("Tidak ada data", "No data held"),
        Some(Outcome::Forwarded) => ("Diteruskan ke pengendali", "Forwarded to controller"),
        Some(Outcome::Refused) => ("Ditolak", "Refused"),
        Some(Outcome::Withdrawn) => ("Ditarik pemohon", "Withdrawn by requester"),
    };
    lang.pick(id, en)
}

/// On time or late, and against which deadline.
pub fn timeliness(
    t: Timeliness,
    late_policy: bool,
    late_statutory: bool,
    lang: Language,
) -> String {
    let against = match (late_policy, late_statutory) {
        (true, true) => lang.pick(" (kebijakan, UU)", " (policy, law)"),
        (true, false) => lang.pick(" (kebijakan)", " (policy)"),
        (false, true) => lang.pick(" (UU)", " (law)"),
        (false, false) => "",
    };
    let (id, en) = match t {
        Timeliness::OnTime => ("Tepat waktu", "On time"),
        Timeliness::Late => ("Terlambat", "Late"),
        Timeliness::Open => ("Berjalan", "Open"),
        Timeliness::Overdue => ("Lewat tenggat", "Overdue"),
        Timeliness::NotDue => ("–", "–"),
    };
    format!("{}{against}", lang.pick(id, en))
}

pub fn yes_no(b: bool, lang: Language) -> &'static str {
    match b {
        true => lang.pick("ya", "yes"),
        false => lang.pick("tidak", "no"),
    }
}

/// The requester's initials, or the word saying they were purged.
pub fn initials(r: &MaskedRequester, lang: Language) -> String {
    if r.anonymised {
        lang.pick("(dianonimkan)", "(anonymised)").into()
    } else {
        r.initials.clone()
    }
}
