//! The start-up probe `scripts/bench-start` reads: the window reports the first paint of its
//! opening view with the office's requests in it. With `PDPDESK_STARTUP_PROBE` set, the moment
//! goes to stderr as milliseconds since the Unix epoch (the script subtracts its own launch
//! time), followed by the steps the start passed (`launch`: the shell's `run` was entered;
//! `origin`: the page's navigation began; then the page's own marks), and the app quits when the
//! variable is `exit`. Without it, nothing happens.

use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

static LAUNCH: OnceLock<f64> = OnceLock::new();

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or_default()
}

/// Notes the moment the shell starts (called first thing in `run`).
pub fn mark_launch() {
    LAUNCH.get_or_init(epoch_ms);
}

#[tauri::command]
pub fn first_paint(app: tauri::AppHandle, origin: f64, marks: BTreeMap<String, f64>) {
    let Some(mode) = std::env::var_os("PDPDESK_STARTUP_PROBE") else {
        return;
    };
    eprintln!("first-paint {}", epoch_ms() as u64);
    let mut steps = format!(
        "startup-steps launch={:.0} origin={origin:.0}",
        LAUNCH.get().copied().unwrap_or_default()
    );
    let mut in_order: Vec<_> = marks.into_iter().collect();
    in_order.sort_by(|a, b| a.1.total_cmp(&b.1));
    for (step, ms) in in_order {
        let step: String = step.chars().filter(char::is_ascii_alphanumeric).collect();
        steps.push_str(&format!(" {step}={:.0}", origin + ms));
    }
    eprintln!("{steps}");
    if mode == "exit" {
        app.exit(0);
    }
}
