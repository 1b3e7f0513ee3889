//! Read throughput of every source in a folder (e.g. `pdp-officegen --rows 1000000`), one core,
//! next to ripgrep counting the same files' lines in the same run, and the peak memory.
//!
//! `cargo run --release -p pdp-core --example bench_sources -- DIR`

use pdp_core::sources::read::{files_of, read_file};
use pdp_core::sources::ReadControl;
use std::path::Path;
use std::time::Instant;

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn ripgrep_seconds(path: &Path) -> Option<f64> {
    let start = Instant::now();
    let out = std::process::Command::new("rg")
        .args(["-c", "-j1", ""])
        .arg(path)
        .output()
        .ok()?;
    out.status.success().then(|| start.elapsed().as_secs_f64())
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bench_sources DIR");
        std::process::exit(2);
    };
    let files = files_of(Path::new(&dir)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    println!(
        "{:<58} {:>9} {:>10} {:>8} {:>9} {:>9}",
        "file", "MB", "records", "s", "MB/s", "rg MB/s"
    );
    let (mut total_mb, mut total_s) = (0.0, 0.0);
    for (path, rel) in files {
        let mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1_048_576.0;
        let start = Instant::now();
        let mut fields = 0usize;
        let result = read_file(&path, &rel, None, &ReadControl::default(), &mut |r| {
            fields += r.fields.len()
        });
        let secs = start.elapsed().as_secs_f64();
        let rg = ripgrep_seconds(&path).map_or("-".to_string(), |s| format!("{:.0}", mb / s));
        match result {
            Ok(r) => println!(
                "{rel:<58} {mb:>9.1} {:>10} {secs:>8.2} {:>9.0} {rg:>9}",
                r.report.records,
                mb / secs
            ),
            Err(e) => println!("{rel:<58} error: {e}"),
        }
        total_mb += mb;
        total_s += secs;
    }
    println!(
        "{:<58} {total_mb:>9.1} {:>10} {total_s:>8.2} {:>9.0}",
        "all",
        "",
        total_mb / total_s
    );
    println!("peak RSS: {:.0} MB", peak_rss_mb().unwrap_or(f64::NAN));
}
