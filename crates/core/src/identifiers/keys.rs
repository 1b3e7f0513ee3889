//! Search keys: the one spelling under which every way of writing an identifier meets.
//! E-mail addresses fold case and Gmail's dots and `+tags`; phone numbers become the national
//! significant number (Indonesian numbers without `+62`/`62`/`0`); a NIK is its 16 digits; names
//! fold case, accents, punctuation and titles, and keep their words in any order.

use super::nik::Nik;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The key of an e-mail address, or `None` when the text holds none.
pub fn email_key(text: &str) -> Option<String> {
    let e = super::email::normalise(text).ok()?;
    let (local, domain) = e.rsplit_once('@')?;
    if matches!(domain, "gmail.com" | "googlemail.com") {
        let local = local.split('+').next().unwrap_or(local).replace('.', "");
        return Some(format!("{local}@gmail.com"));
    }
    let local = local.split('+').next().unwrap_or(local);
    Some(format!("{local}@{domain}"))
}

/// How an e-mail address as written was folded to reach its key; front ends word each ("Gmail
/// ignores dots").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EmailFold {
    /// Capital letters: addresses do not tell them apart.
    Case,
    /// Dots in a Gmail address: Gmail ignores them.
    GmailDots,
    /// A `+tag` after the name: it reaches the same mailbox.
    PlusTag,
    /// googlemail.com is gmail.com.
    Googlemail,
}

/// The folds that take `written` to its key, in the order they apply (none when it is its key).
pub fn email_folds(written: &str) -> Vec<EmailFold> {
    let t = written.trim();
    let Some((local, domain)) = t.rsplit_once('@') else {
        return Vec::new();
    };
    let domain = domain.to_lowercase();
    let gmail = matches!(domain.as_str(), "gmail.com" | "googlemail.com");
    let mut folds = Vec::new();
    if t != t.to_lowercase() {
        folds.push(EmailFold::Case);
    }
    let name = local.split('+').next().unwrap_or(local);
    if gmail && name.contains('.') {
        folds.push(EmailFold::GmailDots);
    }
    if local.contains('+') {
        folds.push(EmailFold::PlusTag);
    }
    if domain == "googlemail.com" {
        folds.push(EmailFold::Googlemail);
    }
    folds
}

/// A phone key and what had to be assumed to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneKey {
    /// Digits of the national significant number (Indonesia) or country code and number.
    pub digits: String,
    /// Set when the key rests on an assumption, e.g. a leading 0 that Excel dropped.
    pub note: Option<PhoneNote>,
}

/// What had to be assumed to read a phone number; front ends translate by this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PhoneNote {
    /// The number starts with 8 and has 9–12 digits: the leading 0 that Excel drops is put back.
    LeadingZeroRestored,
}

/// The key of a phone number written in a phone cell. Scientific notation (`8,12346E+11`) gives
/// none: its digits are lost.
pub fn phone_key(text: &str) -> Option<PhoneKey> {
    let t = text.trim().trim_start_matches(['\'', '‘']);
    if t.contains(['E', 'e']) && t.chars().any(|c| c.is_ascii_digit()) && !t.contains('@') {
        return None;
    }
    let international = t.starts_with('+') || t.starts_with("(+");
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if !(8..=15).contains(&digits.len()) {
        return None;
    }
    let (digits, note) = if let Some(rest) = digits
        .strip_prefix("62")
        .filter(|r| r.len() >= 8 && (international || r.starts_with(['8', '2'])))
    {
        (rest.to_string(), None)
    } else if international {
        return Some(PhoneKey { digits, note: None });
    } else if let Some(rest) = digits.strip_prefix("0062") {
        (rest.to_string(), None)
    } else if let Some(rest) = digits.strip_prefix('0') {
        (rest.to_string(), None)
    } else if digits.starts_with('8') && (9..=12).contains(&digits.len()) {
        (digits, Some(PhoneNote::LeadingZeroRestored))
    } else {
        return None;
    };
    (8..=13)
        .contains(&digits.len())
        .then_some(PhoneKey { digits, note })
}

/// The key of a NIK written anywhere (16 digits with a valid structure).
pub fn nik_key(text: &str) -> Option<String> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    Nik::parse(&digits).ok().map(|_| digits)
}

/// Words that are titles or forms of address, not names.
const TITLES: &[&str] = &[
    "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "kak", "kakak", "mas",
    "mbak", "mba", "hj", "haji", "hajjah", "dr", "drs", "dra", "ir", "prof", "st", "se", "sh",
    "mm", "mba", "skom", "spd", "ssi", "amd", "mt", "mkom", "mr", "mrs", "ms", "miss", "up", "tn",
    "ny", "nn",
];

/// Balinese birth-order names and the articles before them.
const BIRTH_ORDER: &[&str] = &[
    "i", "ni", "luh", "wayan", "putu", "gede", "kadek", "made", "nyoman", "komang", "ketut",
];

/// Latin letters with accents folded to their base letter, so `Renée` and `Renee` meet.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The words of a name, folded, with titles set aside; degrees such as `S.Kom` and `S.E.` are
/// joined before they are dropped.
pub fn name_words(name: &str) -> Vec<String> {
    let lower: String = name.to_lowercase().chars().map(fold_char).collect();
    // "S.Kom", "S.E.", "u.p." become one word before splitting.
    let joined = lower.replace(". ", " ").replace('.', "");
    let mut words: Vec<String> = joined
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .map(String::from)
        .collect();
    // "H. Ahmad" is Haji Ahmad; "Rudi H." keeps its initial.
    if words.len() > 1 && words[0] == "h" {
        words.remove(0);
    }
    words
}

/// How many letters of a word its start keeps.
const START_LETTERS: usize = 4;

/// A letter as a word start keeps it: `j` and `y` are written for one sound in the old and the
/// new spelling and by English habit (Wahjuni / Wahyuni, Rahmawaty / Rahmawati, Johana / Yohana),
/// so both become `i`, which they also stand beside.
pub(crate) fn start_letter(c: char) -> char {
    match c {
        'j' | 'y' => 'i',
        other => other,
    }
}

/// The starts of a name's words (the first four letters of each word of three or more, `j` and
/// `y` read as `i`), the coarse key under which spelling variants of a name meet: `Wulandari` and
/// `Woelandari` do not, `Puspitasari` and `Puspita Sari` do, and so do `Wahyuni` and `Wahjuni`.
/// Four letters keep a common first name from naming every namesake's cousin: `Siti Rahayu` is
/// not looked at for `Siti Rahmawati`. Both search paths look at a name only when it shares
/// enough starts with the subject's name (see [`starts_agree`]), so they agree on every name.
pub fn name_starts(text: &str) -> Vec<String> {
    let mut starts: Vec<String> = name_words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.chars().take(START_LETTERS).map(start_letter).collect())
        .collect();
    starts.sort();
    starts.dedup();
    starts
}

/// Whether a record's name (or text) shares enough word starts with the subject's name to be
/// compared with it: two, or one when the subject's name has only one word of three letters.
pub fn starts_agree(subject: &[String], record: &[String]) -> bool {
    let needed = subject.len().min(2);
    needed > 0 && subject.iter().filter(|s| record.contains(s)).count() >= needed
}

/// How two names compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameMatch {
    Different,
    /// Spelling variants or shared words: a person to look at, never proof.
    Similar,
    /// The same words in any order (initials may stand for words).
    Same,
}

fn word_like(a: &str, b: &str) -> bool {
    a == b || (a.len() == 1 && b.starts_with(a)) || (b.len() == 1 && a.starts_with(b))
}

/// Compares two names after folding. A one-word name equals a name only when the words match.
pub fn compare_names(a: &str, b: &str) -> NameMatch {
    let (wa, wb) = (name_words(a), name_words(b));
    if wa.is_empty() || wb.is_empty() {
        return NameMatch::Different;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let all_found = short.iter().all(|s| long.iter().any(|l| word_like(s, l)));
    if all_found && short.len() == long.len() {
        return NameMatch::Same;
    }
    let full_words = |w: &Vec<String>| w.iter().filter(|x| x.len() > 1).count();
    if all_found && full_words(short) >= 2 {
        return NameMatch::Same;
    }
    // Spelling variants ("Puspita Sari" / "Puspitasari", "Santosa" / "Santoso"): the whole
    // name, words sorted, nearly the same and starting alike. A shared family name alone is not.
    let mut sa = wa.clone();
    sa.sort();
    let mut sb = wb.clone();
    sb.sort();
    let same_start = wa[0].chars().next() == wb[0].chars().next();
    // Balinese names differ only in the birth-order word (I Made / I Gede Agus Wirawan): alike,
    // and perhaps two people.
    let without_order = |w: &Vec<String>| -> Vec<String> {
        w.iter()
            .filter(|x| !BIRTH_ORDER.contains(&x.as_str()))
            .cloned()
            .collect()
    };
    let (ba, bb) = (without_order(&wa), without_order(&wb));
    if !ba.is_empty() && ba.len() >= 2 && ba == bb {
        return NameMatch::Similar;
    }
    if all_found || (same_start && strsim::jaro_winkler(&sa.join(" "), &sb.join(" ")) >= 0.92) {
        NameMatch::Similar
    } else {
        NameMatch::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_says_how_it_was_folded_to_its_key() {
        assert_eq!(
            email_folds("Wayan.Pemandu+toko@GoogleMail.com"),
            [
                EmailFold::Case,
                EmailFold::GmailDots,
                EmailFold::PlusTag,
                EmailFold::Googlemail
            ]
        );
        assert!(
            email_folds("wayan@example.com").is_empty(),
            "an address that is its own key needs no word"
        );
        assert!(
            email_folds("made.putra@example.com").is_empty(),
            "dots count outside Gmail"
        );
    }

    #[test]
    fn email_keys_fold_case_and_gmail() {
        assert_eq!(
            email_key("EKA.PUSPITASARI81@GMAIL.COM").unwrap(),
            "ekapuspitasari81@gmail.com"
        );
        assert_eq!(
            email_key("Heru.santoso+invoice@gmail.com").unwrap(),
            "herusantoso@gmail.com"
        );
        assert_eq!(
            email_key("herusantoso@googlemail.com").unwrap(),
            "herusantoso@gmail.com"
        );
        assert_eq!(
            email_key("rudi.siregar@yahoo.co.id").unwrap(),
            "rudi.siregar@yahoo.co.id",
            "dots matter outside Gmail"
        );
        assert_eq!(
            email_key("mailto:Ana@Example.com").unwrap(),
            "ana@example.com"
        );
        assert!(email_key("bukan email").is_none());
    }

    #[test]
    fn phone_keys_meet_across_spellings() {
        let want = "81375429064";
        for written in [
            "0813-7542-9064",
            "+6281375429064",
            "+62 813-7542-9064",
            "6281375429064",
            "(+62) 813 7542 9064",
            "'+6281375429064",
        ] {
            assert_eq!(phone_key(written).unwrap().digits, want, "{written}");
        }
        let lost = phone_key("87851724112").unwrap();
        assert_eq!(lost.digits, "87851724112");
        assert!(
            lost.note.is_some(),
            "a restored 0 is an assumption and says so"
        );
        assert_eq!(
            phone_key("'+62897541818828").unwrap().digits,
            "897541818828",
            "14-digit E.164 behind a csv-safe apostrophe"
        );
        assert_eq!(phone_key("(021) 555-1234").unwrap().digits, "215551234");
        assert!(
            phone_key("8,12346E+11").is_none(),
            "scientific notation lost its digits"
        );
        assert!(phone_key("12345").is_none());
        assert_eq!(
            phone_key("+44 7123 456789").unwrap().digits,
            "447123456789",
            "foreign numbers keep their country code"
        );
    }

    #[test]
    fn names_fold_titles_case_accents_and_order() {
        assert_eq!(name_words("Ibu Eka Puspitasari"), ["eka", "puspitasari"]);
        assert_eq!(name_words("Siregar, Rudi H."), ["siregar", "rudi", "h"]);
        assert_eq!(name_words("Andi Wijaya, S.Kom"), ["andi", "wijaya"]);
        assert_eq!(name_words("Renée 🌺"), ["renee"]);
        assert_eq!(
            name_words("H. Ahmad Fauzi"),
            ["ahmad", "fauzi"],
            "H. before a name is Haji"
        );
        assert_eq!(
            compare_names("eka puspitasari", "Ibu Eka Puspitasari"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Siregar, Rudi H.", "Rudi Hartono Siregar"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Eka Puspita Sari", "Eka Puspitasari"),
            NameMatch::Similar,
            "spelling variants are only similar"
        );
        assert_eq!(
            compare_names("Heru Santosa", "Heru Santoso"),
            NameMatch::Similar
        );
        assert_eq!(
            compare_names("I Made Agus Wirawan", "I Gede Agus Wirawan"),
            NameMatch::Similar,
            "birth-order names differ"
        );
        assert_eq!(
            compare_names("Slamet", "Slamet Riyadi"),
            NameMatch::Similar,
            "a one-word name proves nothing"
        );
        assert_eq!(
            compare_names("Budi Santoso", "Siti Rahma"),
            NameMatch::Different
        );
    }

    #[test]
    fn name_starts_let_spelling_variants_meet() {
        assert_eq!(name_starts("Ibu Tri Wulandari"), ["tri", "wula"]);
        assert_eq!(
            name_starts("Sri Wahjuni"),
            name_starts("SRI WAHYUNI"),
            "the old spelling's j meets the new y"
        );
        assert!(
            !starts_agree(&name_starts("Siti Rahmawati"), &name_starts("Siti Rahayu")),
            "a shared first name and a surname's first three letters are not enough"
        );
        assert!(starts_agree(
            &name_starts("Siti Rahmawati"),
            &name_starts("Sity Rahmawaty")
        ));
        let subject = name_starts("Eka Puspitasari");
        assert!(starts_agree(&subject, &name_starts("EKA PUSPITA SARI")));
        assert!(
            !starts_agree(&subject, &name_starts("Eka")),
            "one shared word of a two-word name is not enough to look closer"
        );
        assert!(starts_agree(
            &name_starts("Slamet"),
            &name_starts("Pak Slamet")
        ));
        assert!(!starts_agree(&[], &name_starts("Slamet")));
    }

    #[test]
    fn nik_keys() {
        assert_eq!(nik_key("3171 0145 0890 0001").unwrap(), "3171014508900001");
        assert!(nik_key("3,27301E+15").is_none());
    }
}
