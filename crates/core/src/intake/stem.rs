//! A small Indonesian affix stripper (with the few English endings intake meets), guided by a
//! lexicon of roots: a word's possible roots are tried from the least stripped to the most, and the
//! first one the lexicon knows is its stem. A word none of whose candidates is known stays as it
//! is, so an unknown word is never cut into a wrong root. The rules are written down in
//! DEVELOPMENT.md ("Indonesian as people write it").
//!
//! Suffixes, stripped from the end in this order, each optional: a particle (`-lah -tah -pun`),
//! a possessive (`-nya -ku -mu`, Javanese `-ne`), then a derivational suffix (`-kan -an -i`,
//! informal `-in`, Sundanese `-keun`). Prefixes, stripped from the front, up to three layers
//! (`memper-`, `diper-`, `ke-…-an`): `di- ke- ter- ber- be- per- pe- se-` as they stand, and
//! `meN-`/`peN-` with nasal assimilation (`meng-`+vowel or `k`, `meng-`+`g h k`, `menge-`,
//! `meny-`+`s`, `mem-`+`b f v p` or `p` dropped before a vowel, `r`, `l`, `men-`+`c d j z t`
//! or `t` dropped before a vowel, `me-`+`l m n r w y`), and the informal nasal alone (`ng-
//! nge- ny- m- n-`: ngapus, ngirim, nyalin, nelpon).

/// The endings stripped before the prefixes: particle, possessive, derivational.
/// `-kah` is left on: `apakah` asks a yes/no question, `apa` asks what.
const PARTICLES: &[&str] = &["lah", "tah", "pun"];
const POSSESSIVES: &[&str] = &["nya", "ku", "mu", "ne"];
const DERIVATIONAL: &[&str] = &["kan", "keun", "an", "in", "i"];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Every form left after stripping an optional particle, possessive and derivational suffix,
/// the word itself first. A root keeps at least three letters.
fn suffix_forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    for group in [PARTICLES, POSSESSIVES, DERIVATIONAL] {
        let mut next = forms.clone();
        for f in &forms {
            for s in group {
                if let Some(rest) = f.strip_suffix(s) {
                    if rest.chars().count() >= 3 && !next.iter().any(|n| n == rest) {
                        next.push(rest.to_string());
                    }
                }
            }
        }
        forms = next;
    }
    forms
}

/// What may remain after one prefix, each possible root of an assimilated nasal included.
fn prefix_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: String| {
        if s.chars().count() >= 3 && !out.contains(&s) {
            out.push(s);
        }
    };
    for plain in ["di", "ke", "ter", "ber", "be", "per", "pe", "se"] {
        if let Some(rest) = word.strip_prefix(plain) {
            push(rest.to_string());
        }
    }
    for nasal in ["me", "pe", ""] {
        let Some(after) = word.strip_prefix(nasal) else {
            continue;
        };
        // The informal prefixes are the nasal without `me`/`pe`: ngapus, ngirim, nyalin, nelpon.
        if let Some(rest) = after.strip_prefix("nge") {
            push(rest.to_string());
        }
        if let Some(rest) = after.strip_prefix("ng") {
            match rest.chars().next() {
                Some(c) if is_vowel(c) => {
                    push(rest.to_string());
                    push(format!("k{rest}"));
                }
                Some('g' | 'h' | 'k') => push(rest.to_string()),
                _ => {}
            }
        } else if let Some(rest) = after.strip_prefix("ny") {
            push(format!("s{rest}"));
        } else if let Some(rest) = after.strip_prefix('m') {
            match rest.chars().next() {
                Some('b' | 'f' | 'v' | 'p') => push(rest.to_string()),
                // pem- before a vowel or r/l dropped the root's p: pemakai, pemrosesan.
                Some(c) if is_vowel(c) || c == 'r' || c == 'l' => push(format!("p{rest}")),
                _ => {}
            }
            push(rest.to_string());
        } else if let Some(rest) = after.strip_prefix('n') {
            match rest.chars().next() {
                Some('c' | 'd' | 'j' | 'z' | 't') => push(rest.to_string()),
                Some(c) if is_vowel(c) => push(format!("t{rest}")),
                _ => {}
            }
        }
        // me- before l m n r w y adds no nasal: melihat, meminta, memusnahkan.
        if nasal == "me" && after.starts_with(['l', 'm', 'n', 'r', 'w', 'y']) {
            push(after.to_string());
        }
    }
    out
}

/// English endings: plural and third person, past, gerund, and the nouns of verbs
/// (deletion, erasure, removal, rectification).
fn english_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let rules: &[(&str, &str)] = &[
        ("ies", "y"),
        ("ied", "y"),
        ("ication", "y"),
        ("ation", "e"),
        ("ation", ""),
        ("ion", "e"),
        ("ion", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ure", "e"),
        ("al", "e"),
        ("al", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("s", ""),
        ("d", ""),
        ("ly", ""),
        ("ment", ""),
    ];
    for (end, add) in rules {
        if let Some(rest) = word.strip_suffix(end) {
            if rest.len() >= 3 {
                out.push(format!("{rest}{add}"));
                // stopped, stopping → stop
                let mut back = rest.chars().rev();
                if let (Some(a), Some(b)) = (back.next(), back.next()) {
                    if add.is_empty() && a == b && a.is_ascii_alphabetic() {
                        out.push(rest[..rest.len() - 1].to_string());
                    }
                }
            }
        }
    }
    out
}

/// The root of `word` that `known` accepts, with whether affixes were stripped to reach it;
/// `None` when no candidate is known. `word` is lower-case.
pub(super) fn stem(
    word: &str,
    known: &dyn Fn(&str) -> Option<&'static str>,
) -> Option<(&'static str, bool)> {
    if let Some(root) = known(word) {
        return Some((root, false));
    }
    let mut layer: Vec<String> = suffix_forms(word);
    let mut seen: Vec<String> = layer.clone();
    for f in &layer[1..] {
        if let Some(root) = known(f) {
            return Some((root, true));
        }
    }
    for _ in 0..3 {
        let mut next = Vec::new();
        for f in &layer {
            for p in prefix_forms(f) {
                for s in suffix_forms(&p) {
                    if !seen.contains(&s) {
                        seen.push(s.clone());
                        next.push(s);
                    }
                }
            }
        }
        if let Some(root) = next.iter().find_map(|f| known(f)) {
            return Some((root, true));
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    english_forms(word)
        .iter()
        .find_map(|f| known(f))
        .map(|root| (root, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOTS: &[&str] = &[
        "hapus", "baik", "kirim", "tarik", "cabut", "setuju", "proses", "olah", "guna", "tunda",
        "batas", "hubung", "salin", "pindah", "tolak", "putus", "berat", "tahu", "cek", "minta",
        "ubah", "musnah", "profil", "delete", "erase", "copy", "stop", "remove", "rectify",
        "langgan", "henti", "data", "baru", "lihat",
    ];

    fn known(w: &str) -> Option<&'static str> {
        ROOTS.iter().find(|r| **r == w).copied()
    }

    fn root(word: &str) -> Option<&'static str> {
        stem(word, &known).map(|(r, _)| r)
    }

    #[test]
    fn prefixes_suffixes_and_confixes() {
        for (word, want) in [
            ("hapus", "hapus"),
            ("dihapus", "hapus"),
            ("menghapus", "hapus"),
            ("penghapusan", "hapus"),
            ("hapuskan", "hapus"),
            ("dihapuskan", "hapus"),
            ("terhapus", "hapus"),
            ("hapusnya", "hapus"),
            ("datanya", "data"),
            ("memperbaiki", "baik"),
            ("diperbaiki", "baik"),
            ("perbaikan", "baik"),
            ("memperbarui", "baru"),
            ("pembaruan", "baru"),
            ("persetujuan", "setuju"),
            ("menyetujui", "setuju"),
            ("keputusan", "putus"),
            ("keberatan", "berat"),
            ("berhenti", "henti"),
            ("berlangganan", "langgan"),
            ("permintaan", "minta"),
            ("meminta", "minta"),
            ("perubahan", "ubah"),
            ("mengubah", "ubah"),
            ("pemusnahan", "musnah"),
            ("memusnahkan", "musnah"),
        ] {
            assert_eq!(root(word), Some(want), "{word}");
        }
    }

    #[test]
    fn nasal_assimilation() {
        for (word, want) in [
            ("mengirim", "kirim"),
            ("pengiriman", "kirim"),
            ("menarik", "tarik"),
            ("penarikan", "tarik"),
            ("mencabut", "cabut"),
            ("pencabutan", "cabut"),
            ("memproses", "proses"),
            ("pemrosesan", "proses"),
            ("pengolahan", "olah"),
            ("penggunaan", "guna"),
            ("menggunakan", "guna"),
            ("menunda", "tunda"),
            ("penundaan", "tunda"),
            ("membatasi", "batas"),
            ("pembatasan", "batas"),
            ("menghubungi", "hubung"),
            ("dihubungi", "hubung"),
            ("menyalin", "salin"),
            ("salinan", "salin"),
            ("memindahkan", "pindah"),
            ("menolak", "tolak"),
            ("mengetahui", "tahu"),
            ("mengecek", "cek"),
            ("pemrofilan", "profil"),
            ("melihat", "lihat"),
        ] {
            assert_eq!(root(word), Some(want), "{word}");
        }
    }

    #[test]
    fn informal_forms() {
        for (word, want) in [
            ("hapusin", "hapus"),
            ("dihapusin", "hapus"),
            ("ngehapus", "hapus"),
            ("ngirim", "kirim"),
            ("kirimin", "kirim"),
            ("dikirimin", "kirim"),
            ("nyalin", "salin"),
            ("cabutin", "cabut"),
            ("hapusinlah", "hapus"),
        ] {
            assert_eq!(root(word), Some(want), "{word}");
        }
    }

    #[test]
    fn english_endings() {
        for (word, want) in [
            ("deleted", "delete"),
            ("deleting", "delete"),
            ("deletion", "delete"),
            ("erasure", "erase"),
            ("copies", "copy"),
            ("stopped", "stop"),
            ("stopping", "stop"),
            ("removal", "remove"),
            ("rectification", "rectify"),
        ] {
            assert_eq!(root(word), Some(want), "{word}");
        }
    }

    #[test]
    fn unknown_words_stay_whole_and_short_roots_are_refused() {
        assert_eq!(
            root("faktur"),
            None,
            "no candidate of an unknown word is known"
        );
        assert_eq!(root("dian"), None, "a name is not di- + an");
        assert_eq!(
            suffix_forms("kan"),
            ["kan"],
            "a suffix never strips a word down to less than three letters"
        );
    }
}
