//! The office calendar as staff keep it: closures imported from an `.ics` file, and both clocks
//! of a receipt outside the register.

use crate::deadline::calendar::{CalendarYear, WorkCalendar};
use crate::deadline::ics::{read_ics, IcsImport, SkippedEvent};
use crate::deadline::{ClockRules, Clocks, DeadlineQuery, Timeline};
use crate::office::OfficeUpdate;
use crate::register::parse_instant;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use std::path::Path;

/// A calendar file larger than this is not an office calendar.
const MAX_ICS_BYTES: u64 = 5 * 1024 * 1024;

/// Imports the all-day events of an `.ics` file as closures, in one transaction. Days that
/// already have an entry keep it and are reported as skipped. A file that cannot be read is
/// refused whole, naming the file and the line.
pub fn import_ics(
    store: &mut Store,
    path: &Path,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<IcsImport> {
    let fail = |message: String| CoreError::File {
        path: path.to_path_buf(),
        message,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_ICS_BYTES {
        return Err(fail(format!(
            "{size} bytes is too large for a calendar file (at most 5 MB)"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| fail("not UTF-8 text: an .ics file is UTF-8".into()))?;
    let found = read_ics(&text).map_err(|e| fail(e.to_string()))?;
    let mut import = IcsImport {
        file: path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        ),
        added: Vec::new(),
        skipped: found.skipped,
    };
    let (added, kept) = store.add_closures(found.days, actor, now)?;
    import.added = added;
    import
        .skipped
        .extend(kept.into_iter().map(|entry| SkippedEvent {
            reason: format!("{} is already in the office calendar", entry.date),
            summary: entry.name,
        }));
    Ok(import)
}

/// Both clocks of a receipt outside the register, on this office's calendar with the
/// query's settings in place of the profile's.
pub fn deadline(store: &Store, query: &DeadlineQuery, now: DateTime<Utc>) -> Result<Clocks> {
    if query.rights.is_empty() {
        return Err(CoreError::invalid(
            "rights",
            "required",
            "name at least one right: the statutory clock depends on it",
        ));
    }
    let mut office = store.office()?;
    let settings = OfficeUpdate {
        time_zone: query.time_zone,
        policy_days: query.policy_days,
        observes_cuti_bersama: query.observes_cuti_bersama,
        ..OfficeUpdate::default()
    };
    settings.apply_to(&mut office)?;
    let received = parse_instant("received_at", &query.received_at, office.time_zone)?;
    ClockRules::for_office(&office, store.calendar_entries()?)
        .clocks(&Timeline::received(received, &query.rights), now)
}

/// The office's working-day calendar: the national tables, its cuti bersama setting and its
/// own entries.
pub fn work_calendar(store: &Store) -> Result<WorkCalendar> {
    let office = store.office()?;
    Ok(WorkCalendar::new(
        office.observes_cuti_bersama,
        store.calendar_entries()?,
    ))
}

/// Every holiday and closure of `year` for this office.
pub fn calendar_year(store: &Store, year: i32) -> Result<CalendarYear> {
    work_calendar(store)?.year(year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::calendar::CalendarEntry;
    use crate::deadline::calendar::{parse_date, EntryKind};
    use crate::office::OfficeZone;
    use crate::store::test_store;
    use crate::vocabulary::Right;
    use chrono::TimeZone;

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 3, 0, 0).unwrap()
    }

    fn galungan() -> CalendarEntry {
        CalendarEntry::new(
            parse_date("date", "2026-05-26").unwrap(),
            EntryKind::Regional,
            "Galungan",
        )
        .unwrap()
    }

    #[test]
    fn an_office_closure_is_not_a_working_day() {
        let (_t, mut s) = test_store();
        assert!(work_calendar(&s).unwrap().is_working_day(galungan().date));
        s.add_calendar_entry(&galungan(), "Tester", now()).unwrap();
        assert!(
            !work_calendar(&s).unwrap().is_working_day(galungan().date),
            "the office calendar feeds the working-day count"
        );
    }

    #[test]
    fn an_ics_import_adds_closures_and_reports_what_it_skipped() {
        let (t, mut s) = test_store();
        s.add_calendar_entry(&galungan(), "Tester", now()).unwrap();
        let file = t.path().join("kantor.ics");
        std::fs::write(
            &file,
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260526\n\
             DTEND;VALUE=DATE:20260528\nSUMMARY:Libur kantor\nEND:VEVENT\nEND:VCALENDAR\n",
        )
        .unwrap();
        let import = import_ics(&mut s, &file, "Tester", now()).unwrap();
        assert_eq!(import.file, "kantor.ics");
        assert_eq!(import.added.len(), 1, "only 27 May is new");
        assert_eq!(import.added[0].date.to_string(), "2026-05-27");
        assert_eq!(import.added[0].kind, EntryKind::Closure);
        assert_eq!(
            import.skipped.len(),
            1,
            "26 May keeps its Galungan entry and is reported"
        );
        assert_eq!(s.calendar_entries().unwrap().len(), 2);
    }

    #[test]
    fn a_deadline_query_overrides_the_office_settings() {
        let (_t, s) = test_store();
        let query = DeadlineQuery {
            received_at: "2026-03-17 10:00".into(),
            rights: vec![Right::Correction],
            policy_days: Some(5),
            time_zone: Some(OfficeZone::Jayapura),
            observes_cuti_bersama: Some(false),
        };
        let c = deadline(&s, &query, now()).unwrap();
        // Tue 17 Mar WIT, no cuti bersama: Wed 18 (1), Thu 19 LN, Fri 20 (2), Mon 23 (3),
        // Tue 24 (4), Wed 25 (5).
        assert_eq!(c.policy_due.to_string(), "2026-03-25");
        assert_eq!(c.received_at.to_rfc3339(), "2026-03-17T10:00:00+09:00");
        assert_eq!(
            c.statutory_due.unwrap().to_rfc3339(),
            "2026-03-20T10:00:00+09:00"
        );
        let zero = DeadlineQuery {
            policy_days: Some(0),
            ..query.clone()
        };
        assert_eq!(
            deadline(&s, &zero, now()).unwrap_err().field(),
            Some("policy_days"),
            "the profile's own range check applies"
        );
        let none = DeadlineQuery {
            rights: vec![],
            ..query
        };
        assert_eq!(
            deadline(&s, &none, now()).unwrap_err().field(),
            Some("rights")
        );
    }

    #[test]
    fn a_bad_ics_file_is_refused_whole_naming_file_and_line() {
        let (t, mut s) = test_store();
        let file = t.path().join("putus.ics");
        std::fs::write(
            &file,
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260526\n",
        )
        .unwrap();
        let err = import_ics(&mut s, &file, "Tester", now())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("putus.ics") && err.contains("line 3") && err.contains("truncated"),
            "{err}"
        );
        assert!(
            s.calendar_entries().unwrap().is_empty(),
            "nothing half-imported"
        );
        let binary = t.path().join("foto.ics");
        std::fs::write(&binary, [0xff, 0xd8, 0xff, 0xe0]).unwrap();
        let err = import_ics(&mut s, &binary, "Tester", now())
            .unwrap_err()
            .to_string();
        assert!(err.contains("foto.ics") && err.contains("UTF-8"), "{err}");
    }
}
