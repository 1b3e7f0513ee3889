//! `pdp-officegen --seed N --rows N --out DIR`: writes an invented office's exports and its
//! `expected.json` (for the benchmark and by hand).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: pdp-officegen [--seed N] [--rows N] --out DIR\n  --seed N  which office (default 1)\n  --rows N  background records in the largest exports (default 2000)";

fn parse() -> Result<(u64, usize, PathBuf), String> {
    let (mut seed, mut rows, mut out) = (1u64, 2000usize, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--seed" => {
                seed = value()?
                    .parse()
                    .map_err(|_| "--seed takes a number".to_string())?
            }
            "--rows" => {
                rows = value()?
                    .parse()
                    .map_err(|_| "--rows takes a number".to_string())?
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok((seed, rows, out.ok_or("--out DIR is required")?))
}

fn main() -> ExitCode {
    let (seed, rows, out) = match parse() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("pdp-officegen: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match pdp_officegen::generate(seed, rows, &out) {
        Ok(_) => {
            println!("wrote office {seed} ({rows} rows) to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pdp-officegen: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
