#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::Path;
use std::process::ExitCode;

/// The window, or the command line when called by that name: the .deb installs
/// `/usr/bin/pdpdesk` as a link to this program.
fn main() -> ExitCode {
    let called = std::env::args_os().next().unwrap_or_default();
    if Path::new(&called)
        .file_stem()
        .is_some_and(|n| n == "pdpdesk")
    {
        return pdpdesk::main();
    }
    pdp_desk_lib::run();
    ExitCode::SUCCESS
}
