//! Both clocks together: which one comes first, the warnings, and what remains at `now`.

use super::*;
use chrono::TimeZone;

fn wib(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    OfficeZone::Jakarta
        .offset()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn rules(days: u32) -> ClockRules {
    ClockRules {
        zone: OfficeZone::Jakarta,
        policy_days: days,
        calendar: WorkCalendar::new(true, []),
    }
}

fn codes(c: &Clocks) -> Vec<WarningCode> {
    c.warnings.iter().map(|w| w.code).collect()
}

#[test]
fn a_long_policy_window_puts_the_statutory_clock_first_with_a_warning() {
    // Access received Mon 2 Nov 2026 09:00 WIB: the law's clock ends Thu 5 Nov 09:00, the 30-day
    // window weeks later.
    let received = wib(2026, 11, 2, 9, 0);
    let c = rules(30)
        .clocks(&Timeline::received(received, &[Right::Access]), received)
        .unwrap();
    assert_eq!(
        c.statutory_due.unwrap().to_rfc3339(),
        "2026-11-05T09:00:00+07:00"
    );
    assert_eq!(c.stricter, ClockKind::Statutory);
    assert_eq!(codes(&c), [WarningCode::PolicyAfterStatutory]);
    assert_eq!(c.remaining_hours, Some(72));
    assert_eq!(c.statutory_rights, [Right::Access]);
}

#[test]
fn a_short_policy_window_stays_first_without_a_warning() {
    // One working day: received Mon 2 Nov 2026 09:00, due Tue 3 Nov 23:59:59, before Thu 09:00.
    let received = wib(2026, 11, 2, 9, 0);
    let c = rules(1)
        .clocks(
            &Timeline::received(received, &[Right::Correction]),
            received,
        )
        .unwrap();
    assert_eq!(c.policy_due.to_string(), "2026-11-03");
    assert_eq!(c.stricter, ClockKind::Policy);
    assert!(
        c.warnings.is_empty(),
        "nothing to warn about: {:?}",
        c.warnings
    );
}

#[test]
fn rights_without_a_statutory_clock_show_only_the_policy_window() {
    let received = wib(2026, 11, 2, 9, 0);
    let c = rules(30)
        .clocks(
            &Timeline::received(received, &[Right::Deletion, Right::Portability]),
            received,
        )
        .unwrap();
    assert_eq!(c.statutory_due, None);
    assert_eq!(c.remaining_hours, None);
    assert_eq!(c.stricter, ClockKind::Policy);
    assert!(!c.statutory_overdue);
}

#[test]
fn remaining_time_and_overdue_follow_now() {
    // Access received Mon 2 Nov 2026 09:00; 10 working days → Mon 16 Nov.
    let received = wib(2026, 11, 2, 9, 0);
    let t = Timeline::received(received, &[Right::Access]);
    let at_thu = rules(10).clocks(&t, wib(2026, 11, 5, 9, 30)).unwrap();
    assert_eq!(at_thu.policy_due.to_string(), "2026-11-16");
    assert_eq!(
        at_thu.remaining_working_days, 7,
        "Fri 6, Mon 9 … Fri 13 and Mon 16 remain after Thu 5"
    );
    assert_eq!(
        at_thu.remaining_hours,
        Some(-1),
        "the 72 hours ended Thu 09:00; half an hour late is already one hour into the red"
    );
    assert!(at_thu.statutory_overdue && !at_thu.policy_overdue);
    let late = rules(10).clocks(&t, wib(2026, 11, 18, 8, 0)).unwrap();
    assert_eq!(late.remaining_working_days, -2, "Tue 17 and Wed 18 late");
    assert!(late.policy_overdue);
}

#[test]
fn a_window_into_an_uncovered_year_warns_and_never_guesses_silently() {
    // Received Mon 13 Dec 2027 10:00: 30 working days reach into 2028, for which no table exists.
    let received = wib(2027, 12, 13, 10, 0);
    let c = rules(30)
        .clocks(&Timeline::received(received, &[Right::Deletion]), received)
        .unwrap();
    assert_eq!(c.policy_due.year(), 2028);
    let uncovered: Vec<&ClockWarning> = c
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::YearNotCovered)
        .collect();
    assert_eq!(uncovered.len(), 1, "{:?}", c.warnings);
    assert_eq!(uncovered[0].year, Some(2028));
    assert!(
        uncovered[0].message.contains("2025–2027"),
        "the message says which years are known: {}",
        uncovered[0].message
    );
    assert!(
        codes(&c).contains(&WarningCode::ProvisionalHolidays),
        "the 2027 table is medium confidence and the window crosses it"
    );
}

#[test]
fn a_window_inside_a_confirmed_year_has_no_calendar_warning() {
    let received = wib(2026, 3, 2, 10, 0);
    let c = rules(10)
        .clocks(&Timeline::received(received, &[Right::Deletion]), received)
        .unwrap();
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn a_paused_request_says_the_law_does_not_pause() {
    let received = wib(2026, 11, 2, 9, 0);
    let mut t = Timeline::received(received, &[Right::Access]);
    t.pauses.push(Pause {
        started_at: wib(2026, 11, 3, 11, 0),
        started_by: "Ayu".into(),
        reason: "waiting for proof of identity".into(),
        ended_at: None,
        ended_by: None,
        end_reason: None,
    });
    let now = wib(2026, 11, 9, 10, 0);
    let c = rules(5).clocks(&t, now).unwrap();
    assert!(c.paused);
    assert_eq!(
        c.paused_since.unwrap().to_rfc3339(),
        "2026-11-03T11:00:00+07:00"
    );
    // Counted before the pause: none (Tue 3 was paused). All 5 remain from Tue 10: 10, 11, 12,
    // 13, 16.
    assert_eq!(c.policy_due.to_string(), "2026-11-16");
    assert_eq!(c.remaining_working_days, 5);
    let paused = c
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::Paused)
        .expect("a paused request carries a warning");
    assert!(
        paused.message.contains("the law has no pause"),
        "{}",
        paused.message
    );
    assert!(
        c.statutory_overdue,
        "the 72 hours ran out on Thu 5 Nov although the request was paused"
    );
}

#[test]
fn an_extension_replaces_the_counted_due_date() {
    let received = wib(2026, 11, 2, 9, 0);
    let mut t = Timeline::received(received, &[Right::Deletion]);
    t.extension = Some(Extension {
        due_date: NaiveDate::from_ymd_opt(2026, 12, 30).unwrap(),
        reason: "archive in storage".into(),
        actor: "Ayu".into(),
        at: wib(2026, 11, 10, 9, 0),
    });
    let c = rules(10).clocks(&t, wib(2026, 12, 28, 9, 0)).unwrap();
    assert!(c.extended);
    assert_eq!(c.policy_due.to_string(), "2026-12-30");
    assert_eq!(c.policy_ends_at.to_rfc3339(), "2026-12-30T23:59:59+07:00");
    assert_eq!(c.remaining_working_days, 2, "Tue 29 and Wed 30 remain");
}
