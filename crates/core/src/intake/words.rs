//! The words of a message as the classifier reads them: lower-cased, informal spellings folded
//! (`ga` → `tidak`, `udh` → `sudah`, `apus` → `hapus`), stemmed to the lexicon's roots
//! (`dihapusin` → `hapus`), run-together words split (`datasaya` → `data` `saya`), with clause
//! and sentence numbers. Quoted lines (`>`), the quoted message below a reply header
//! ("-----Original Message-----", "On … wrote:", "Pada … menulis:") and the subject of a reply
//! ("Re: Permohonan akses …") are left out: they are what someone else wrote. Every word keeps
//! its byte offsets, so highlights point into the text.

use super::phrases::{alias, is_filler, known};
use super::stem::stem;

/// One word of the analysed text.
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    /// The root the lexicon knows, or the folded word itself.
    pub stem: String,
    /// Affixes were stripped to reach the root (`perbaiki` → `baik`).
    pub derived: bool,
    /// Punctuation (`,` `;` `:` brackets) or a sentence end starts a new clause.
    pub clause: usize,
    /// `.` `!` `?`, a blank line or a line that starts a list starts a new sentence.
    pub sentence: usize,
    /// Address words and particles (`kak`, `min`, `dong`, `ya`): skipped by phrases.
    pub filler: bool,
    /// The word carried the possessive `-ku` ("emailku", "dataku"): the writer's own.
    pub mine: bool,
}

/// Byte ranges of `text` that are someone else's words: quoted lines, and everything below a
/// reply header.
fn quoted(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let t = line.trim();
        let lower = t.to_lowercase();
        // The first line is the subject: a reply's repeats the thread, the office's words.
        let reply = ["re:", "balas:", "bls:", "aw:"];
        if n == 0 && reply.iter().any(|r| lower.starts_with(r)) {
            out.push((pos, pos + line.len()));
        }
        if reply_header(&lower) {
            out.push((pos, text.len()));
            return out;
        }
        if t.starts_with('>') {
            out.push((pos, pos + line.len()));
        }
        pos += line.len();
    }
    out
}

/// A line that starts the quoted message of a reply ("On … wrote:", "Pada … menulis:").
fn reply_header(lower: &str) -> bool {
    (lower.starts_with("-----") && lower.contains("original message"))
        || (lower.starts_with("-----") && lower.contains("pesan asli"))
        || (lower.starts_with("on ") && lower.ends_with("wrote:"))
        || (lower.starts_with("pada ") && lower.ends_with("menulis:"))
}

/// What a reply quotes, as plain text: the quoted lines without their `>` marks, the reply
/// headers and the subject left out. Empty when nothing is quoted.
pub(super) fn quoted_text(text: &str) -> String {
    let mut out = String::new();
    for (start, end) in quoted(text) {
        for line in text[start..end].split_inclusive('\n') {
            let t = line.trim().trim_start_matches(['>', ' ']);
            let lower = t.to_lowercase();
            let subject = ["re:", "balas:", "bls:", "aw:"]
                .iter()
                .any(|r| lower.starts_with(r));
            if !(subject || reply_header(&lower)) {
                out.push_str(t);
                out.push('\n');
            }
        }
    }
    out
}

/// Splits into words (letters and digits; `-`, `/`, `'` and `.` inside a word join it).
fn raw_words(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let skip = quoted(text);
    let mut out = Vec::new();
    let (mut clause, mut sentence) = (0, 0);
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut newlines = 0;
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if skip.iter().any(|&(a, b)| a <= pos && pos < b) {
            if let Some(s) = start.take() {
                out.push((s, pos, clause, sentence));
            }
            continue;
        }
        let next_is_word = chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        // A full stop joins only inside a number or an address (27.2022, sari@example.com).
        let dot_inside = || {
            let chunk_start = text[..pos]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(w, c)| w + c.len_utf8());
            let chunk_end = text[pos..]
                .find(char::is_whitespace)
                .map_or(text.len(), |w| pos + w);
            chars[i - 1].1.is_ascii_digit() || text[chunk_start..chunk_end].contains('@')
        };
        let joiner = matches!(c, '-' | '/' | '\'' | '’' | '.' | '@' | '_')
            && next_is_word
            && start.is_some()
            && (c != '.' || dot_inside());
        if c.is_alphanumeric() || joiner {
            if start.is_none() {
                if newlines >= 2 {
                    clause += 1;
                    sentence += 1;
                }
                newlines = 0;
            }
            start.get_or_insert(pos);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, pos, clause, sentence));
        }
        match c {
            '\n' => newlines += 1,
            '.' | '!' | '?' => {
                clause += 1;
                sentence += 1;
            }
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '|' | '•' => {
                clause += 1
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), clause, sentence));
    }
    out
}

/// The root of one folded word, the informal spelling folded first: `(root, derived)`.
fn root_of(word: &str) -> Option<(String, bool)> {
    let folded = alias(word).unwrap_or(word);
    let known_alias = |w: &str| known(alias(w).unwrap_or(w));
    stem(folded, &known_alias).map(|(r, d)| (r.to_string(), d))
}

/// Splits a run-together word into known words (`datasaya`, `tolonghapus`), at most three.
fn split(word: &str, depth: usize) -> Option<Vec<(usize, String, bool)>> {
    if depth == 0 || word.chars().count() < 5 {
        return None;
    }
    let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(2).collect();
    for &cut in cuts.iter().rev() {
        let (left, right) = word.split_at(cut);
        if right.chars().count() < 2 {
            continue;
        }
        let Some((l, ld)) = root_of(left) else {
            continue;
        };
        if let Some((r, rd)) = root_of(right) {
            return Some(vec![(0, l, ld), (cut, r, rd)]);
        }
        if let Some(rest) = split(right, depth - 1) {
            let mut out = vec![(0, l, ld)];
            out.extend(rest.into_iter().map(|(at, r, d)| (cut + at, r, d)));
            return Some(out);
        }
    }
    None
}

/// One spelling of a written word: reduplication names one thing (`data-data`, `kirim2`), a
/// hyphen after a prefix or before a suffix joins (`di-share`, `invoice-nya`).
fn folded(lower: &str) -> String {
    if let Some((a, b)) = lower.split_once('-') {
        if a == b {
            return a.to_string();
        }
        if ["di", "ke", "ter", "nge", "me", "ber"].contains(&a) || ["nya", "ku", "mu"].contains(&b)
        {
            return format!("{a}{b}");
        }
    }
    match lower.strip_suffix('2') {
        Some(a) if a.chars().count() >= 3 && a.chars().all(char::is_alphabetic) => a.to_string(),
        _ => lower.to_string(),
    }
}

/// A word typed with letters held down ("tolongg", "yaaa", "minn"), each run as one letter.
fn single_letters(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The words of `text`, folded, stemmed and split.
pub(super) fn tokenise(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, end, clause, sentence) in raw_words(text) {
        let lower = text[start..end].to_lowercase();
        let word = folded(&lower);
        let mine = word.ends_with("ku") && !word.ends_with("aku");
        let token = |s: usize, e: usize, stem: String, derived: bool| Token {
            start: s,
            end: e,
            filler: is_filler(&stem),
            mine: mine && derived,
            stem,
            derived,
            clause,
            sentence,
        };
        // A phone number or an e-mail address is a contact value ("ganti ke 0812…").
        let digits = word.chars().filter(char::is_ascii_digit).count();
        if word.contains('@') || digits >= 8 {
            out.push(token(start, end, "kontak".into(), false));
            continue;
        }
        let root = root_of(&word).or_else(|| root_of(&single_letters(&word)));
        if let Some((root, derived)) = root {
            // "apa pun" is "any", not the question "apa".
            if root == "pun" {
                if let Some(prev) = out.last_mut().filter(|p: &&mut Token| p.stem == "apa") {
                    prev.stem = "apapun".into();
                }
            }
            out.push(token(start, end, root, derived));
            continue;
        }
        // Offsets of a split word are kept only when folding kept its length.
        match split(&word, 3).filter(|_| word.len() == end - start) {
            Some(parts) => {
                for (i, (at, root, derived)) in parts.iter().enumerate() {
                    let e = parts.get(i + 1).map_or(end, |p| start + p.0);
                    out.push(token(start + at, e, root.clone(), *derived));
                }
            }
            None => out.push(token(
                start,
                end,
                alias(&word).unwrap_or(&word).to_string(),
                false,
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        tokenise(text)
            .into_iter()
            .filter(|t| !t.filler)
            .map(|t| t.stem)
            .collect()
    }

    #[test]
    fn informal_words_and_affixes_are_folded() {
        assert_eq!(
            stems("kak tolong datanya diapusin ya, sy ga mau dihubungin lg"),
            ["tolong", "data", "hapus", "saya", "tidak", "mau", "hubung", "lagi"]
        );
        assert_eq!(
            stems("udh sy minta dari kemarin"),
            ["sudah", "saya", "minta", "dari", "kemarin"]
        );
    }

    #[test]
    fn run_together_words_are_split_with_their_offsets() {
        let text = "tolong hapus datasaya";
        let ts = tokenise(text);
        let got: Vec<(&str, &str)> = ts
            .iter()
            .map(|t| (t.stem.as_str(), &text[t.start..t.end]))
            .collect();
        assert_eq!(
            got,
            [
                ("tolong", "tolong"),
                ("hapus", "hapus"),
                ("data", "data"),
                ("saya", "saya")
            ]
        );
        assert_eq!(
            stems("mohonhapusdatasaya"),
            ["mohon", "hapus", "data", "saya"]
        );
    }

    #[test]
    fn quoted_text_and_punctuation() {
        let ts = tokenise("Tolong hapus.\n\n> hapus data saya\nOk, terima kasih");
        let got: Vec<(&str, usize, usize)> = ts
            .iter()
            .map(|t| (t.stem.as_str(), t.clause, t.sentence))
            .collect();
        assert_eq!(got[0..2], [("tolong", 0, 0), ("hapus", 0, 0)]);
        assert!(
            !got.iter().any(|g| g.0 == "data"),
            "a quoted line is someone else's: {got:?}"
        );
        assert!(got[2].2 > 0 && got[3].1 > got[2].1, "{got:?}");
        let below = tokenise("Ya.\n\nOn Mon, 1 Dec 2026, Admin wrote:\nhapus data saya");
        assert_eq!(
            below.len(),
            1,
            "the quoted message under a reply header is left out"
        );
    }

    #[test]
    fn words_keep_offsets_and_join_inside_punctuation() {
        let text = "Saya minta opt-out, UU 27/2022, don't.";
        let ts = tokenise(text);
        let got: Vec<&str> = ts.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(got, ["Saya", "minta", "opt-out", "UU", "27/2022", "don't"]);
    }
}
