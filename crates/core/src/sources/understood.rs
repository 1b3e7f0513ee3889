//! What a cell means, read the Indonesian way where the text says so, next to the text itself
//! (which is never replaced): dates in the forms Indonesian exports use become ISO dates, amounts
//! written `1.750.000,00` or `Rp 4.250.000` become plain decimals.

use crate::vocabulary::FieldRole;
use chrono::{NaiveDate, NaiveDateTime};

const MONTHS_ID: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTHS_ID
        .iter()
        .chain(MONTHS_EN.iter())
        .position(|m| m.starts_with(w))
        .map(|i| (i % 12) as u32 + 1)
}

fn year(y: i32) -> i32 {
    if y < 100 {
        2000 + y
    } else {
        y
    }
}

/// A date as Indonesian exports write it: `15/01/2026` (day first), `2026-01-15`, `17 Agustus
/// 2026`, `2023/06/13 3:14:49 PM GMT+7` (Google Forms), `5/1/2024 21:15:26` (Indonesian sheet),
/// RFC 3339. Returns `YYYY-MM-DD`, with `THH:MM:SS` when a time is written.
pub fn date(text: &str) -> Option<String> {
    let t = text.trim().trim_start_matches(['\'', '‘']);
    if let Ok(d) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(d.naive_local().format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    let t = t.trim_end_matches('Z');
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t, f) {
            return Some(d.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    // Google Forms: "2023/06/13 3:14:49 PM GMT+7".
    let no_zone = t.split(" GMT").next().unwrap_or(t);
    if let Ok(d) = NaiveDateTime::parse_from_str(no_zone, "%Y/%m/%d %I:%M:%S %p") {
        return Some(d.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    let (day_part, time_part) = match no_zone.split_once(' ') {
        Some((d, rest)) if rest.contains(':') || rest.contains('.') && rest.len() <= 8 => {
            (d, Some(rest))
        }
        _ => (no_zone, None),
    };
    let numeric: Vec<&str> = day_part.split(['/', '-', '.']).collect();
    if numeric.len() == 3
        && numeric
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let n: Vec<i32> = numeric.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let d = if numeric[0].len() == 4 {
            NaiveDate::from_ymd_opt(n[0], n[1] as u32, n[2] as u32)
        } else {
            // Day first: the Indonesian (and Jurnal's "English-Canada") order.
            NaiveDate::from_ymd_opt(year(n[2]), n[1] as u32, n[0] as u32)
        }?;
        let time = time_part.and_then(|tp| {
            ["%H:%M:%S", "%H:%M", "%H.%M.%S", "%H.%M"]
                .iter()
                .find_map(|f| chrono::NaiveTime::parse_from_str(tp.trim(), f).ok())
        });
        return Some(match time {
            Some(tm) => d.and_time(tm).format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => d.format("%Y-%m-%d").to_string(),
        });
    }
    // "17 Agustus 2026", "17 Agt 2026".
    let words: Vec<&str> = no_zone.split_whitespace().collect();
    if words.len() == 3 {
        if let (Ok(d), Some(m), Ok(y)) = (
            words[0].parse::<u32>(),
            month(words[1]),
            words[2].parse::<i32>(),
        ) {
            return NaiveDate::from_ymd_opt(year(y), m, d)
                .map(|d| d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

/// An amount written the Indonesian way (`.` thousands, `,` decimals, optional `Rp`): `686.000`,
/// `1.750.000,00`, `Rp.  3.291.624,00`. Plain numbers pass as they are.
pub fn amount(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t
        .strip_prefix("Rp.")
        .or_else(|| t.strip_prefix("Rp"))
        .unwrap_or(t)
        .trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
    {
        return None;
    }
    let (int, dec) = match t.rsplit_once(',') {
        Some((i, d)) if d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()) => (i, Some(d)),
        Some(_) => return None,
        None => (t, None),
    };
    let groups: Vec<&str> = int.trim_start_matches('-').split('.').collect();
    let grouped = groups.len() > 1
        && groups[1..].iter().all(|g| g.len() == 3)
        && !groups[0].is_empty()
        && groups[0].len() <= 3;
    if groups.len() > 1 && !grouped {
        return None;
    }
    let digits: String = int
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    digits.parse::<i64>().ok()?;
    Some(match dec {
        Some(d) => format!("{digits}.{d}"),
        None => digits,
    })
}

/// What a cell means when its role or its text says so: a date for date columns, an amount for
/// other cells that are written as one. Identifiers and free text are left as written.
pub fn understood(role: FieldRole, value: &str) -> Option<String> {
    match role {
        FieldRole::Date => date(value),
        FieldRole::Other => amount(value).filter(|a| a != value.trim()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_dates() {
        for (text, want) in [
            ("15/01/2026", "2026-01-15"),
            ("‘20/12/2016", "2016-12-20"),
            ("2026-01-15", "2026-01-15"),
            ("17 Agustus 2026", "2026-08-17"),
            ("5 Des 2025", "2025-12-05"),
            ("2023/06/13 3:14:49 PM GMT+7", "2023-06-13T15:14:49"),
            ("5/1/2024 21:15:26", "2024-01-05T21:15:26"),
            ("2024-06-28T14:59:59.000Z", "2024-06-28T14:59:59"),
            ("2024-03-12T07:05:33+00:00", "2024-03-12T07:05:33"),
            ("12/03/24 14.05", "2024-03-12T14:05:00"),
        ] {
            assert_eq!(date(text).as_deref(), Some(want), "{text}");
        }
        for bad in ["31/02/2026", "besok", "13/13/2026", ""] {
            assert_eq!(date(bad), None, "{bad:?} is no date");
        }
    }

    #[test]
    fn indonesian_amounts() {
        for (text, want) in [
            ("686.000", "686000"),
            ("1.750.000,00", "1750000.00"),
            ("Rp.  3.291.624,00", "3291624.00"),
            ("Rp 4.250.000", "4250000"),
            ("250", "250"),
        ] {
            assert_eq!(amount(text).as_deref(), Some(want), "{text}");
        }
        for bad in ["1.5", "11%", "0812-3456", "abc", "12.34.5"] {
            assert_eq!(amount(bad), None, "{bad:?} is no amount");
        }
    }
}
