//! The project's office generator (`pdp-officegen`) for the integration tests.

use serde_json::Value;
use std::path::Path;

/// Writes a generated office into `out` and returns its `expected.json`.
pub fn generate(seed: u32, rows: u32, out: &Path) -> Value {
    pdp_officegen::generate(u64::from(seed), rows as usize, out)
        .unwrap_or_else(|e| panic!("pdp-officegen --seed {seed} --rows {rows}: {e}"))
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
    pdp_core::desk::refresh::refresh(
        &mut store,
        None,
        &pdp_core::sources::ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .unwrap();
    (store, expected)
}
