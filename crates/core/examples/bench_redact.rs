//! Redaction throughput on a generated office (e.g. `pdp-officegen --rows 1000000`): every planted
//! subject's records removed from each export that holds them, timed file by file, next to
//! `grep -v -F` dropping the lines with the same identifiers from the same file in the same run
//! (the floor for "copy a file without some lines"). Target: within 3× grep's time.
//!
//! `cargo run --release -p pdp-core --example bench_redact -- DIR`

use pdp_core::fulfil::redaction::{chat, csv, xlsx};
use pdp_core::sources::csv_file::sniff_file;
use pdp_core::sources::read::read_file;
use pdp_core::sources::sniff::TextEncoding;
use pdp_core::sources::{Locator, ReadControl};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Per file: the records to remove (line, or sheet and row) and the identifiers as written.
#[derive(Default)]
struct Targets {
    lines: BTreeSet<u64>,
    rows: BTreeMap<String, BTreeSet<u64>>,
    literals: BTreeSet<String>,
}

/// `grep -v -F -f PATTERNS FILE > OUT`: into a file, as the redaction writes one (grep stops at
/// the first line when its output is /dev/null).
fn grep_seconds(path: &Path, patterns: &Path, out: &Path) -> Option<f64> {
    let sink = std::fs::File::create(out).ok()?;
    let start = Instant::now();
    let status = std::process::Command::new("grep")
        .args(["-a", "-v", "-F", "-f"])
        .arg(patterns)
        .arg(path)
        .stdout(sink)
        .status()
        .ok()?;
    // grep exits 1 when every line matched, 0 otherwise; 2 is an error.
    (status.code() != Some(2)).then(|| start.elapsed().as_secs_f64())
}

fn targets(dir: &Path) -> BTreeMap<String, Targets> {
    let text = std::fs::read_to_string(dir.join("expected.json")).unwrap_or_else(|e| {
        eprintln!("{}: {e} (a folder made by pdp-officegen)", dir.display());
        std::process::exit(2)
    });
    let truth: serde_json::Value = serde_json::from_str(&text).expect("expected.json");
    let mut by_file: BTreeMap<String, Targets> = BTreeMap::new();
    for subject in truth["subjects"].as_array().into_iter().flatten() {
        for m in subject["matches"].as_array().into_iter().flatten() {
            let file = m["file"].as_str().unwrap_or_default().to_string();
            let t = by_file.entry(file).or_default();
            for c in m["checks"].as_array().into_iter().flatten() {
                t.literals.extend(c.as_str().map(String::from));
            }
            for r in m["records"].as_array().into_iter().flatten() {
                match (
                    r["sheet"].as_str(),
                    r["excel_row"].as_u64(),
                    r["line"].as_u64(),
                ) {
                    (Some(sheet), Some(row), _) => {
                        t.rows.entry(sheet.to_string()).or_default().insert(row);
                    }
                    (_, _, Some(line)) => {
                        t.lines.insert(line);
                    }
                    _ => {}
                }
            }
        }
    }
    by_file
}

fn redact(path: &Path, rel: &str, t: &Targets, out: &Path) -> Result<(), String> {
    let file = std::fs::File::create(out).map_err(|e| e.to_string())?;
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    if ext.as_deref() == Some("xlsx") {
        let edits: xlsx::Edits = t
            .rows
            .iter()
            .map(|(s, rows)| {
                (
                    s.clone(),
                    rows.iter().map(|r| (*r, xlsx::RowEdit::Remove)).collect(),
                )
            })
            .collect();
        xlsx::redact(path, rel, &edits, BufWriter::new(file)).map_err(|e| e.to_string())?;
        return Ok(());
    }
    if rel.starts_with("whatsapp/") {
        let mut starts = Vec::new();
        read_file(path, rel, None, &ReadControl::default(), &mut |r| {
            if let Locator::Message { line, .. } = r.locator {
                starts.push(line);
            }
        })
        .map_err(|e| e.to_string())?;
        let edits = t
            .lines
            .iter()
            .map(|l| (*l, chat::MessageEdit::Remove))
            .collect();
        let mut input = BufReader::new(std::fs::File::open(path).map_err(|e| e.to_string())?);
        chat::redact(&mut input, &starts, &edits, &mut BufWriter::new(file))
            .map_err(|e| e.to_string())?;
        return Ok(());
    }
    let (encoding, delimiter) = sniff_file(path, rel).map_err(|e| e.to_string())?;
    let prefix = if encoding == TextEncoding::Utf8Bom {
        3
    } else {
        0
    };
    let edits = t.lines.iter().map(|l| (*l, csv::Edit::Remove)).collect();
    let mut input = BufReader::new(std::fs::File::open(path).map_err(|e| e.to_string())?);
    let outcome = csv::redact(
        &mut input,
        delimiter,
        prefix,
        &edits,
        &mut BufWriter::new(file),
    )
    .map_err(|e| format!("{e:?}"))?;
    if outcome.missing.is_empty() {
        Ok(())
    } else {
        Err(format!("lines not found: {:?}", outcome.missing))
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: bench_redact DIR");
        std::process::exit(2);
    };
    let work = std::env::temp_dir().join(format!("pdpdesk-bench-redact-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("a work folder");
    println!(
        "{:<58} {:>8} {:>7} {:>8} {:>8} {:>8} {:>6}",
        "file", "MB", "records", "s", "MB/s", "grep s", "×grep"
    );
    let (mut ours, mut theirs) = (0.0, 0.0);
    for (rel, t) in targets(&dir) {
        let path = dir.join(&rel);
        if !path.is_file() || rel.ends_with(".eml") {
            continue;
        }
        let mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1_048_576.0;
        let records = t.lines.len() + t.rows.values().map(BTreeSet::len).sum::<usize>();
        let out = work.join("copy");
        let start = Instant::now();
        let done = redact(&path, &rel, &t, &out);
        let secs = start.elapsed().as_secs_f64();
        if let Err(e) = done {
            println!("{rel:<58} error: {e}");
            continue;
        }
        let patterns = work.join("patterns");
        std::fs::write(
            &patterns,
            t.literals.iter().cloned().collect::<Vec<_>>().join("\n"),
        )
        .expect("patterns");
        let grep = if rel.ends_with(".xlsx") {
            None
        } else {
            grep_seconds(&path, &patterns, &work.join("grep-out"))
        };
        let (g, ratio) = match grep {
            Some(g) => {
                ours += secs;
                theirs += g;
                (format!("{g:.2}"), format!("{:.1}", secs / g))
            }
            None => ("-".into(), "-".into()),
        };
        println!(
            "{rel:<58} {mb:>8.1} {records:>7} {secs:>8.2} {:>8.0} {g:>8} {ratio:>6}",
            mb / secs
        );
    }
    if theirs > 0.0 {
        println!(
            "text exports: redaction {ours:.2} s, grep -v -F {theirs:.2} s: {:.1}× grep's time",
            ours / theirs
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}
