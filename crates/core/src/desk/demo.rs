//! The demonstration office that a fresh install starts with, so the window is never empty: a
//! clearly marked invented print shop with a few requests in different states, and a folder of its
//! sample exports (CRM contacts, invoices, form entries, WhatsApp chats, request e-mails) that a
//! new user can add as a source to try a search on the first day. All names, numbers and
//! addresses are invented.

use crate::office::{OfficeProfile, OfficeZone};
use crate::register::{NewRequest, RequestState};
use crate::vocabulary::{Channel, RequesterRole, Right};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::path::PathBuf;
use ts_rs::TS;

/// The actor recorded for seeded history.
const DEMO_ACTOR: &str = "Demo";

/// The folder of the data directory that holds the demo office's sample exports.
pub const DEMO_EXPORTS_DIR: &str = "demo-exports";
/// The generated office behind the sample exports: which one, and how many background records
/// its largest exports get (a few hundred: quick to write and to read, big enough to search).
const DEMO_EXPORTS_SEED: u64 = 1;
const DEMO_EXPORTS_ROWS: usize = 300;

/// What seeding did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DemoSeeded {
    pub office: String,
    pub requests: Vec<String>,
    /// The folder of sample exports (not added as a source: `source add` adds it).
    pub exports: String,
}

struct DemoRequest {
    days_ago: i64,
    channel: Channel,
    rights: &'static [Right],
    name: &'static str,
    email: Option<&'static str>,
    phone: Option<&'static str>,
    role: RequesterRole,
    on_behalf_of: Option<&'static str>,
    notes: &'static str,
    path: &'static [(RequestState, &'static str)],
}

const DEMO_REQUESTS: &[DemoRequest] = &[
    DemoRequest {
        days_ago: 40,
        channel: Channel::Email,
        rights: &[Right::Access],
        name: "Ni Made Ayu Lestari",
        email: Some("ayu.lestari@example.co.id"),
        phone: None,
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: "Meminta salinan data pesanan kartu nama tahun 2024.",
        path: &[
            (
                RequestState::Verifying,
                "Kode verifikasi dikirim ke e-mail pemohon.",
            ),
            (
                RequestState::Searching,
                "Identitas cocok dengan data pelanggan.",
            ),
            (
                RequestState::Fulfilling,
                "Data ditemukan di CRM dan faktur.",
            ),
            (
                RequestState::Closed,
                "Salinan data dikirim dan diterima pemohon.",
            ),
        ],
    },
    DemoRequest {
        days_ago: 12,
        channel: Channel::Email,
        rights: &[Right::Deletion, Right::WithdrawConsent],
        name: "Yohanes Pratama",
        email: Some("yohanes.pratama@example.com"),
        phone: Some("0812-3456-7801"),
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: "Tidak ingin lagi menerima promosi lewat WhatsApp; minta data dihapus.",
        path: &[
            (
                RequestState::Verifying,
                "Menunggu konfirmasi kode dari pemohon.",
            ),
            (RequestState::Searching, "Kode dikonfirmasi."),
        ],
    },
    DemoRequest {
        days_ago: 4,
        channel: Channel::Phone,
        rights: &[Right::Correction],
        name: "Dewi Anggraini",
        email: None,
        phone: Some("0857-2233-4410"),
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: "Alamat pengiriman lama masih tercatat; minta diperbarui.",
        path: &[(RequestState::Verifying, "Pemohon akan datang membawa KTP.")],
    },
    DemoRequest {
        days_ago: 1,
        channel: Channel::WalkIn,
        rights: &[Right::Access, Right::Portability],
        name: "Gregorius Manurung",
        email: Some("gregorius.manurung@example.net"),
        phone: None,
        role: RequesterRole::Guardian,
        on_behalf_of: Some("Clara Manurung"),
        notes: "Orang tua meminta data anaknya (peserta lomba desain sekolah).",
        path: &[],
    },
];

/// The demonstration office profile.
fn demo_office() -> OfficeProfile {
    OfficeProfile {
        name: "CV Maju Jaya Kreatif (DEMO)".into(),
        address: "Jl. Contoh Raya No. 1, Denpasar, Bali 80111".into(),
        letterhead: vec![
            "Percetakan & Desain Grafis".into(),
            "Telp. (0361) 000-0000 · privasi@majujayakreatif.example".into(),
        ],
        has_logo: false,
        city: "Denpasar".into(),
        signatory_name: "Ni Made Contoh".into(),
        signatory_position: "Petugas Pelindungan Data Pribadi".into(),
        letter_number_pattern: "{seq}/PDP/{office}/{roman_month}/{year}".into(),
        time_zone: OfficeZone::Makassar,
        policy_days: 30,
        observes_cuti_bersama: true,
        is_demo: true,
    }
}

/// Seeds the demonstration office and its requests. Refused when the register is not empty,
/// so real work is never mixed with demo data.
pub fn seed(store: &mut Store, now: DateTime<Utc>) -> Result<DemoSeeded> {
    if store.count_requests()? > 0 {
        return Err(CoreError::DemoRefused);
    }
    let office = demo_office();
    store.write_office(&office, DEMO_ACTOR, now)?;
    let mut ids = Vec::new();
    for d in DEMO_REQUESTS {
        let received = now - Duration::days(d.days_ago);
        let form = NewRequest {
            received_at: Some(received.to_rfc3339()),
            channel: d.channel,
            rights: d.rights.to_vec(),
            name: d.name.into(),
            emails: d.email.into_iter().map(String::from).collect(),
            phones: d.phone.into_iter().map(String::from).collect(),
            postal_address: None,
            nik: None,
            role: d.role,
            on_behalf_of: d.on_behalf_of.map(String::from),
            notes: Some(d.notes.into()),
            controller: None,
        };
        let created = crate::desk::request::create(store, &form, DEMO_ACTOR, received)?;
        store.mark_demo(&created.id, DEMO_ACTOR, received)?;
        for (i, (state, reason)) in d.path.iter().enumerate() {
            let at = received + Duration::hours(20 * (i as i64 + 1));
            crate::desk::request::change_state(
                store,
                &created.id,
                *state,
                reason,
                DEMO_ACTOR,
                at.min(now),
            )?;
        }
        ids.push(created.id);
    }
    let exports = write_exports(store)?;
    Ok(DemoSeeded {
        office: office.name,
        requests: ids,
        exports: exports.display().to_string(),
    })
}

/// The folder the demo's sample exports are written to.
pub fn exports_dir(store: &Store) -> PathBuf {
    store.dir().join(DEMO_EXPORTS_DIR)
}

/// Writes the sample exports of the demo office (afresh when they are there already), without
/// the generator's answer key: they look like the exports an office hands over.
fn write_exports(store: &Store) -> Result<PathBuf> {
    let dir = exports_dir(store);
    let failed = |e: std::io::Error| CoreError::File {
        path: dir.clone(),
        message: e.to_string(),
    };
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(failed)?;
    }
    pdp_officegen::generate(DEMO_EXPORTS_SEED, DEMO_EXPORTS_ROWS, &dir).map_err(failed)?;
    std::fs::remove_file(dir.join(pdp_officegen::EXPECTED_FILE)).map_err(failed)?;
    Ok(dir)
}

/// Whether the installation is brand new: no office name, not the demo, no request. The
/// window then opens on the first-start setup (the office, or "try with sample data").
pub fn setup_needed(store: &Store) -> Result<bool> {
    let office = store.office()?;
    Ok(office.name.is_empty() && !office.is_demo && store.count_requests()? == 0)
}

/// Seeds the demo when the installation is brand new (see [`setup_needed`]).
/// Returns whether it did.
pub fn seed_if_new(store: &mut Store, now: DateTime<Utc>) -> Result<bool> {
    if setup_needed(store)? {
        seed(store, now)?;
        return Ok(true);
    }
    Ok(false)
}

/// Leaves the demonstration: deletes the demo requests, the sample exports (and their source,
/// when they were added) and blanks the demo office profile, so staff can enter their own.
/// Requests entered by staff are kept.
pub fn clear(store: &mut Store, actor: &str, now: DateTime<Utc>) -> Result<usize> {
    let removed = store.delete_demo_requests(actor, now)?;
    let exports = exports_dir(store);
    if exports.exists() {
        if store.source(&exports).is_ok() {
            store.remove_source(&exports, actor, now)?;
        }
        std::fs::remove_dir_all(&exports).map_err(|e| CoreError::File {
            path: exports.clone(),
            message: e.to_string(),
        })?;
    }
    let mut office = store.office()?;
    if office.is_demo {
        office = OfficeProfile {
            name: String::new(),
            address: String::new(),
            letterhead: Vec::new(),
            city: String::new(),
            signatory_name: String::new(),
            signatory_position: String::new(),
            is_demo: false,
            ..office
        };
        store.write_office(&office, actor, now)?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use crate::register::RequestFilter;
    use crate::store::test_store;
    use chrono::{TimeZone, Utc};

    #[test]
    fn demo_seeds_once_and_clears_cleanly() {
        let (_t, mut s) = test_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 2, 0, 0).unwrap();
        assert!(
            super::seed_if_new(&mut s, now).unwrap(),
            "a new install gets the demo"
        );
        assert!(s.office().unwrap().is_demo);
        let all = s.list_requests(&RequestFilter::default()).unwrap();
        assert_eq!(all.len(), 4);
        assert!(
            all.iter().all(|r| r.is_demo),
            "seeded requests are marked as demo"
        );
        let exports = super::exports_dir(&s);
        assert!(
            exports.join("chatwoot_contacts.csv").is_file()
                && exports.join("jurnal_sales_invoices.xlsx").is_file()
                && exports
                    .join("email/01_permohonan_akses_data_pribadi.eml")
                    .is_file(),
            "the demo comes with sample exports to add as a source"
        );
        assert!(
            !exports.join("expected.json").exists(),
            "the generator's answer key is not among the sample exports"
        );
        assert!(
            !super::seed_if_new(&mut s, now).unwrap(),
            "never seeded twice"
        );
        assert!(
            super::seed(&mut s, now).is_err(),
            "explicit seeding into a used register is refused"
        );
        s.add_source(&exports, "Tester", now).unwrap();
        assert_eq!(super::clear(&mut s, "Tester", now).unwrap(), 4);
        assert!(
            !exports.exists(),
            "leaving the demo removes its sample exports"
        );
        assert!(
            s.sources().unwrap().is_empty(),
            "and forgets them as a source"
        );
        assert!(s
            .list_requests(&RequestFilter::default())
            .unwrap()
            .is_empty());
        assert!(!s.office().unwrap().is_demo);
    }
}
