//! The verification tests' office: one export holding Budi's record (with his NIK), a request
//! from Budi searched, the clock pinned and the random draw fixed.

use chrono::{DateTime, Utc};
use pdp_core::desk::search::{search, Method};
use pdp_core::desk::verify::status;
use pdp_core::register::NewRequest;
use pdp_core::search::stored::Decision;
use pdp_core::search::SubjectQuery;
use pdp_core::sources::ReadControl;
use pdp_core::verify::Requirement;
use pdp_core::vocabulary::{Channel, RequesterRole, Right};
use pdp_core::Store;

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T03:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

pub struct Office {
    pub _tmp: tempfile::TempDir,
    pub data: std::path::PathBuf,
    pub store: Store,
    pub id: String,
}

/// An office with one export holding Budi's record (with his NIK), a request from Budi for
/// `rights`, searched, and his hit confirmed when `confirm`.
pub fn office(rights: Vec<Right>, role: RequesterRole, confirm: bool) -> Office {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("kontak.csv");
    std::fs::write(
        &csv,
        "nama,email,telepon,nik\n\
         Ani Lestari,ani@example.com,0812-0000-1111,3171014508900001\n\
         Budi Santoso,budi@example.com,0812-0000-2222,3171010508900002\n",
    )
    .unwrap();
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).unwrap();
    store.add_source(&csv, "Rina", now()).unwrap();
    let form = NewRequest {
        received_at: Some("2026-12-01T09:00:00+07:00".into()),
        channel: Channel::Email,
        rights,
        name: "Budi Santoso".into(),
        emails: vec!["budi@example.com".into()],
        phones: vec![],
        postal_address: None,
        nik: None,
        role,
        on_behalf_of: (role != RequesterRole::Subject).then(|| "Budi Santoso".into()),
        notes: None,
        controller: None,
    };
    let request = pdp_core::desk::request::create(&mut store, &form, "Rina", now()).unwrap();
    let query = SubjectQuery {
        name: Some("Budi Santoso".into()),
        emails: vec!["budi@example.com".into()],
        ..SubjectQuery::default()
    };
    let result = search(&store, &query, Method::Scan, &ReadControl::default()).unwrap();
    let kept =
        pdp_core::desk::search::keep(&mut store, &request.id, &result, "Rina", now()).unwrap();
    if confirm {
        let ids: Vec<i64> = kept.hits.iter().map(|h| h.id).collect();
        store
            .decide_hits(&ids, Decision::Confirmed, None, "Rina", now())
            .unwrap();
    }
    Office {
        _tmp: tmp,
        data,
        store,
        id: request.id,
    }
}

/// A draw that gives the code 424242 first.
pub fn draw_424242() -> impl FnMut() -> pdp_core::Result<u32> {
    let mut draws = vec![7_424_242u32, 1_000_001].into_iter();
    move || Ok(draws.next().unwrap_or(5))
}

pub fn missing(o: &Office) -> Vec<Requirement> {
    status(&o.store, &o.id, &ReadControl::default(), now())
        .unwrap()
        .gate
        .missing()
}
