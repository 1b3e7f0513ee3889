//! Dates and counts as a letter writes them: `3 Desember 2026` / `3 December 2026`, the Roman
//! month of a letter number, the weekday, and Indonesian numbers in words (*terbilang*) for
//! "1 (satu) berkas" and the date of a Berita Acara.

use crate::language::Language;
use chrono::{Datelike, NaiveDate};

/// `3 Desember 2026` or `3 December 2026`: the day without a leading zero.
pub fn date(d: NaiveDate, lang: Language) -> String {
    format!("{} {} {}", d.day(), lang.month(d.month0()), d.year())
}

/// The weekday's name: `Kamis`, `Thursday`.
pub fn weekday(d: NaiveDate, lang: Language) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    match lang {
        Language::Id => [
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
        ][i],
        Language::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
    }
}

/// An Indonesian number in words: `satu`, `sebelas`, `dua puluh enam`, `seratus`, `seribu`,
/// `dua ribu dua puluh enam`. Up to 999,999,999.
pub fn terbilang(n: u64) -> String {
    const UNITS: [&str; 12] = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ];
    fn words(n: u64) -> String {
        match n {
            0..=11 => UNITS[n as usize].to_string(),
            12..=19 => format!("{} belas", UNITS[(n - 10) as usize]),
            20..=99 => joined(format!("{} puluh", UNITS[(n / 10) as usize]), n % 10),
            100..=199 => joined("seratus".into(), n - 100),
            200..=999 => joined(format!("{} ratus", UNITS[(n / 100) as usize]), n % 100),
            1000..=1999 => joined("seribu".into(), n - 1000),
            2000..=999_999 => joined(format!("{} ribu", words(n / 1000)), n % 1000),
            _ => joined(format!("{} juta", words(n / 1_000_000)), n % 1_000_000),
        }
    }
    fn joined(head: String, rest: u64) -> String {
        if rest == 0 {
            head
        } else {
            format!("{head} {}", words(rest))
        }
    }
    words(n.min(999_999_999))
}

/// A count as a letter gives it: `1 (satu) berkas`, `3 (three) files`.
pub fn count(n: u64, lang: Language, id_noun: &str, en_one: &str, en_many: &str) -> String {
    match lang {
        Language::Id => format!("{n} ({}) {id_noun}", terbilang(n)),
        Language::En => {
            const EN: [&str; 13] = [
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve",
            ];
            let noun = if n == 1 { en_one } else { en_many };
            match EN.get(n as usize) {
                Some(w) => format!("{n} ({w}) {noun}"),
                None => format!("{n} {noun}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_indonesian_and_english_letters_write_them() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(date(d, Language::Id), "3 Desember 2026");
        assert_eq!(date(d, Language::En), "3 December 2026");
        assert_eq!(weekday(d, Language::Id), "Kamis");
    }

    #[test]
    fn numbers_in_words_follow_the_irregular_forms() {
        for (n, w) in [
            (1, "satu"),
            (11, "sebelas"),
            (12, "dua belas"),
            (20, "dua puluh"),
            (26, "dua puluh enam"),
            (100, "seratus"),
            (118, "seratus delapan belas"),
            (300, "tiga ratus"),
            (1000, "seribu"),
            (2026, "dua ribu dua puluh enam"),
            (11_000, "sebelas ribu"),
            (1_500_000, "satu juta lima ratus ribu"),
        ] {
            assert_eq!(terbilang(n), w, "{n} in words");
        }
        assert_eq!(
            count(1, Language::Id, "berkas", "file", "files"),
            "1 (satu) berkas"
        );
        assert_eq!(
            count(2, Language::En, "berkas", "file", "files"),
            "2 (two) files"
        );
    }
}
