//! The test SMTP server: aiosmtpd (Debian's python3-aiosmtpd, which scripts/setup installs) on
//! 127.0.0.1 with STARTTLS, a self-signed certificate and a login; messages land as files in its
//! inbox folder. Shared by the CLI tests and the window tests (tests/e2e, through `#[path]`):
//! it needs nothing but std, and carries its Python script in itself.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub const USER: &str = "kantor";
pub const PASSWORD: &str = "rahasia-123";

/// The server's script, written beside its certificate when it starts.
const SCRIPT: &str = include_str!("smtp_server.py");

/// The test's SMTP server; stopped (its stdin closed, then killed) when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    pub inbox: PathBuf,
    pub cert: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn server(dir: &Path) -> Server {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(Stdio::null())
        .status()
        .expect("openssl makes the test server's certificate");
    assert!(made.success(), "openssl req failed");
    let inbox = dir.join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let port = free_port();
    let script = dir.join("smtp_server.py");
    std::fs::write(&script, SCRIPT).unwrap();
    let mut child = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(port.to_string())
        .arg(&cert)
        .arg(&key)
        .args([USER, PASSWORD])
        .arg(&inbox)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("/usr/bin/python3 runs the test SMTP server (apt-get install python3-aiosmtpd; scripts/setup does)");
    let mut ready = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    assert_eq!(
        ready.trim(),
        "READY",
        "the test SMTP server starts (python3-aiosmtpd installed?)"
    );
    Server {
        child,
        port,
        inbox,
        cert,
    }
}
