//! Handing a file or folder to the desktop (`xdg-open`, `open`, `start`): a kept letter to the PDF
//! viewer, a bundle's folder to the file manager. The project has no opener plugin.

/// Hands `path` to the desktop's opener; the viewer runs on its own, the window does not wait.
pub fn open(path: &std::path::Path) -> std::io::Result<()> {
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]).arg(path);
        c
    };
    #[cfg(target_os = "macos")]
    let mut command = {
        let mut c = std::process::Command::new("open");
        c.arg(path);
        c
    };
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let mut command = {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(path);
        c
    };
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Reaped when the opener exits, so no zombie is left behind.
            std::thread::spawn(move || child.wait());
        })
}
