//! One program, two names: called `pdpdesk` (the link the .deb installs), `pdp-desk` is the
//! command line, with its version, its JSON and its exit codes; no window is opened.

use std::path::Path;
use std::process::Command;

fn linked_as_pdpdesk(dir: &Path) -> std::path::PathBuf {
    let link = dir.join("pdpdesk");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_pdp-desk"), &link).expect("make the link");
    link
}

#[test]
fn called_pdpdesk_the_window_program_is_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let pdpdesk = linked_as_pdpdesk(tmp.path());
    let data = tmp.path().join("data");

    let version = Command::new(&pdpdesk)
        .arg("--version")
        .output()
        .expect("run the link");
    assert!(version.status.success(), "{version:?}");
    let said = String::from_utf8_lossy(&version.stdout);
    assert!(
        said.starts_with(&format!(
            "pdpdesk {} (database schema ",
            env!("CARGO_PKG_VERSION")
        )),
        "the link answers as the command line, not as the window: {said}"
    );

    let list = Command::new(&pdpdesk)
        .args(["request", "list", "--json"])
        .env("PDPDESK_DATA_DIR", &data)
        .env_remove("DISPLAY")
        .output()
        .expect("run the link");
    assert!(
        list.status.success(),
        "a register is listed without a display: {}",
        String::from_utf8_lossy(&list.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).expect("JSON");
    assert_eq!(
        rows,
        serde_json::json!([]),
        "a new data folder has no requests"
    );
    assert!(
        data.join("pdpdesk.db").is_file(),
        "the register is made where asked"
    );

    let wrong = Command::new(&pdpdesk)
        .args(["request", "show", "REQ-1999-0001", "--json"])
        .env("PDPDESK_DATA_DIR", &data)
        .output()
        .expect("run the link");
    assert!(!wrong.status.success(), "an unknown request is a failure");
    let err: serde_json::Value = serde_json::from_slice(&wrong.stderr).expect("a JSON error");
    assert_eq!(
        err["error"]["code"], "request_not_found",
        "the error has its code, as the command line's own: {err}"
    );
}
