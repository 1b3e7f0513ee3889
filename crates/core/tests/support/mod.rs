//! The shared fixture generator (`../shared/fixtures/gen_fixtures.py`) for the integration tests.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The generator beside the repository.
pub fn generator() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/gen_fixtures.py")
}

/// Writes a generated office into `out` and returns its `expected.json`.
pub fn generate(seed: u32, rows: u32, out: &Path) -> Value {
    assert!(
        generator().exists(),
        "../shared/fixtures/gen_fixtures.py must sit beside the repository"
    );
    let ok = Command::new("python3")
        .arg(generator())
        .args([
            "--seed",
            &seed.to_string(),
            "--rows",
            &rows.to_string(),
            "--out",
        ])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("python3 must be installed to run the fixture generator");
    assert!(
        ok.success(),
        "gen_fixtures.py --seed {seed} --rows {rows} failed"
    );
    serde_json::from_slice(&std::fs::read(out.join("expected.json")).expect("expected.json"))
        .expect("expected.json is JSON")
}

/// A generated office in `tmp/fx`, added as one source and read (so indexed) into the store in
/// `tmp/data`; `expected.json` is taken out of the folder and returned.
#[allow(dead_code)]
pub fn indexed_office(seed: u32, rows: u32, tmp: &Path) -> (pdp_core::Store, Value) {
    let fx = tmp.join("fx");
    let expected = generate(seed, rows, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let mut store = pdp_core::Store::open(&tmp.join("data")).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    pdp_core::sources::refresh::refresh(
        &mut store,
        None,
        &pdp_core::sources::csv_file::ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .unwrap();
    (store, expected)
}
