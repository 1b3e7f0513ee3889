//! What a letter may say about one request, gathered from the register, the office, the
//! clocks, the verification and the latest kept search.

use crate::language::Language;
use crate::letters::{words, Facts, RefusalGround};
use crate::pdf::Table;
use crate::register::{EventKind, Request};
use crate::search::stored::Decision;
use crate::search::HitClass;
use crate::sources::Locator;
use crate::verify::{Gate, Requirement};
use crate::vocabulary::{Channel, Right};
use crate::{Result, Store};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

/// `a, b dan c` / `a, b and c`.
fn listed(items: &[&str], lang: Language) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("dan", "and")),
    }
}

fn rights(rights: &[Right], lang: Language) -> String {
    let labels: Vec<&str> = rights.iter().map(|r| r.label(lang)).collect();
    let list = listed(&labels, lang);
    match lang {
        Language::Id => format!("hak atas {list}"),
        Language::En => format!("your right to {list}"),
    }
}

/// How the request came, as the sentence says it: `melalui e-mail`, `by e-mail`, `secara
/// langsung di kantor kami`.
fn received_via(channel: Channel, lang: Language) -> String {
    match channel {
        Channel::WalkIn => lang
            .pick("secara langsung di kantor kami", "in person at our office")
            .into(),
        other => format!("{} {}", lang.pick("melalui", "by"), other.label(lang)),
    }
}

fn instant(at: DateTime<FixedOffset>, zone: &str, lang: Language) -> String {
    let day = words::date(at.date_naive(), lang);
    match lang {
        Language::Id => format!("{day} pukul {} {zone}", at.format("%H.%M")),
        Language::En => format!("{day}, {} {zone}", at.format("%H:%M")),
    }
}

fn requirement(r: Requirement, lang: Language) -> &'static str {
    match r {
        Requirement::ContactOnFile => lang.pick(
            "permohonan dikirim dari alamat e-mail atau nomor telepon yang tercatat pada kami",
            "the request coming from an e-mail address or phone number we have on record",
        ),
        Requirement::Identity => lang.pick(
            "kode verifikasi yang kami kirimkan dijawab, atau KTP asli diperlihatkan kepada petugas",
            "the verification code we send answered, or the original identity card (KTP) shown to our staff",
        ),
        Requirement::Authority => lang.pick(
            "surat kuasa atau bukti perwalian diperlihatkan",
            "the power of attorney or proof of guardianship shown",
        ),
        Requirement::Guardian => lang.pick(
            "permohonan diajukan oleh orang tua atau wali, karena pemilik data berusia di bawah 18 tahun",
            "the request made by a parent or guardian, as the person is under 18",
        ),
    }
}

fn place(file: &str, locator: &Locator, lang: Language) -> String {
    match locator {
        Locator::Line { line } => format!("{file}, {} {line}", lang.pick("baris", "line")),
        Locator::Cell { sheet, row } => {
            format!("{file}, {sheet} {} {row}", lang.pick("baris", "row"))
        }
        Locator::Message { index, .. } => {
            format!("{file}, {} {index}", lang.pick("pesan", "message"))
        }
        Locator::Mail { .. } => file.to_string(),
    }
}

/// The date `working` working days after `from` on the office's calendar.
fn working_days_after(store: &Store, from: NaiveDate, working: u32) -> Result<NaiveDate> {
    let calendar = crate::desk::calendar::work_calendar(store)?;
    let mut day = from;
    let mut left = working;
    // A calendar of only days off cannot hold a year: stop after one.
    for _ in 0..366 {
        if left == 0 {
            break;
        }
        day += Duration::days(1);
        if calendar.is_working_day(day) {
            left -= 1;
        }
    }
    Ok(day)
}

/// Everything a letter may say about `request` on `today`; `gate` is the request's verification
/// gate as it stands.
pub fn gather(
    store: &Store,
    request: &Request,
    lang: Language,
    grounds: &[RefusalGround],
    gate: &Gate,
    now: DateTime<Utc>,
) -> Result<Facts> {
    let office = store.office()?;
    let zone = office.time_zone;
    let today = zone.local(now).date_naive();
    let mut f = Facts::default();
    f.set("office_name", office.name.clone());
    f.set("office_address", office.address.clone());
    if office.city.trim().is_empty() {
        f.missing("office_city", "set the office's city in Settings");
    } else {
        f.set("office_city", office.city.clone());
    }
    f.set("today", words::date(today, lang));
    f.set("request_id", request.id.clone());
    let r = &request.requester;
    f.set("requester_name", r.name.clone());
    f.set(
        "addressee",
        format!("{} {}", lang.pick("Bapak/Ibu", "Mr/Ms"), r.name),
    );
    let contact = r
        .postal_address
        .clone()
        .or_else(|| r.emails.first().cloned())
        .or_else(|| r.phones.first().cloned());
    match contact {
        Some(c) => f.set("requester_contact", c),
        None => f.missing(
            "requester_contact",
            "the request has no address, e-mail or phone",
        ),
    }
    f.set(
        "subject_name",
        r.on_behalf_of.clone().unwrap_or_else(|| r.name.clone()),
    );
    f.set(
        "received_date",
        words::date(request.received_at.date_naive(), lang),
    );
    f.set("received_via", received_via(request.channel, lang));
    f.set("rights", rights(&request.rights, lang));

    let clocks = crate::desk::clocks::request_clocks(store, &request.id, now)?;
    f.set("policy_days", clocks.policy_days.to_string());
    f.set("policy_due", words::date(clocks.policy_due, lang));
    match clocks.statutory_due {
        Some(due) => {
            f.set("statutory_due", instant(due, zone.abbreviation(), lang));
            f.set("statutory_rights", rights(&clocks.statutory_rights, lang));
        }
        None => {
            let why = "no right asked for carries the 3×24-hour clock";
            f.missing("statutory_due", why);
            f.missing("statutory_rights", why);
        }
    }

    let missing: Vec<&str> = gate
        .missing()
        .into_iter()
        .map(|m| requirement(m, lang))
        .collect();
    if missing.is_empty() {
        f.missing(
            "verification_needed",
            "the requester is verified: nothing is missing",
        );
    } else {
        f.set("verification_needed", listed(&missing, lang));
    }
    let close_after = super::super::verify::close_after_days(store)?;
    f.set(
        "reply_by",
        words::date(working_days_after(store, today, close_after)?, lang),
    );

    let detail = crate::desk::request::detail(store, &request.id, now)?;
    match detail
        .events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Extension)
    {
        Some(e) => f.set("extension_reason", e.text.clone()),
        None => f.missing(
            "extension_reason",
            "the policy window has not been extended",
        ),
    }

    search_facts(store, request, lang, zone, &mut f)?;

    match &request.controller {
        Some(c) => {
            f.set("controller_name", c.name.clone());
            match &c.contact {
                Some(contact) => f.set("controller_contact", contact.clone()),
                None => f.missing(
                    "controller_contact",
                    "the controller's contact is not recorded",
                ),
            }
        }
        None => {
            let why = "the office is the controller of this request's data";
            f.missing("controller_name", why);
            f.missing("controller_contact", why);
        }
    }
    for (ground, name) in [
        (RefusalGround::Identity, "ground_identity"),
        (RefusalGround::ThirdParty, "ground_third_party"),
        (RefusalGround::Exception, "ground_exception"),
    ] {
        if grounds.contains(&ground) {
            f.set(name, lang.pick("ya", "yes"));
        } else {
            f.missing(name, "not a ground of this refusal");
        }
    }
    super::delivery::facts(store, &request.id, lang, &mut f)?;
    Ok(f)
}

/// The latest kept search: when, how many files, how many confirmed, and its two tables.
fn search_facts(
    store: &Store,
    request: &Request,
    lang: Language,
    zone: crate::office::OfficeZone,
    f: &mut Facts,
) -> Result<()> {
    let Some(search) = store.latest_search(&request.id)? else {
        let why = "search the office's sources for this request first";
        for name in ["search_date", "sources_searched", "confirmed_count"] {
            f.missing(name, why);
        }
        return Ok(());
    };
    f.set(
        "search_date",
        words::date(zone.local(search.at).date_naive(), lang),
    );
    f.set("sources_searched", search.searched.len().to_string());
    let confirmed: Vec<_> = search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
        .collect();
    f.set("confirmed_count", confirmed.len().to_string());
    let confirmed_in = |source: &str, file: &str| {
        confirmed
            .iter()
            .filter(|h| h.hit.source == source && h.hit.file == file)
            .count()
    };
    f.table(
        "search_record",
        Table {
            columns: vec![
                ("No.".into(), 0.07),
                (
                    lang.pick("Berkas yang diperiksa", "File searched").into(),
                    0.45,
                ),
                (lang.pick("Catatan", "Records").into(), 0.14),
                (lang.pick("Data pemohon", "Yours").into(), 0.14),
                (lang.pick("Keterangan", "Note").into(), 0.20),
            ],
            rows: search
                .searched
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let note = match &s.error {
                        Some(_) => lang.pick("tidak terbaca", "could not be read").to_string(),
                        None if s.strong + s.possible > 0
                            && confirmed_in(&s.source, &s.file) == 0 =>
                        {
                            lang.pick("temuan bukan milik pemohon", "matches not yours")
                                .to_string()
                        }
                        None => "-".to_string(),
                    };
                    vec![
                        (i + 1).to_string(),
                        s.file.clone(),
                        s.records.to_string(),
                        confirmed_in(&s.source, &s.file).to_string(),
                        note,
                    ]
                })
                .collect(),
        },
    );
    f.table(
        "confirmed_records",
        Table {
            columns: vec![
                ("No.".into(), 0.07),
                (
                    lang.pick("Letak catatan", "Where the record is").into(),
                    0.53,
                ),
                (lang.pick("Kecocokan", "Match").into(), 0.14),
                (lang.pick("Dikonfirmasi", "Confirmed").into(), 0.26),
            ],
            rows: confirmed
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let class = if h.hit.class == HitClass::Strong {
                        lang.pick("kuat", "strong")
                    } else {
                        lang.pick("mungkin", "possible")
                    };
                    let by = match (&h.decided_by, h.decided_at) {
                        (Some(by), Some(at)) => {
                            format!("{by}, {}", words::date(zone.local(at).date_naive(), lang))
                        }
                        _ => "-".into(),
                    };
                    vec![
                        (i + 1).to_string(),
                        place(&h.hit.file, &h.hit.locator, lang),
                        class.to_string(),
                        by,
                    ]
                })
                .collect(),
        },
    );
    Ok(())
}
