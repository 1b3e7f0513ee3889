//! SQL for the office's calendar: closures and regional holidays added by hand or imported from
//! an `.ics` file (read by `desk::calendar`, which also builds the working-day calendar from
//! them).

use super::requests::ts;
use super::Store;
use crate::audit::Action;
use crate::deadline::calendar::{CalendarEntry, EntryKind};
use crate::{CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

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
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<CalendarEntry> {
        let entry = CalendarEntry::new(entry.date, entry.kind, &entry.name)?;
        let date = entry.date.to_string();
        let tx = self.write()?;
        let added = tx.execute(
            "INSERT INTO office_calendar (date, kind, name, added_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (date) DO NOTHING",
            params![date, entry.kind.as_str(), entry.name, ts(now)],
        )?;
        if added == 0 {
            drop(tx);
            let held = self
                .calendar_entry(entry.date)?
                .map(|e| format!(": {} ({})", e.name, e.kind))
                .unwrap_or_default();
            return Err(CoreError::CalendarClash {
                date: entry.date,
                held,
            });
        }
        tx.append(
            Action::CalendarAdded,
            "calendar",
            actor,
            now,
            &[&date, entry.kind.as_str(), &entry.name],
        )?;
        tx.commit()?;
        Ok(entry)
    }

    /// Removes the entry on `date` and returns it.
    pub fn remove_calendar_entry(
        &mut self,
        date: NaiveDate,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<CalendarEntry> {
        let entry = self
            .calendar_entry(date)?
            .ok_or(CoreError::CalendarEntryNotFound(date))?;
        let day = date.to_string();
        let tx = self.write()?;
        tx.execute("DELETE FROM office_calendar WHERE date = ?1", [&day])?;
        tx.append(
            Action::CalendarRemoved,
            "calendar",
            actor,
            now,
            &[&day, entry.kind.as_str(), &entry.name],
        )?;
        tx.commit()?;
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

    /// Adds closures, one per day, in one transaction. Days that already have an entry keep
    /// it: returns the entries added and those that were not.
    pub fn add_closures(
        &mut self,
        days: Vec<CalendarEntry>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<(Vec<CalendarEntry>, Vec<CalendarEntry>)> {
        let (mut added, mut kept) = (Vec::new(), Vec::new());
        let tx = self.write()?;
        for entry in days {
            let n = tx.execute(
                "INSERT INTO office_calendar (date, kind, name, added_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (date) DO NOTHING",
                params![
                    entry.date.to_string(),
                    entry.kind.as_str(),
                    entry.name,
                    ts(now)
                ],
            )?;
            if n == 1 {
                added.push(entry);
            } else {
                kept.push(entry);
            }
        }
        let details: Vec<String> = added
            .iter()
            .map(|e: &CalendarEntry| format!("{} {} {}", e.date, e.kind.as_str(), e.name))
            .collect();
        let details: Vec<&str> = details.iter().map(String::as_str).collect();
        tx.append(Action::CalendarImported, "calendar", actor, now, &details)?;
        tx.commit()?;
        Ok((added, kept))
    }
}

#[cfg(test)]
mod tests {
    use crate::deadline::calendar::{parse_date, CalendarEntry, EntryKind};
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
        s.add_calendar_entry(&galungan(), "Tester", now()).unwrap();
        assert_eq!(s.calendar_entries().unwrap(), [galungan()]);
        let again = s
            .add_calendar_entry(&galungan(), "Tester", now())
            .unwrap_err();
        assert_eq!(
            again.code(),
            crate::ErrorCode::CalendarClash,
            "one entry per day: {again}"
        );
        let removed = s
            .remove_calendar_entry(galungan().date, "Tester", now())
            .unwrap();
        assert_eq!(removed.name, "Galungan");
        let missing = s
            .remove_calendar_entry(galungan().date, "Tester", now())
            .unwrap_err();
        assert_eq!(missing.code(), crate::ErrorCode::CalendarEntryNotFound);
    }
}
