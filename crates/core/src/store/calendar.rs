//! SQL for the office's calendar: closures and regional holidays added by hand or imported from
//! an `.ics` file, and the working-day calendar and clock rules built from them.

use super::requests::ts;
use super::Store;
use crate::deadline::calendar::{CalendarEntry, CalendarYear, EntryKind, WorkCalendar};
use crate::deadline::ics::{read_ics, SkippedEvent};
use crate::deadline::{ClockRules, Clocks, DeadlineQuery, Timeline};
use crate::office::OfficeUpdate;
use crate::register::parse_instant;
use crate::{CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A calendar file larger than this is not an office calendar.
const MAX_ICS_BYTES: u64 = 5 * 1024 * 1024;

/// What importing an `.ics` file did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IcsImport {
    /// The file's name.
    pub file: String,
    /// The closures added, one per day.
    pub added: Vec<CalendarEntry>,
    /// Events or days not added, with the reason (a timed event, a day already in the calendar).
    pub skipped: Vec<SkippedEvent>,
}

fn entry_row(r: &Row) -> rusqlite::Result<CalendarEntry> {
    let bad = |i: usize, e: CoreError| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    let date: String = r.get(0)?;
    let kind: String = r.get(1)?;
    Ok(CalendarEntry {
        date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| {
            bad(
                0,
                CoreError::invalid("date", "format", format!("{date:?}: {e}")),
            )
        })?,
        kind: EntryKind::parse(&kind).map_err(|e| bad(1, e))?,
        name: r.get(2)?,
    })
}

impl Store {
    /// Every office calendar entry, in date order.
    pub fn calendar_entries(&self) -> Result<Vec<CalendarEntry>> {
        let mut stmt = self
            .conn
            .prepare("SELECT date, kind, name FROM office_calendar ORDER BY date")?;
        let entries = stmt
            .query_map([], entry_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(entries)
    }

    /// Adds a closure or regional holiday; a day holds one entry.
    pub fn add_calendar_entry(
        &mut self,
        entry: &CalendarEntry,
        now: DateTime<Utc>,
    ) -> Result<CalendarEntry> {
        let entry = CalendarEntry::new(entry.date, entry.kind, &entry.name)?;
        let added = self.conn.execute(
            "INSERT INTO office_calendar (date, kind, name, added_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (date) DO NOTHING",
            params![
                entry.date.to_string(),
                entry.kind.as_str(),
                entry.name,
                ts(now)
            ],
        )?;
        if added == 0 {
            let held = self
                .calendar_entry(entry.date)?
                .map(|e| format!(": {} ({})", e.name, e.kind))
                .unwrap_or_default();
            return Err(CoreError::CalendarClash {
                date: entry.date,
                held,
            });
        }
        Ok(entry)
    }

    /// Removes the entry on `date` and returns it.
    pub fn remove_calendar_entry(&mut self, date: NaiveDate) -> Result<CalendarEntry> {
        let entry = self
            .calendar_entry(date)?
            .ok_or(CoreError::CalendarEntryNotFound(date))?;
        self.conn.execute(
            "DELETE FROM office_calendar WHERE date = ?1",
            [date.to_string()],
        )?;
        Ok(entry)
    }

    fn calendar_entry(&self, date: NaiveDate) -> Result<Option<CalendarEntry>> {
        Ok(self
            .conn
            .query_row(
                "SELECT date, kind, name FROM office_calendar WHERE date = ?1",
                [date.to_string()],
                entry_row,
            )
            .optional()?)
    }

    /// Imports the all-day events of an `.ics` file as closures, in one transaction. Days that
    /// already have an entry keep it and are reported as skipped. A file that cannot be read is
    /// refused whole, naming the file and the line.
    pub fn import_ics(&mut self, path: &Path, now: DateTime<Utc>) -> Result<IcsImport> {
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
        let tx = self.conn.transaction()?;
        for entry in found.days {
            let added = tx.execute(
                "INSERT INTO office_calendar (date, kind, name, added_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (date) DO NOTHING",
                params![
                    entry.date.to_string(),
                    entry.kind.as_str(),
                    entry.name,
                    ts(now)
                ],
            )?;
            if added == 1 {
                import.added.push(entry);
            } else {
                import.skipped.push(SkippedEvent {
                    reason: format!("{} is already in the office calendar", entry.date),
                    summary: entry.name,
                });
            }
        }
        tx.commit()?;
        Ok(import)
    }

    /// The office's working-day calendar: the national tables, its cuti bersama setting and its
    /// own entries.
    pub fn work_calendar(&self) -> Result<WorkCalendar> {
        let office = self.office()?;
        Ok(WorkCalendar::new(
            office.observes_cuti_bersama,
            self.calendar_entries()?,
        ))
    }

    /// Every holiday and closure of `year` for this office.
    pub fn calendar_year(&self, year: i32) -> Result<CalendarYear> {
        self.work_calendar()?.year(year)
    }

    /// The office's clock rules: its time zone, policy window and calendar.
    pub fn clock_rules(&self) -> Result<ClockRules> {
        Ok(ClockRules::for_office(
            &self.office()?,
            self.calendar_entries()?,
        ))
    }

    /// Both clocks of a receipt outside the register, on this office's calendar with the
    /// query's settings in place of the profile's.
    pub fn deadline(&self, query: &DeadlineQuery, now: DateTime<Utc>) -> Result<Clocks> {
        if query.rights.is_empty() {
            return Err(CoreError::invalid(
                "rights",
                "required",
                "name at least one right: the statutory clock depends on it",
            ));
        }
        let mut office = self.office()?;
        let settings = OfficeUpdate {
            time_zone: query.time_zone,
            policy_days: query.policy_days,
            observes_cuti_bersama: query.observes_cuti_bersama,
            ..OfficeUpdate::default()
        };
        settings.apply_to(&mut office)?;
        let received = parse_instant("received_at", &query.received_at, office.time_zone)?;
        ClockRules::for_office(&office, self.calendar_entries()?)
            .clocks(&Timeline::received(received, &query.rights), now)
    }
}

#[cfg(test)]
mod tests {
    use crate::deadline::calendar::{parse_date, CalendarEntry, EntryKind};
    use crate::deadline::DeadlineQuery;
    use crate::office::OfficeZone;
    use crate::register::Right;
    use crate::store::test_store;
    use chrono::{TimeZone, Utc};

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
    fn entries_are_added_listed_and_removed() {
        let (_t, mut s) = test_store();
        s.add_calendar_entry(&galungan(), now()).unwrap();
        assert_eq!(s.calendar_entries().unwrap(), [galungan()]);
        let again = s.add_calendar_entry(&galungan(), now()).unwrap_err();
        assert_eq!(
            again.code(),
            crate::ErrorCode::CalendarClash,
            "one entry per day: {again}"
        );
        assert!(
            !s.work_calendar().unwrap().is_working_day(galungan().date),
            "the office calendar feeds the working-day count"
        );
        let removed = s.remove_calendar_entry(galungan().date).unwrap();
        assert_eq!(removed.name, "Galungan");
        let missing = s.remove_calendar_entry(galungan().date).unwrap_err();
        assert_eq!(missing.code(), crate::ErrorCode::CalendarEntryNotFound);
    }

    #[test]
    fn an_ics_import_adds_closures_and_reports_what_it_skipped() {
        let (t, mut s) = test_store();
        s.add_calendar_entry(&galungan(), now()).unwrap();
        let file = t.path().join("kantor.ics");
        std::fs::write(
            &file,
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260526\n\
             DTEND;VALUE=DATE:20260528\nSUMMARY:Libur kantor\nEND:VEVENT\nEND:VCALENDAR\n",
        )
        .unwrap();
        let import = s.import_ics(&file, now()).unwrap();
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
        let c = s.deadline(&query, now()).unwrap();
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
            s.deadline(&zero, now()).unwrap_err().field(),
            Some("policy_days"),
            "the profile's own range check applies"
        );
        let none = DeadlineQuery {
            rights: vec![],
            ..query
        };
        assert_eq!(
            s.deadline(&none, now()).unwrap_err().field(),
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
        let err = s.import_ics(&file, now()).unwrap_err().to_string();
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
        let err = s.import_ics(&binary, now()).unwrap_err().to_string();
        assert!(err.contains("foto.ics") && err.contains("UTF-8"), "{err}");
    }
}
