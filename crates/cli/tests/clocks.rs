//! The clocks on the command line: `deadline`, `calendar` and `request pause|resume|extend`, run
//! as the real `pdpdesk` binary on a temporary data directory.

use crate::support;

use serde_json::Value;
use support::Desk;

fn codes(clocks: &Value) -> Vec<String> {
    clocks["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn deadline_gives_both_clocks_and_warns_when_the_law_comes_first() {
    let d = Desk::new();
    // Tue 17 Mar 2026, 5 days: Wed 18–Tue 24 closed (Nyepi, Idulfitri), Wed 25 … Tue 31 (5).
    let c = d.json(&[
        "deadline",
        "--received",
        "2026-03-17T10:00:00+07:00",
        "--right",
        "access",
        "--days",
        "5",
        "--now",
        "2026-03-18T09:00:00+07:00",
    ]);
    assert_eq!(c["policy_due"], "2026-03-31");
    assert_eq!(c["policy_ends_at"], "2026-03-31T23:59:59+07:00");
    assert_eq!(c["statutory_due"], "2026-03-20T10:00:00+07:00");
    assert_eq!(c["stricter"], "statutory");
    assert_eq!(codes(&c), ["policy_after_statutory"]);
    assert_eq!(c["remaining_working_days"], 5, "Wed 25 … Tue 31");
    assert_eq!(c["remaining_hours"], 49, "Wed 09:00 → Fri 10:00");
}

#[test]
fn deadline_takes_its_defaults_from_the_office_profile_and_flags_override_them() {
    let d = Desk::new();
    d.json(&["office", "set", "--time-zone", "WIT", "--policy-days", "3"]);
    // Fri 20 Mar 2026 (CB) on the WIT clock: Mon 23–Tue 24 CB, Wed 25 (1), Thu 26 (2), Fri 27 (3).
    let c = d.json(&[
        "deadline",
        "--received",
        "2026-03-20 09:00",
        "--right",
        "deletion",
    ]);
    assert_eq!(c["received_at"], "2026-03-20T09:00:00+09:00");
    assert_eq!(c["policy_due"], "2026-03-27");
    assert_eq!(
        c["statutory_due"],
        Value::Null,
        "deletion has no statutory clock"
    );
    assert_eq!(c["stricter"], "policy");
    // Without cuti bersama and with 2 days on the WIB clock: Mon 23 (1), Tue 24 (2).
    let c = d.json(&[
        "deadline",
        "--received",
        "2026-03-20 09:00",
        "--right",
        "deletion",
        "--no-cuti-bersama",
        "--days",
        "2",
        "--tz",
        "WIB",
    ]);
    assert_eq!(c["received_at"], "2026-03-20T09:00:00+07:00");
    assert_eq!(c["policy_due"], "2026-03-24");
    let err = d.refused(
        &["deadline", "--received", "2026-03-20", "--right", "access"],
        2,
    );
    assert_eq!(
        err["field"], "received_at",
        "a date alone is not an instant"
    );
}

#[test]
fn a_due_date_beyond_the_known_years_is_a_warning() {
    let d = Desk::new();
    let c = d.json(&[
        "deadline",
        "--received",
        "2027-12-13T10:00:00+07:00",
        "--right",
        "portability",
        "--days",
        "30",
    ]);
    assert!(c["policy_due"].as_str().unwrap().starts_with("2028-"));
    let warnings = c["warnings"].as_array().unwrap();
    let uncovered = warnings
        .iter()
        .find(|w| w["code"] == "year_not_covered")
        .expect("2028 has no holiday table: the date must not be a silent guess");
    assert_eq!(uncovered["year"], 2028);
}

#[test]
fn the_calendar_lists_a_year_with_the_office_entries() {
    let d = Desk::new();
    let year = d.json(&["calendar", "2026"]);
    assert_eq!(year["days"].as_array().unwrap().len(), 25, "17 LN + 8 CB");
    assert_eq!(year["working_days"], 240);
    let added = d.json(&[
        "calendar",
        "add",
        "2026-06-17",
        "--name",
        "Galungan",
        "--kind",
        "regional",
    ]);
    assert_eq!(added["kind"], "regional");
    let year = d.json(&["calendar", "2026"]);
    let galungan = year["days"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["date"] == "2026-06-17")
        .expect("the office's entry is listed with the national days")
        .clone();
    assert_eq!(galungan["kind"], "regional");
    assert_eq!(galungan["closes_office"], true);
    assert_eq!(year["working_days"], 239, "Galungan takes a Wednesday away");
    let twice = d.refused(&["calendar", "add", "2026-06-17", "--name", "x"], 4);
    assert_eq!(
        twice["code"], "calendar_clash",
        "a date taken has its own code"
    );
    let bad = d.refused(&["calendar", "add", "17-06-2026", "--name", "x"], 2);
    assert_eq!(bad["field"], "date");
    d.json(&["calendar", "remove", "2026-06-17"]);
    let gone = d.refused(&["calendar", "remove", "2026-06-17"], 3);
    assert_eq!(gone["code"], "calendar_entry_not_found");
}

#[test]
fn an_ics_file_is_imported_and_broken_ones_are_refused_with_file_and_line() {
    let d = Desk::new();
    let good = d.write(
        "kantor.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261228\r\n\
         DTEND;VALUE=DATE:20261231\r\nSUMMARY:Tutup akhir tahun\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let import = d.json(&["calendar", "import", &good]);
    let added: Vec<&str> = import["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        added,
        ["2026-12-28", "2026-12-29", "2026-12-30"],
        "DTEND is exclusive"
    );
    // Wed 23 Dec 2026, 1 day: Thu 24 CB, Fri 25 LN, Mon 28–Wed 30 closed, Thu 31 (1).
    let c = d.json(&[
        "deadline",
        "--received",
        "2026-12-23T10:00:00+07:00",
        "--right",
        "deletion",
        "--days",
        "1",
    ]);
    assert_eq!(c["policy_due"], "2026-12-31");

    let truncated = d.write(
        "putus.ics",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260526\nSUMMARY:Galu",
    );
    let err = d.refused(&["calendar", "import", &truncated], 2);
    let message = err["message"].as_str().unwrap();
    assert_eq!(err["code"], "file_error");
    assert!(
        message.contains("putus.ics")
            && message.contains("line 4")
            && message.contains("truncated"),
        "{message}"
    );
    let mail = d.write(
        "surat.ics",
        "From: ayu@example.com\nSubject: libur\n\nhalo\n",
    );
    let err = d.refused(&["calendar", "import", &mail], 2);
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("surat.ics")
            && message.contains("line 1")
            && message.contains("not an iCalendar file"),
        "{message}"
    );
}

#[test]
fn pause_resume_and_extend_move_the_clocks_and_enter_the_history() {
    let d = Desk::new();
    let created = d.json(&[
        "request",
        "new",
        "--name",
        "Made Wirawan",
        "--email",
        "made@example.com",
        "--right",
        "access",
        "--channel",
        "email",
        "--received",
        "2026-03-02T10:00:00+07:00",
    ]);
    let id = created["id"].as_str().unwrap();
    let before = d.json(&["deadline", id]);
    // 30 working days from Mon 2 Mar 2026: 3–17 Mar (11), 18–24 closed, 25 Mar–2 Apr (18),
    // Fri 3 LN, 6–17 Apr (28), Mon 20 (29), Tue 21 (30).
    assert_eq!(before["policy_due"], "2026-04-21");
    let paused = d.json(&["request", "pause", id, "--reason", "waiting for the KTP"]);
    assert_eq!(paused["paused"], true);
    assert!(codes(&paused).contains(&"paused".to_string()));
    let again = d.refused(&["request", "pause", id, "--reason", "twice"], 4);
    assert_eq!(again["code"], "clock_refused");
    let resumed = d.json(&["request", "resume", id, "--reason", "KTP received"]);
    assert_eq!(resumed["paused"], false);
    let not_paused = d.refused(&["request", "resume", id, "--reason", "again"], 4);
    assert_eq!(not_paused["code"], "clock_refused");
    let holiday = d.refused(
        &[
            "request",
            "extend",
            id,
            "--until",
            "2027-03-10",
            "--reason",
            "archive",
        ],
        2,
    );
    assert_eq!(holiday["reason"], "not_working_day", "Idulfitri 1448 H");
    let extended = d.json(&[
        "request",
        "extend",
        id,
        "--until",
        "2027-03-16",
        "--reason",
        "the archive is in storage",
    ]);
    assert_eq!(extended["extended"], true);
    assert_eq!(extended["policy_due"], "2027-03-16");
    let missing_reason = d.run(&["request", "pause", id]);
    assert_eq!(
        missing_reason.status.code(),
        Some(2),
        "--reason is required"
    );
    let history = d.json(&["request", "show", id]);
    let kinds: Vec<&str> = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["created", "pause", "resume", "extension"]);
    let shown = d.run(&["request", "show", id]);
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(
        text.contains("pause: waiting for the KTP"),
        "the history names the clock change: {text}"
    );
}
