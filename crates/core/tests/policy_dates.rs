//! The policy window's due date for receipt dates across 2025–2027, each worked out by hand from
//! the SKB tables in legal.md §3 and a wall calendar. The comment above each case is the count:
//! the day of receipt never counts, "(n)" marks the n-th working day, LN/CB name the decree's days.
//! Times are on the office's clock unless written in UTC (`Z`).

use chrono::{DateTime, Utc};
use pdp_core::deadline::calendar::{parse_date, CalendarEntry, EntryKind, WorkCalendar};
use pdp_core::deadline::policy::Pause;
use pdp_core::deadline::{ClockRules, Timeline};
use pdp_core::office::OfficeZone;
use pdp_core::register::parse_instant;
use pdp_core::vocabulary::Right;

const WIB: OfficeZone = OfficeZone::Jakarta;
const WITA: OfficeZone = OfficeZone::Makassar;
const WIT: OfficeZone = OfficeZone::Jayapura;
/// The office closes on cuti bersama days (the default).
const CB: bool = true;
/// The office works on cuti bersama days.
const NO_CB: bool = false;

struct Case {
    received: &'static str,
    zone: OfficeZone,
    days: u32,
    cuti_bersama: bool,
    closures: &'static [&'static str],
    /// (start, end) on the office clock; an empty end is a pause still running at `now`.
    pauses: &'static [(&'static str, &'static str)],
    now: &'static str,
    due: &'static str,
}

const fn c(
    received: &'static str,
    zone: OfficeZone,
    days: u32,
    cuti_bersama: bool,
    due: &'static str,
) -> Case {
    Case {
        received,
        zone,
        days,
        cuti_bersama,
        closures: &[],
        pauses: &[],
        now: "2028-12-31 12:00",
        due,
    }
}

impl Case {
    /// The same case with office closures on these days.
    const fn closed(self, closures: &'static [&'static str]) -> Case {
        Case { closures, ..self }
    }

    /// The same case with these pauses.
    const fn paused(self, pauses: &'static [(&'static str, &'static str)]) -> Case {
        Case { pauses, ..self }
    }

    /// The same case looked at on `now` (for a pause that is still running).
    const fn at(self, now: &'static str) -> Case {
        Case { now, ..self }
    }
}

const CASES: &[Case] = &[
    // ── 2025 ──
    // Thu 27 Mar: Fri 28 CB, Sat 29 Nyepi, Mon 31–Tue 1 Apr Idulfitri LN, Wed 2–Fri 4 and Mon 7 CB; Tue 8 (1), Wed 9, Thu 10, Fri 11, Mon 14 (5).
    c("2025-03-27 10:00", WIB, 5, CB, "2025-04-14"),
    // Same without cuti bersama: Fri 28 (1), Mon 31–Tue 1 LN, Wed 2 (2), Thu 3 (3), Fri 4 (4), Mon 7 (5).
    c("2025-03-27 10:00", WIB, 5, NO_CB, "2025-04-07"),
    // 16:30Z = Wed 26 Mar 23:30 WIB: Thu 27 (1), then Fri 28 … Mon 7 Apr closed, Tue 8 (2), Wed 9 (3).
    c("2025-03-26T16:30:00Z", WIB, 3, CB, "2025-04-09"),
    // 16:30Z = Thu 27 Mar 01:30 WIT, so Thu 27 is the day of receipt: Tue 8 (1), Wed 9 (2), Thu 10 (3).
    c("2025-03-26T16:30:00Z", WIT, 3, CB, "2025-04-10"),
    // Mon 17 Mar, 30 days: 18–21 (4), 24–27 (8), 28 Mar–7 Apr closed, 8–11 (12), 14–17 (16), Fri 18 LN Wafat Yesus, 21–25 (21), 28–30 (24), Thu 1 May LN, Fri 2 (25), 5–9 (30).
    c("2025-03-17 09:00", WIB, 30, CB, "2025-05-09"),
    // Tue 23 Dec: Wed 24 (1), Thu 25 LN, Fri 26 CB, Mon 29 (2), Tue 30 (3), Wed 31 (4), Thu 1 Jan LN, Fri 2 Jan 2026 (5).
    c("2025-12-23 09:00", WITA, 5, CB, "2026-01-02"),
    // Same without cuti bersama: Wed 24 (1), Fri 26 (2), Mon 29 (3), Tue 30 (4), Wed 31 (5).
    c("2025-12-23 09:00", WITA, 5, NO_CB, "2025-12-31"),
    // Tue 31 Dec 2024: Wed 1 Jan 2025 LN, Thu 2 (1), Fri 3 (2), Mon 6 (3).
    c("2024-12-31 10:00", WIB, 3, CB, "2025-01-06"),
    // Fri 24 Jan: Mon 27 LN Isra Mikraj, Tue 28 CB Imlek, Wed 29 LN Imlek, Thu 30 (1), Fri 31 (2), Mon 3 Feb (3).
    c("2025-01-24 14:00", WIB, 3, CB, "2025-02-03"),
    // Same without cuti bersama: Mon 27 LN, Tue 28 (1), Wed 29 LN, Thu 30 (2), Fri 31 (3).
    c("2025-01-24 14:00", WIB, 3, NO_CB, "2025-01-31"),
    // Fri 9 May: Mon 12 LN Waisak, Tue 13 CB, Wed 14 (1), Thu 15 (2), Fri 16 (3), Mon 19 (4), Tue 20 (5).
    c("2025-05-09 10:00", WIB, 5, CB, "2025-05-20"),
    // Same without cuti bersama: Mon 12 LN, Tue 13 (1), Wed 14 (2), Thu 15 (3), Fri 16 (4), Mon 19 (5).
    c("2025-05-09 10:00", WIB, 5, NO_CB, "2025-05-19"),
    // Wed 28 May: Thu 29 LN Kenaikan, Fri 30 CB, Mon 2 Jun (1), Tue 3 (2), Wed 4 (3).
    c("2025-05-28 10:00", WIB, 3, CB, "2025-06-04"),
    // Thu 5 Jun: Fri 6 LN Iduladha, Mon 9 CB, Tue 10 (1), Wed 11 (2), Thu 12 (3).
    c("2025-06-05 10:00", WIT, 3, CB, "2025-06-12"),
    // Fri 15 Aug 16:00: Mon 18 CB HUT RI, Tue 19 (1), Wed 20 (2).
    c("2025-08-15 16:00", WIB, 2, CB, "2025-08-20"),
    // Same without cuti bersama: Mon 18 (1), Tue 19 (2).
    c("2025-08-15 16:00", WIB, 2, NO_CB, "2025-08-19"),
    // Thu 4 Sep: Fri 5 LN Maulid, Mon 8 (1).
    c("2025-09-04 10:00", WIB, 1, CB, "2025-09-08"),
    // Received on Saturday 6 Sep: Mon 8 (1).
    c("2025-09-06 10:00", WIB, 1, CB, "2025-09-08"),
    // Received Sunday 7 Sep 23:30: Mon 8 (1).
    c("2025-09-07 23:30", WITA, 1, CB, "2025-09-08"),
    // Tue 22 Apr, paused Thu 24 13:00 to Tue 29 09:00: Wed 23 (1), Thu 24–Tue 29 paused, Wed 30 (2), Thu 1 May LN, Fri 2 (3), Mon 5 (4), Tue 6 (5).
    c("2025-04-22 10:00", WIT, 5, CB, "2025-05-06")
        .paused(&[("2025-04-24 13:00", "2025-04-29 09:00")]),
    // ── 2026 ──
    // Tue 17 Mar: Wed 18 CB Nyepi, Thu 19 LN Nyepi, Fri 20 CB, Sat 21–Sun 22 Idulfitri, Mon 23–Tue 24 CB; Wed 25 (1), Thu 26, Fri 27, Mon 30, Tue 31 (5).
    c("2026-03-17 10:00", WIB, 5, CB, "2026-03-31"),
    // Same without cuti bersama: Wed 18 (1), Thu 19 LN, Fri 20 (2), Mon 23 (3), Tue 24 (4), Wed 25 (5).
    c("2026-03-17 10:00", WIB, 5, NO_CB, "2026-03-25"),
    // 15:30Z = Mon 16 Mar 22:30 WIB: Tue 17 (1), Wed 18–Tue 24 closed, Wed 25 (2), Thu 26 (3).
    c("2026-03-16T15:30:00Z", WIB, 3, CB, "2026-03-26"),
    // 15:30Z = Mon 16 Mar 23:30 WITA: still Monday, the same count.
    c("2026-03-16T15:30:00Z", WITA, 3, CB, "2026-03-26"),
    // 15:30Z = Tue 17 Mar 00:30 WIT: Tue 17 is the day of receipt; Wed 25 (1), Thu 26 (2), Fri 27 (3).
    c("2026-03-16T15:30:00Z", WIT, 3, CB, "2026-03-27"),
    // Received Fri 20 Mar (a CB day): Mon 23–Tue 24 CB, Wed 25 (1), Thu 26 (2), Fri 27 (3).
    c("2026-03-20 09:00", WIB, 3, CB, "2026-03-27"),
    // Same without cuti bersama: Mon 23 (1), Tue 24 (2), Wed 25 (3).
    c("2026-03-20 09:00", WIB, 3, NO_CB, "2026-03-25"),
    // Received Sat 21 Mar, Idulfitri: Mon 23–Tue 24 CB, Wed 25 (1).
    c("2026-03-21 10:00", WITA, 1, CB, "2026-03-25"),
    // Tue 17 Mar 00:00: the day of receipt is Tue 17; Wed 18–Tue 24 closed, Wed 25 (1).
    c("2026-03-17 00:00", WIB, 1, CB, "2026-03-25"),
    // Mon 16 Mar 23:59:59: the last second of Monday; Tue 17 (1).
    c("2026-03-16T23:59:59+07:00", WIB, 1, CB, "2026-03-17"),
    // Mon 2 Mar, 30 days: 3–6 (4), 9–13 (9), 16–17 (11), 18–24 closed, 25–27 (14), 30 Mar–2 Apr (18), Fri 3 LN, 6–10 (23), 13–17 (28), Mon 20 (29), Tue 21 (30).
    c("2026-03-02 10:00", WITA, 30, CB, "2026-04-21"),
    // Same without cuti bersama: Wed 18 (12), Thu 19 LN, Fri 20 (13), 23–27 (18), 30 Mar–2 Apr (22), Fri 3 LN, 6–10 (27), 13–15 (30).
    c("2026-03-02 10:00", WITA, 30, NO_CB, "2026-04-15"),
    // Fri 13 Feb: Mon 16 CB Imlek, Tue 17 LN Imlek, Wed 18 (1), Thu 19 (2), Fri 20 (3).
    c("2026-02-13 10:00", WIB, 3, CB, "2026-02-20"),
    // Same without cuti bersama: Mon 16 (1), Tue 17 LN, Wed 18 (2), Thu 19 (3).
    c("2026-02-13 10:00", WIB, 3, NO_CB, "2026-02-19"),
    // Thu 15 Jan: Fri 16 LN Isra Mikraj, Mon 19 (1).
    c("2026-01-15 10:00", WIB, 1, CB, "2026-01-19"),
    // Thu 2 Apr: Fri 3 LN Wafat Yesus, Mon 6 (1), Tue 7 (2).
    c("2026-04-02 10:00", WIB, 2, CB, "2026-04-07"),
    // Wed 13 May: Thu 14 LN Kenaikan, Fri 15 CB, Mon 18 (1), Tue 19 (2), Wed 20 (3).
    c("2026-05-13 10:00", WIB, 3, CB, "2026-05-20"),
    // Tue 26 May: Wed 27 LN Iduladha, Thu 28 CB, Fri 29 (1), Mon 1 Jun LN Pancasila, Tue 2 (2), Wed 3 (3), Thu 4 (4), Fri 5 (5).
    c("2026-05-26 10:00", WIB, 5, CB, "2026-06-05"),
    // Same without cuti bersama: Thu 28 (1), Fri 29 (2), Mon 1 Jun LN, Tue 2 (3), Wed 3 (4), Thu 4 (5).
    c("2026-05-26 10:00", WIB, 5, NO_CB, "2026-06-04"),
    // Mon 15 Jun: Tue 16 LN 1 Muharam, Wed 17 (1), Thu 18 (2).
    c("2026-06-15 10:00", WITA, 2, CB, "2026-06-18"),
    // Fri 14 Aug 18:00: Mon 17 LN Proklamasi, Tue 18 (1), Wed 19 (2).
    c("2026-08-14 18:00", WIB, 2, CB, "2026-08-19"),
    // Received Sat 22 Aug: Mon 24 (1), Tue 25 LN Maulid, Wed 26 (2).
    c("2026-08-22 10:00", WIB, 2, CB, "2026-08-26"),
    // Wed 23 Dec: Thu 24 CB, Fri 25 LN Natal, Mon 28 (1), Tue 29 (2), Wed 30 (3).
    c("2026-12-23 10:00", WIB, 3, CB, "2026-12-30"),
    // Wed 30 Dec 16:00: Thu 31 (1), Fri 1 Jan 2027 LN, Mon 4 (2), Tue 5 LN Isra Mikraj, Wed 6 (3).
    c("2026-12-30 16:00", WITA, 3, CB, "2027-01-06"),
    // Thu 31 Dec 23:30: Fri 1 Jan LN, Mon 4 (1).
    c("2026-12-31 23:30", WIB, 1, CB, "2027-01-04"),
    // 15:30Z = Wed 30 Dec 22:30 WIB: Thu 31 (1), Fri 1 Jan LN, Mon 4 (2).
    c("2026-12-30T15:30:00Z", WIB, 2, CB, "2027-01-04"),
    // 15:30Z = Thu 31 Dec 00:30 WIT: Fri 1 Jan LN, Mon 4 (1), Tue 5 LN, Wed 6 (2).
    c("2026-12-30T15:30:00Z", WIT, 2, CB, "2027-01-06"),
    // Thu 31 Dec 10:00 WIT: Fri 1 Jan LN, Mon 4 (1), Tue 5 LN, Wed 6 (2), Thu 7 (3).
    c("2026-12-31 10:00", WIT, 3, CB, "2027-01-07"),
    // Office closures (Bali).
    // Mon 15 Jun, Galungan closure Wed 17: Tue 16 LN, Wed 17 closed, Thu 18 (1), Fri 19 (2), Mon 22 (3).
    c("2026-06-15 10:00", WITA, 3, CB, "2026-06-22").closed(&["2026-06-17"]),
    // Wed 23 Dec, year-end closure Mon 28: Thu 24 CB, Fri 25 LN, Mon 28 closed, Tue 29 (1), Wed 30 (2), Thu 31 (3).
    c("2026-12-23 10:00", WIB, 3, CB, "2026-12-31").closed(&["2026-12-28"]),
    // Thu 5 Mar, a closure on Sat 7 takes nothing away: Fri 6 (1), Mon 9 (2).
    c("2026-03-05 10:00", WIB, 2, CB, "2026-03-09").closed(&["2026-03-07"]),
    // Fri 20 Mar, no cuti bersama but closed Mon 23: Mon 23 closed, Tue 24 (1), Wed 25 (2).
    c("2026-03-20 09:00", WIB, 2, NO_CB, "2026-03-25").closed(&["2026-03-23"]),
    // Pauses.
    // Mon 9 Feb, paused Wed 11 14:00 to Fri 13 09:00: Tue 10 (1), Wed 11–Fri 13 paused, Mon 16 CB, Tue 17 LN, Wed 18 (2), Thu 19, Fri 20, Mon 23 (5).
    c("2026-02-09 10:00", WIB, 5, CB, "2026-02-23")
        .paused(&[("2026-02-11 14:00", "2026-02-13 09:00")]),
    // Mon 9 Mar, paused over Idulfitri Thu 12 10:00 to Wed 25 08:00: Tue 10 (1), Wed 11 (2), Thu 12–Wed 25 paused, Thu 26 (3), Fri 27 (4), Mon 30 (5).
    c("2026-03-09 10:00", WITA, 5, CB, "2026-03-30")
        .paused(&[("2026-03-12 10:00", "2026-03-25 08:00")]),
    // Tue 1 Sep, paused and resumed on Wed 2: Wed 2 is lost; Thu 3 (1), Fri 4 (2), Mon 7 (3).
    c("2026-09-01 10:00", WIB, 3, CB, "2026-09-07")
        .paused(&[("2026-09-02 09:00", "2026-09-02 15:00")]),
    // Mon 5 Oct, paused Tue 6–Wed 7 and Fri 9 16:00 to Mon 12 00:00 (midnight: Mon counts): Thu 8 (1), Mon 12 (2), Tue 13, Wed 14, Thu 15 (5).
    c("2026-10-05 10:00", WIB, 5, CB, "2026-10-15").paused(&[
        ("2026-10-06 11:00", "2026-10-07 10:00"),
        ("2026-10-09 16:00", "2026-10-12 00:00"),
    ]),
    // Mon 4 May, paused Wed 6 09:00 and still paused Fri 8 15:00: Tue 5 (1); if work resumes today, Mon 11 (2), Tue 12 (3), Wed 13 (4), Thu 14 LN, Fri 15 CB, Mon 18 (5).
    c("2026-05-04 10:00", WIB, 5, CB, "2026-05-18")
        .paused(&[("2026-05-06 09:00", "")])
        .at("2026-05-08 15:00"),
    // Mon 7 Dec WIT, paused 15:30Z Tue 8 (Wed 9 00:30 WIT) to 08:00Z Wed 9 (17:00 WIT): only Wed 9 lost; Tue 8 (1), Thu 10 (2), Fri 11 (3).
    c("2026-12-07 10:00", WIT, 3, CB, "2026-12-11")
        .paused(&[("2026-12-08T15:30:00Z", "2026-12-09T08:00:00Z")]),
    // The same instants in WIB (Tue 8 22:30 to Wed 9 15:00): Tue 8 and Wed 9 lost; Thu 10 (1), Fri 11 (2), Mon 14 (3).
    c("2026-12-07 08:00", WIB, 3, CB, "2026-12-14")
        .paused(&[("2026-12-08T15:30:00Z", "2026-12-09T08:00:00Z")]),
    // Mon 15 Jun, Galungan closure Wed 17 and paused Thu 18 09:00 to Fri 19 12:00: Tue 16 LN, Wed 17 closed, Thu 18–Fri 19 paused, Mon 22 (1), Tue 23 (2), Wed 24 (3).
    c("2026-06-15 10:00", WITA, 3, CB, "2026-06-24")
        .closed(&["2026-06-17"])
        .paused(&[("2026-06-18 09:00", "2026-06-19 12:00")]),
    // ── 2027 (medium-confidence table) ──
    // Fri 5 Mar: Mon 8 LN Nyepi, Tue 9 CB, Wed 10–Thu 11 LN Idulfitri, Fri 12 and Mon 15 CB, Tue 16 (1), Wed 17, Thu 18, Fri 19, Mon 22 (5).
    c("2027-03-05 10:00", WIB, 5, CB, "2027-03-22"),
    // Same without cuti bersama: Mon 8 LN, Tue 9 (1), Wed 10–Thu 11 LN, Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5).
    c("2027-03-05 10:00", WIB, 5, NO_CB, "2027-03-17"),
    // Mon 1 Mar, paused Wed 3 10:00 to Thu 4 16:00: Tue 2 (1), Wed 3–Thu 4 paused, Fri 5 (2), Mon 8–Mon 15 closed, Tue 16 (3), Wed 17 (4), Thu 18 (5).
    c("2027-03-01 10:00", WITA, 5, CB, "2027-03-18")
        .paused(&[("2027-03-03 10:00", "2027-03-04 16:00")]),
    // Wed 24 Mar: Thu 25 CB, Fri 26 LN Wafat Yesus, Mon 29 (1), Tue 30 (2), Wed 31 (3).
    c("2027-03-24 10:00", WITA, 3, CB, "2027-03-31"),
    // Thu 4 Feb: Fri 5 CB Imlek, Mon 8 (1).
    c("2027-02-04 10:00", WIT, 1, CB, "2027-02-08"),
    // Wed 5 May: Thu 6 LN Kenaikan, Fri 7 (1), Mon 10 (2).
    c("2027-05-05 10:00", WIB, 2, CB, "2027-05-10"),
    // Fri 14 May: Mon 17 LN Iduladha, Tue 18 CB, Wed 19 CB, Thu 20 LN Waisak, Fri 21 (1), Mon 24 (2), Tue 25 (3).
    c("2027-05-14 10:00", WIB, 3, CB, "2027-05-25"),
    // Same without cuti bersama: Mon 17 LN, Tue 18 (1), Wed 19 (2), Thu 20 LN, Fri 21 (3).
    c("2027-05-14 10:00", WIB, 3, NO_CB, "2027-05-21"),
    // Mon 16 Aug 23:30: Tue 17 LN Proklamasi, Wed 18 (1).
    c("2027-08-16 23:30", WIB, 1, CB, "2027-08-18"),
    // Thu 23 Dec 23:30: Fri 24 CB Natal, Mon 27 (1), Tue 28 (2), Wed 29 (3).
    c("2027-12-23 23:30", WITA, 3, CB, "2027-12-29"),
    // Wed 29 Dec into 2028 (no table; weekdays only): Thu 30 (1), Fri 31 (2), Mon 3 Jan 2028 (3).
    c("2027-12-29 10:00", WIB, 3, CB, "2028-01-03"),
];

fn instant(text: &str, zone: OfficeZone) -> DateTime<Utc> {
    parse_instant("received", text, zone).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn due_of(case: &Case) -> String {
    let z = case.zone;
    let closures = case.closures.iter().map(|d| {
        let date = parse_date("date", d).unwrap();
        CalendarEntry::new(date, EntryKind::Closure, "Tutup kantor").unwrap()
    });
    let rules = ClockRules {
        zone: z,
        policy_days: case.days,
        calendar: WorkCalendar::new(case.cuti_bersama, closures),
    };
    let mut timeline = Timeline::received(instant(case.received, z), &[Right::Deletion]);
    timeline.pauses = case
        .pauses
        .iter()
        .map(|(from, to)| Pause {
            started_at: instant(from, z),
            started_by: "Ayu".into(),
            reason: "waiting for proof of identity".into(),
            ended_at: (!to.is_empty()).then(|| instant(to, z)),
            ended_by: None,
            end_reason: None,
        })
        .collect();
    let clocks = rules
        .clocks(&timeline, instant(case.now, z))
        .unwrap_or_else(|e| panic!("{}: {e}", case.received));
    clocks.policy_due.to_string()
}

#[test]
fn due_dates_match_the_hand_count() {
    assert!(
        CASES.len() >= 50,
        "the issue asks for at least 50 receipt dates"
    );
    let wrong: Vec<String> = CASES
        .iter()
        .filter_map(|case| {
            let got = due_of(case);
            (got != case.due).then(|| {
                format!(
                    "received {} ({}), {} days: expected {}, computed {got}",
                    case.received,
                    case.zone.abbreviation(),
                    case.days,
                    case.due
                )
            })
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} due dates differ from the hand count:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_cases_cover_every_zone_year_and_setting() {
    for zone in OfficeZone::ALL {
        assert!(
            CASES.iter().any(|c| c.zone == zone),
            "{} needs cases",
            zone.abbreviation()
        );
    }
    for year in ["2025", "2026", "2027"] {
        assert!(
            CASES
                .iter()
                .filter(|c| c.received.starts_with(year))
                .count()
                >= 10,
            "{year} needs at least ten receipts"
        );
    }
    assert!(CASES.iter().any(|c| !c.cuti_bersama) && CASES.iter().any(|c| !c.pauses.is_empty()));
    assert!(CASES.iter().any(|c| !c.closures.is_empty()));
}
