//! The figures on an invented register: Wednesday 2 December 2026 in Jakarta, a policy window of
//! 10 working days, requests received in October and November.

use super::*;
use crate::deadline::calendar::WorkCalendar;
use crate::deadline::{ClockRules, Timeline};
use crate::letters::LetterKind;
use crate::register::{Request, RequestState, Requester};
use crate::report::rows::{row, Case, Outcome};
use crate::vocabulary::{Channel, RequesterRole};
use chrono::{Duration, TimeZone};

fn rules() -> ClockRules {
    ClockRules {
        zone: OfficeZone::Jakarta,
        policy_days: 10,
        calendar: WorkCalendar::new(true, []),
    }
}

/// 09:00 WIB on the day.
fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 2, 0, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    at(12, 2)
}

fn case(
    n: u32,
    received: DateTime<Utc>,
    rights: &[Right],
    state: RequestState,
    ended: Option<Duration>,
) -> Case {
    let request = Request {
        id: format!("REQ-2026-{n:04}"),
        received_at: OfficeZone::Jakarta.local(received),
        channel: Channel::Email,
        rights: rights.to_vec(),
        requester: Requester {
            name: "Rina Kusuma Dewi".into(),
            emails: vec!["rina.kusuma@contoh.example".into()],
            phones: vec!["+6281234567890".into()],
            postal_address: None,
            nik_masked: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
        },
        state,
        controller: None,
        is_demo: false,
        created_at: received,
        updated_at: received,
        purged_at: None,
    };
    Case {
        timeline: Timeline::received(received, rights),
        ended_at: ended.map(|d| received + d),
        letters: Vec::new(),
        request,
    }
}

fn rows(cases: &[Case]) -> Vec<RegisterRow> {
    cases
        .iter()
        .map(|c| row(c, &rules(), now()).unwrap())
        .collect()
}

fn period() -> Period {
    Period::new(
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    )
    .unwrap()
}

#[test]
fn median_and_90th_percentile_by_nearest_rank() {
    let ten: Vec<f64> = (1..=10).map(f64::from).collect();
    assert_eq!(
        median(&ten),
        Some(5.5),
        "an even count takes the mean of the middle two"
    );
    assert_eq!(
        percentile(&ten, 90),
        Some(9.0),
        "the 9th of 10 values has 90 % at or below it"
    );
    let eleven: Vec<f64> = (1..=11).map(f64::from).collect();
    assert_eq!(
        median(&eleven),
        Some(6.0),
        "an odd count takes the middle value"
    );
    assert_eq!(percentile(&eleven, 90), Some(10.0), "rank ⌈0.9 × 11⌉ = 10");
    assert_eq!(
        percentile(&[4.0], 90),
        Some(4.0),
        "one value is every percentile"
    );
    assert_eq!(
        (median(&[]), percentile(&[], 90)),
        (None, None),
        "no answers, no figure"
    );
}

#[test]
fn days_to_answer_come_from_receipt_to_the_answer() {
    // Ten deletions (no statutory clock) answered after 1, 2, … 10 days, received 5 October.
    let cases: Vec<Case> = (1..=10)
        .map(|d| {
            case(
                d,
                at(10, 5),
                &[Right::Deletion],
                RequestState::Closed,
                Some(Duration::days(i64::from(d))),
            )
        })
        .collect();
    let m = metrics(&rows(&cases), period(), OfficeZone::Jakarta, now());
    assert_eq!(
        (m.median_days, m.p90_days),
        (Some(5.5), Some(9.0)),
        "median and p90 of 1…10 days"
    );
    assert_eq!((m.received, m.answered, m.open), (10, 10, 0));
    let groups: Vec<u32> = m.days_to_answer.iter().map(|g| g.requests).collect();
    assert_eq!(groups, [3, 4, 3, 0, 0], "1–3 days, 4–7 days, 8–10 days");
    assert_eq!(
        m.per_month
            .iter()
            .map(|x| (x.month.as_str(), x.received, x.answered))
            .collect::<Vec<_>>(),
        [("2026-10", 10, 10), ("2026-11", 0, 0)],
        "every month of the period is listed, empty ones too"
    );
}

#[test]
fn on_time_is_weighed_against_the_policy_window_and_the_statutory_clock() {
    // Thu 1 Oct 09:00 WIB. Ten working days after it: Thu 15 October (no holiday between).
    let received = at(10, 1);
    let cases = [
        // Access carries 3 × 24 h: answered after 4 days is late by the law, in time by policy.
        case(
            1,
            received,
            &[Right::Access],
            RequestState::Closed,
            Some(Duration::days(4)),
        ),
        // Access answered within 2 days: on time by both.
        case(
            2,
            received,
            &[Right::Access],
            RequestState::Closed,
            Some(Duration::days(2)),
        ),
        // Deletion has no statutory clock: 12 days is in time (due 15 Oct).
        case(
            3,
            received,
            &[Right::Deletion],
            RequestState::Closed,
            Some(Duration::days(12)),
        ),
        // Deletion refused after 20 days: late by policy.
        case(
            4,
            received,
            &[Right::Deletion],
            RequestState::Rejected,
            Some(Duration::days(20)),
        ),
        // Withdrawn: nothing owed, not counted as answered.
        case(
            5,
            received,
            &[Right::Access],
            RequestState::Withdrawn,
            Some(Duration::days(30)),
        ),
    ];
    let rows = rows(&cases);
    let t: Vec<(Timeliness, bool, bool)> = rows
        .iter()
        .map(|r| (r.timeliness, r.late_policy, r.late_statutory))
        .collect();
    assert_eq!(
        t,
        [
            (Timeliness::Late, false, true),
            (Timeliness::OnTime, false, false),
            (Timeliness::OnTime, false, false),
            (Timeliness::Late, true, false),
            (Timeliness::NotDue, false, false),
        ],
        "each answer weighed against the deadlines that apply to it"
    );
    assert_eq!(
        rows[0].policy_due,
        NaiveDate::from_ymd_opt(2026, 10, 15).unwrap(),
        "10 working days after Thu 1 Oct"
    );
    let m = metrics(&rows, period(), OfficeZone::Jakarta, now());
    assert_eq!(
        (m.answered, m.withdrawn),
        (4, 1),
        "a withdrawal is no answer"
    );
    assert_eq!(
        (m.on_time.on_time, m.on_time.late, m.on_time.rate),
        (2, 2, Some(0.5)),
        "on time by every deadline"
    );
    assert_eq!(
        (m.policy.on_time, m.policy.late),
        (3, 1),
        "by the office's window"
    );
    assert_eq!(
        (m.statutory.answered, m.statutory.on_time, m.statutory.late),
        (2, 1, 1),
        "only the two access requests carry the law's clock"
    );
    assert_eq!(rows[3].outcome, Some(Outcome::Refused));
    assert_eq!(rows[4].outcome, Some(Outcome::Withdrawn));
}

#[test]
fn the_outcome_reads_the_letters_of_a_closed_request() {
    let mut none = case(
        1,
        at(10, 1),
        &[Right::Access],
        RequestState::Closed,
        Some(Duration::days(1)),
    );
    none.letters = vec![LetterKind::Acknowledgement, LetterKind::NoData];
    let rows = rows(&[
        none,
        case(
            2,
            at(10, 1),
            &[Right::Access],
            RequestState::Closed,
            Some(Duration::days(1)),
        ),
    ]);
    assert_eq!(
        (rows[0].outcome, rows[1].outcome),
        (Some(Outcome::NoData), Some(Outcome::Fulfilled)),
        "a no-data letter says nothing was held"
    );
}

#[test]
fn open_requests_by_age_include_those_received_before_the_period() {
    let cases = [
        case(
            1,
            now() - Duration::days(2),
            &[Right::Access],
            RequestState::Searching,
            None,
        ),
        case(
            2,
            at(11, 20),
            &[Right::Deletion],
            RequestState::Received,
            None,
        ),
        // Received before the period, still open: it stays on the board.
        case(
            3,
            at(8, 1),
            &[Right::Deletion],
            RequestState::Verifying,
            None,
        ),
    ];
    let rows = rows(&cases);
    assert_eq!(
        rows[2].timeliness,
        Timeliness::Overdue,
        "four months open is past the window"
    );
    assert!(
        !rows[1].late_policy,
        "20 Nov + 10 working days is 4 Dec, after today"
    );
    let m = metrics(&rows, period(), OfficeZone::Jakarta, now());
    let ages: Vec<u32> = m.open_by_age.iter().map(|g| g.requests).collect();
    assert_eq!(
        ages,
        [1, 0, 1, 0, 1],
        "2 days (30 Nov), 12 days (20 Nov) and four months (1 Aug)"
    );
    assert_eq!(
        (m.received, m.open),
        (2, 2),
        "the request of 1 August was received before the period"
    );
}

#[test]
fn an_empty_register_has_no_figures_but_every_month_and_right() {
    let m = metrics(
        &[],
        Period::or_default(None, None, NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()).unwrap(),
        OfficeZone::Jakarta,
        now(),
    );
    assert_eq!(
        (m.from.to_string(), m.to.to_string()),
        ("2026-01-01".into(), "2026-12-02".into()),
        "twelve months up to today"
    );
    assert_eq!(m.per_month.len(), 12);
    assert!(m.per_month.iter().all(|x| x.received == 0));
    assert_eq!(
        m.per_right.len(),
        Right::ALL.len(),
        "every right is listed, at zero"
    );
    assert_eq!(
        (m.median_days, m.p90_days, m.on_time.rate, m.statutory.rate),
        (None, None, None, None)
    );
    assert!(m.open_by_age.iter().all(|g| g.requests == 0));
}

#[test]
fn requesters_are_masked_to_initials_and_partial_contacts() {
    let r = &rows(&[case(
        1,
        at(10, 1),
        &[Right::Access],
        RequestState::Received,
        None,
    )])[0];
    assert_eq!(r.requester.initials, "R. K. D.");
    assert_eq!(r.requester.emails, ["ri…@contoh.example"]);
    assert_eq!(r.requester.phones, ["0812…7890"]);
    let text = format!("{r:?}");
    for whole in [
        "Rina",
        "Kusuma",
        "rina.kusuma@",
        "+6281234567890",
        "81234567890",
    ] {
        assert!(
            !text.contains(whole),
            "{whole} must not be in the register's line: {text}"
        );
    }
}

#[test]
fn a_period_that_runs_backwards_is_refused() {
    let e = Period::new(
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("--from before --to"), "{e}");
}
