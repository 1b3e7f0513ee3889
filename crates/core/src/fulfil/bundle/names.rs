//! Names of the files inside a bundle, made from a source's display name and a file's path:
//! letters, digits, `-`, `_` and `.` kept, everything else one `_`; no leading dot, no `..`, no
//! absolute path, never empty, at most 80 characters per part.

/// One safe path part.
pub fn part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
        if keep && !c.is_control() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
        if out.chars().count() >= 80 {
            break;
        }
    }
    let trimmed = out.trim_start_matches('.').replace("..", "_");
    let trimmed = trimmed.trim_matches('_').to_string();
    if trimmed.is_empty() {
        "sumber".into()
    } else {
        trimmed
    }
}

/// The entry for a source's file, without extension: `data/<source>/<file>`.
pub fn entry(source: &str, file: &str) -> String {
    let source_name = std::path::Path::new(source)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.to_string());
    let file_part = file
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .map(part)
        .collect::<Vec<_>>()
        .join("__");
    format!("data/{}/{}", part(&source_name), part(&file_part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_climb_out_or_hide() {
        assert_eq!(
            entry("/home/a/Ekspor", "chatwoot/contacts.csv"),
            "data/Ekspor/chatwoot__contacts.csv"
        );
        assert_eq!(entry("/x/../../etc", "../../passwd"), "data/etc/passwd");
        assert_eq!(part(".."), "sumber");
        assert_eq!(part(".bashrc"), "bashrc");
        assert_eq!(part("Pelanggan Bali\u{0}\n.csv"), "Pelanggan_Bali_.csv");
        assert_eq!(part("Kontak Renée.csv"), "Kontak_Renée.csv");
        assert!(part(&"x".repeat(500)).chars().count() <= 80);
    }
}
