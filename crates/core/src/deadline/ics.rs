//! Reading an iCalendar (`.ics`) file into office closures: each all-day event becomes a closure
//! on every day it covers (a later year's decree, the office's own calendar). Events with a time
//! of day, repeating events and cancelled ones are reported as skipped, never guessed at.
//!
//! The parsing (line unfolding, escapes, `VALUE=DATE`) is the `icalendar` crate's; this module
//! checks the file's frame first, so that a truncated or foreign file is named with its line.

use super::calendar::{CalendarEntry, EntryKind};
use chrono::{Days, NaiveDate};
use icalendar::{CalendarComponent, Component, DatePerhapsTime};
use serde::Serialize;
use ts_rs::TS;

/// The name of a closure whose event has no title ("office closed").
const UNTITLED: &str = "Tutup kantor";

/// The longest event taken as a closure; longer ones are more likely a season than a day off.
const MAX_EVENT_DAYS: u64 = 31;

/// An event of the file that did not become a closure, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SkippedEvent {
    pub summary: String,
    pub reason: String,
}

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

/// What a calendar file holds for the office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsClosures {
    /// One closure per day, in file order.
    pub days: Vec<CalendarEntry>,
    pub skipped: Vec<SkippedEvent>,
}

/// Why a file could not be read, at which line (1-based) of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for IcsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads the closures out of an `.ics` text.
pub fn read_ics(text: &str) -> Result<IcsClosures, IcsError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_structure(text)?;
    let unfolded = icalendar::parser::unfold(text);
    let components = icalendar::parser::read_calendar_simple(&unfolded).map_err(|e| {
        let logical = unfolded[..unfolded.len() - e.input.len()]
            .matches('\n')
            .count();
        let line = original_line(text, logical);
        let content = text.lines().nth(line - 1).unwrap_or("").trim();
        IcsError {
            line,
            message: format!(
                "cannot read the calendar here ({:?}): the file is damaged or not iCalendar",
                content.chars().take(60).collect::<String>()
            ),
        }
    })?;
    let calendar = icalendar::Calendar::from(components);
    let mut found = IcsClosures {
        days: Vec::new(),
        skipped: Vec::new(),
    };
    for component in &calendar.components {
        let CalendarComponent::Event(event) = component else {
            continue;
        };
        let summary = match event.get_summary().map(str::trim) {
            Some(s) if !s.is_empty() => s.to_string(),
            _ => UNTITLED.to_string(),
        };
        match event_days(event) {
            Ok((first, count)) => {
                for date in first.iter_days().take(count as usize) {
                    match CalendarEntry::new(date, EntryKind::Closure, &summary) {
                        Ok(entry) => found.days.push(entry),
                        Err(e) => {
                            found.skipped.push(skip(&summary, &e.to_string()));
                            break;
                        }
                    }
                }
            }
            Err(reason) => found.skipped.push(skip(&summary, reason)),
        }
    }
    Ok(found)
}

fn skip(summary: &str, reason: &str) -> SkippedEvent {
    SkippedEvent {
        summary: summary.to_string(),
        reason: reason.to_string(),
    }
}

/// The first day and the number of days of an all-day event (`DTEND` is exclusive).
fn event_days(event: &icalendar::Event) -> Result<(NaiveDate, u64), &'static str> {
    if event
        .property_value("STATUS")
        .is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"))
    {
        return Err("cancelled");
    }
    if event.property_value("RRULE").is_some() {
        return Err("a repeating event: add its days one by one");
    }
    let first = match event.get_start() {
        Some(DatePerhapsTime::Date(d)) => d,
        Some(DatePerhapsTime::DateTime(_)) => {
            return Err("not an all-day event (it has a time of day)")
        }
        None => return Err("no start date"),
    };
    let days = match event.get_end() {
        Some(DatePerhapsTime::Date(end)) if end > first => (end - first).num_days() as u64,
        Some(DatePerhapsTime::DateTime(_)) => {
            return Err("not an all-day event (it ends at a time of day)")
        }
        _ => 1,
    };
    if days > MAX_EVENT_DAYS || first.checked_add_days(Days::new(days)).is_none() {
        return Err("longer than 31 days: not taken as a closure");
    }
    Ok((first, days))
}

/// Checks the file line by line before parsing: it begins with `BEGIN:VCALENDAR`, every line reads
/// `NAME[;PARAMS]:VALUE`, and every `BEGIN` has its `END`. Each fault is named with its line.
fn check_structure(text: &str) -> Result<(), IcsError> {
    let fault = |line: usize, message: String| Err(IcsError { line, message });
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut last = 0;
    for (no, content) in logical_lines(text) {
        if last == 0 && !content.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
            return fault(
                no,
                "not an iCalendar file: it must begin with BEGIN:VCALENDAR".into(),
            );
        }
        last = no;
        let name_end = content.find([';', ':']).unwrap_or(content.len());
        let name = &content[..name_end];
        let well_formed = content.contains(':')
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !well_formed {
            let shown: String = content.chars().take(60).collect();
            return fault(
                no,
                format!("{shown:?} is not an iCalendar line (NAME:value expected)"),
            );
        }
        let value = content[name_end..].rsplit(':').next().unwrap_or("").trim();
        if name.eq_ignore_ascii_case("BEGIN") {
            open.push((value.to_ascii_uppercase(), no));
        } else if name.eq_ignore_ascii_case("END") {
            match open.pop() {
                Some((begun, _)) if begun.eq_ignore_ascii_case(value) => {}
                Some((begun, at)) => {
                    return fault(
                        no,
                        format!("END:{value} does not close BEGIN:{begun} of line {at}"),
                    )
                }
                None => return fault(no, format!("END:{value} without a BEGIN")),
            }
        }
    }
    if last == 0 {
        return fault(1, "the file is empty".into());
    }
    match open.last() {
        Some((begun, at)) => fault(
            last,
            format!(
                "the file stops here with BEGIN:{begun} of line {at} still open: it is truncated"
            ),
        ),
        None => Ok(()),
    }
}

/// The non-empty lines of the file with folded continuations joined, each with the 1-based
/// number of the line it starts on.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some((_, current))) => current.push_str(rest),
            _ if raw.trim().is_empty() => {}
            _ => lines.push((i + 1, raw.to_string())),
        }
    }
    lines
}

/// The 1-based line of the file where unfolded line `logical` (0-based) begins: folded
/// continuation lines start with a space or a tab.
fn original_line(text: &str, logical: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(i, l)| *i == 0 || !(l.starts_with(' ') || l.starts_with('\t')))
        .nth(logical)
        .map_or_else(|| text.lines().count().max(1), |(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BALI: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//3D Lab Bali//ID\r\n\
BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20260526\r\nDTEND;VALUE=DATE:20260528\r\n\
SUMMARY:Galungan\\, Bali\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20260605\r\nSUMMARY:Kuningan (tutup \r\n setengah hari)\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:3\r\nDTSTART:20260610T020000Z\r\nDTEND:20260610T030000Z\r\nSUMMARY:Rapat\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:4\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Tahun Baru\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

    #[test]
    fn all_day_events_become_closures_on_each_day() {
        let found = read_ics(BALI).unwrap();
        let days: Vec<(String, &str)> = found
            .days
            .iter()
            .map(|e| (e.date.to_string(), e.name.as_str()))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-05-26".to_string(), "Galungan, Bali"),
                ("2026-05-27".to_string(), "Galungan, Bali"),
                ("2026-06-05".to_string(), "Kuningan (tutup setengah hari)"),
            ],
            "DTEND is exclusive, escapes and folded lines are undone"
        );
        let skipped: Vec<&str> = found.skipped.iter().map(|s| s.summary.as_str()).collect();
        assert_eq!(
            skipped,
            ["Rapat", "Tahun Baru"],
            "a meeting and a repeating event are reported, not guessed"
        );
    }

    #[test]
    fn a_truncated_file_names_its_last_line() {
        let cut = &BALI[..BALI.find("SUMMARY:Rapat").unwrap()];
        let err = read_ics(cut).unwrap_err();
        assert_eq!(
            err.line, 19,
            "the last line present is DTEND of the meeting"
        );
        assert!(err.message.contains("truncated"), "{err}");
    }

    #[test]
    fn a_file_of_another_kind_is_refused_at_line_one() {
        let err = read_ics("From: ayu@example.com\nSubject: hello\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("not an iCalendar file"), "{err}");
        assert_eq!(read_ics("\n\n").unwrap_err().message, "the file is empty");
    }

    #[test]
    fn a_damaged_middle_is_located_in_the_original_lines() {
        // Line 18 of the file, but line 17 once the folded SUMMARY (lines 13–14) is unfolded.
        let broken = BALI.replace("UID:3\r\n", "UID:3\r\nthis line has no colon\r\n");
        let err = read_ics(&broken).unwrap_err();
        assert_eq!(err.line, 18, "{err}");
        assert!(err.message.contains("this line has no colon"), "{err}");
    }

    #[test]
    fn a_fault_only_the_parser_sees_points_at_its_event() {
        // A quoted parameter followed by stray text passes the line check; the parser refuses the
        // event, which begins on line 16 of the file (line 15 once unfolded).
        let broken = BALI.replace("SUMMARY:Rapat", "SUMMARY;LANGUAGE=\"id\"x:Rapat");
        let err = read_ics(&broken).unwrap_err();
        assert_eq!(err.line, 16, "{err}");
        assert!(err.message.contains("BEGIN:VEVENT"), "{err}");
    }
}
