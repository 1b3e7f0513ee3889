//! What the CLI tests share: the real `pdpdesk` binary on a temporary data directory, and the
//! project's office generator (`pdp-officegen`).

// Each test module uses a part of it.
#![allow(dead_code)]

pub mod certificate;
pub mod letters;
pub mod plan;
pub mod redact;
pub mod smtp;
pub mod smtp_server;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `pdpdesk` on `data` as the staff member "Tester".
pub fn pdpdesk(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(args)
        .env("PDPDESK_DATA_DIR", data)
        .env("PDPDESK_ACTOR", "Tester")
        .output()
        .expect("run pdpdesk")
}

/// Runs with --json, expects success, parses stdout.
pub fn json(data: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = pdpdesk(data, &all);
    assert!(
        out.status.success(),
        "pdpdesk {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Runs with --json, expects the exit `code`; returns the error report from stderr.
pub fn refused(data: &Path, args: &[&str], code: i32) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = pdpdesk(data, &all);
    assert_eq!(
        out.status.code(),
        Some(code),
        "pdpdesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stderr).expect("stderr is JSON");
    report["error"].clone()
}

/// A temporary office: a data directory and room for files.
pub struct Desk {
    pub dir: tempfile::TempDir,
}

impl Desk {
    pub fn new() -> Desk {
        Desk {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn run(&self, args: &[&str]) -> Output {
        pdpdesk(&self.data(), args)
    }

    pub fn json(&self, args: &[&str]) -> Value {
        json(&self.data(), args)
    }

    pub fn refused(&self, args: &[&str], code: i32) -> Value {
        refused(&self.data(), args, code)
    }

    /// The register as `request list --json` gives it.
    pub fn list(&self) -> Vec<Value> {
        self.json(&["request", "list"])
            .as_array()
            .expect("list is an array")
            .clone()
    }

    /// Registers a request (`request new` with `args`) and returns its id.
    pub fn new_request(&self, args: &[&str]) -> String {
        let mut all = vec!["request", "new"];
        all.extend_from_slice(args);
        let made = self.json(&all);
        made["id"]
            .as_str()
            .unwrap_or_else(|| panic!("request new gives an id: {made}"))
            .to_string()
    }

    /// Writes a file beside the data directory and returns its path.
    pub fn write(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }
}

/// Writes a generated office into `out` and returns its `expected.json`.
pub fn generate(seed: u32, rows: u32, out: &Path) -> Value {
    pdp_officegen::generate(u64::from(seed), rows as usize, out)
        .unwrap_or_else(|e| panic!("pdp-officegen --seed {seed} --rows {rows}: {e}"))
}
