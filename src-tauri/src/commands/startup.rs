//! The start-up probe `scripts/bench-start` reads: the window reports the first paint of its
//! opening view with the office's requests in it. With `PDPDESK_STARTUP_PROBE` set, the moment
//! goes to stderr as milliseconds since the Unix epoch (the script subtracts its own launch
//! time), and the app quits when the variable is `exit`. Without it, nothing happens.

use std::time::{SystemTime, UNIX_EPOCH};

#[tauri::command]
pub fn first_paint(app: tauri::AppHandle) {
    let Some(mode) = std::env::var_os("PDPDESK_STARTUP_PROBE") else {
        return;
    };
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    eprintln!("first-paint {ms}");
    if mode == "exit" {
        app.exit(0);
    }
}
