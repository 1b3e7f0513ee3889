//! Starting the real app under tauri-driver (which drives WebKitWebDriver) and the helpers the
//! window tests share. Run through `scripts/e2e`, which builds the app and starts Xvfb.

// Each test module uses a part of it.
#![allow(dead_code)]

/// The CLI tests' SMTP server (aiosmtpd with STARTTLS and a login), shared as it is.
#[path = "../../../../crates/cli/tests/support/smtp_server.rs"]
pub mod smtp;
pub mod walk;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

/// Stops tauri-driver with SIGTERM: only then does it stop its WebKitWebDriver child as well.
pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn binary(env: &str, default: &str) -> PathBuf {
    let rel = std::env::var(env).unwrap_or_else(|_| default.to_string());
    let p = root().join(rel);
    // The folder is resolved, the name kept: an installed `pdpdesk` is a link to `pdp-desk`,
    // and the program is the command line only when called by that name.
    let found = p
        .metadata()
        .and_then(|_| p.parent().unwrap_or(&p).canonicalize());
    match (found, p.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        (Err(e), _) => panic!("{p:?} not found ({e}); build it first (scripts/e2e does)"),
        (_, None) => panic!("{p:?} names no program"),
    }
}

/// Runs the real CLI on the same data directory as the window.
pub fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(binary("PDPDESK_BIN", "target/debug/pdpdesk"))
        .args(args)
        .env("PDPDESK_DATA_DIR", data)
        .env("PDPDESK_ACTOR", "CLI")
        .output()
        .expect("run pdpdesk")
}

pub fn cli_json(data: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = cli(data, &all);
    assert!(
        out.status.success(),
        "pdpdesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "tauri-driver did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts tauri-driver on its own ports and opens the app on `data` as the data directory; a
/// brand-new folder starts with the demo office, as `scripts/run` does.
pub async fn open_window(data: &Path, port: u16) -> (Driver, Client) {
    open_window_as(data, port, "demo").await
}

/// As [`open_window`], with `PDPDESK_FIRST_START` as given (`setup`: the installed copy's first
/// start).
pub async fn open_window_as(data: &Path, port: u16, first_start: &str) -> (Driver, Client) {
    open_window_env(data, port, first_start, &[]).await
}

/// As [`open_window_as`], with more environment for the app (e.g. `XDG_CONFIG_HOME`, whose
/// `user-dirs.dirs` names the documents folder the app proposes for its outputs).
pub async fn open_window_env(
    data: &Path,
    port: u16,
    first_start: &str,
    env: &[(&str, &str)],
) -> (Driver, Client) {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "no DISPLAY: run under xvfb-run (scripts/e2e does)"
    );
    let native = port + 1;
    for p in [port, native] {
        assert!(
            TcpStream::connect(("127.0.0.1", p)).is_err(),
            "port {p} is taken (a stale tauri-driver or WebKitWebDriver?)"
        );
    }
    let child =
        Command::new(std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into()))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("PDPDESK_DATA_DIR", data)
            .env("PDPDESK_FIRST_START", first_start)
            .envs(env.iter().copied())
            .spawn()
            .expect("cannot start tauri-driver (cargo install tauri-driver --locked)");
    let driver = Driver(child);
    wait_for_port(port);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "tauri:options".into(),
        serde_json::json!({ "application": binary("TAURI_APP", "target/debug/pdp-desk") }),
    );
    let client = tokio::time::timeout(
        Duration::from_secs(40),
        ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}")),
    )
    .await
    .expect("new WebDriver session timed out: did the app start?")
    .expect("WebDriver session");
    (driver, client)
}

pub fn testid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// Waits for an element by `data-testid`.
pub async fn el(c: &Client, id: &str) -> Element {
    c.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(&testid(id)))
        .await
        .unwrap_or_else(|e| panic!("element {id} did not appear: {e}"))
}

/// Waits until some element matching `css` has text containing `needle` (its DOM text, so table
/// rows work too) and returns it.
pub async fn wait_text(c: &Client, css: &str, needle: &str) -> Element {
    let script = "const [css, needle] = arguments;
        const hit = Array.from(document.querySelectorAll(css)).find(e => e.textContent.includes(needle));
        return hit || null;";
    let start = Instant::now();
    loop {
        let found = c
            .execute(
                script,
                vec![serde_json::json!(css), serde_json::json!(needle)],
            )
            .await
            .ok()
            .filter(|v| !v.is_null())
            .and_then(|v| v.as_object()?.values().next()?.as_str().map(String::from))
            .map(|id| Element::from_element_id(c.clone(), id.into()));
        if let Some(e) = found {
            return e;
        }
        if start.elapsed() > Duration::from_secs(15) {
            screenshot(c, "failure").await;
            panic!("no {css} with text {needle:?} appeared (screenshot: failure.png)");
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// Saves what the window shows, after two painted frames (a WebDriver screenshot is the last frame).
pub async fn screenshot(c: &Client, name: &str) {
    let _ = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await;
    let dir =
        root().join(std::env::var("E2E_ARTEFACTS").unwrap_or_else(|_| "artefacts/e2e".into()));
    std::fs::create_dir_all(&dir).expect("artefacts dir");
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
}

/// Drops files onto the window the way the desktop does: the webview's drag-drop event.
pub async fn drop_files(c: &fantoccini::Client, paths: &[String]) {
    c.execute(
        "return window.__TAURI_INTERNALS__.invoke('plugin:event|emit', {
            event: 'tauri://drag-drop',
            payload: { paths: arguments[0], position: { x: 400, y: 300 } }
         });",
        vec![serde_json::json!(paths)],
    )
    .await
    .expect("emit the drop event");
}

/// Clicks through the page's own click(): for a button that a toast or a sticky bar may cover
/// at the moment WebDriver would click it.
pub async fn press(c: &fantoccini::Client, id: &str) {
    let e = el(c, id).await;
    c.execute(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
        vec![serde_json::to_value(&e).expect("element as JSON")],
    )
    .await
    .unwrap_or_else(|err| panic!("click {id}: {err}"));
}

/// Scrolls an element to the top of the window, for the screenshot.
pub async fn scroll_to(c: &fantoccini::Client, id: &str) {
    let e = el(c, id).await;
    c.execute(
        "arguments[0].scrollIntoView({block: 'start'});",
        vec![serde_json::to_value(&e).expect("element as JSON")],
    )
    .await
    .expect("scroll");
}
