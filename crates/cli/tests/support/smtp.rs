//! The office's mail server set through the CLI, against the test SMTP server of
//! `smtp_server.rs` (shared with the window tests).

use super::smtp_server::USER;
use super::Desk;
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Sets the office's mail server, the password through stdin.
pub fn set_mail_server(desk: &Desk, port: u16, ca: Option<&Path>, password: &str) {
    let port = port.to_string();
    let mut args = vec![
        "office",
        "mail-server",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "starttls",
        "--user",
        USER,
        "--sender",
        "privasi@example.com",
        "--password-stdin",
        "--json",
    ];
    let ca = ca.map(|c| c.to_str().unwrap().to_string());
    if let Some(ca) = &ca {
        args.extend(["--ca-file", ca.as_str()]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(&args)
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "office mail-server: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["has_password"], true, "{shown}");
}
