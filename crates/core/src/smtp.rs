//! Sending a message through the office's own SMTP server (lettre, over the system's TLS
//! library): the settings staff give, and one send that says in plain words why it failed (the
//! server refused the connection, the TLS handshake failed, the user name or password was
//! refused). Nothing is queued or retried behind the staff's back.

use crate::{CoreError, Result};
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use ts_rs::TS;

/// How the connection to the server is secured. Plain text is not offered: the message carries
/// a verification code, and the login a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Security {
    /// Connect in plain text and require STARTTLS before anything is sent (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
}

/// The office's mail server, as set in Settings. The password is kept apart, sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The login; none for a server that takes mail without one.
    pub user: Option<String>,
    /// The From address, e.g. `privasi@kantor.co.id`.
    pub sender: String,
    /// A certificate (PEM) to trust besides the system's, for a server with its own CA.
    #[serde(default)]
    pub ca_file: Option<String>,
}

impl SmtpSettings {
    /// Checks the settings staff typed.
    pub fn check(&self) -> Result<()> {
        if self.host.trim().is_empty() || self.host.contains(char::is_whitespace) {
            return Err(CoreError::invalid(
                "host",
                "required",
                "the mail server's host name is required (e.g. mail.kantor.co.id)",
            ));
        }
        if self.port == 0 {
            return Err(CoreError::invalid(
                "port",
                "format",
                "the port is a number such as 587 (STARTTLS) or 465 (TLS)",
            ));
        }
        crate::identifiers::email::normalise(&self.sender).map_err(|_| {
            CoreError::invalid(
                "sender",
                "format",
                "the sender is an e-mail address (e.g. privasi@kantor.co.id)",
            )
        })?;
        Ok(())
    }

    /// The certificate file to trust, when one is set.
    pub fn ca_file(&self) -> Option<&str> {
        self.ca_file.as_deref().filter(|c| !c.trim().is_empty())
    }

    /// Checks that the certificate to trust, when one is set, can be read as PEM (when the
    /// settings are saved, so a wrong path is said then and not at the first send).
    pub fn check_ca_file(&self) -> Result<()> {
        match self.ca_file() {
            None => Ok(()),
            Some(path) => certificate(path).map(|_| ()).map_err(|e| {
                CoreError::invalid(
                    "ca_file",
                    if std::path::Path::new(path).is_file() {
                        "format"
                    } else {
                        "not_found"
                    },
                    e.to_string(),
                )
            }),
        }
    }
}

/// Reads the certificate to trust besides the system's (PEM).
fn certificate(path: &str) -> Result<Certificate> {
    let pem = std::fs::read(path).map_err(|e| CoreError::File {
        path: path.into(),
        message: format!("the certificate to trust cannot be read: {e}"),
    })?;
    Certificate::from_pem(&pem).map_err(|_| CoreError::File {
        path: path.into(),
        message: "not a PEM certificate".into(),
    })
}

/// One message to send: plain text, with a PDF attached when one is given.
pub struct Outgoing<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// The file's name and its bytes.
    pub pdf: Option<(&'a str, &'a [u8])>,
}

fn pdf_type() -> Result<ContentType> {
    ContentType::parse("application/pdf").map_err(|e| {
        failed(
            "setup",
            format!("the attachment's type could not be set: {e}"),
        )
    })
}

fn failed(reason: &'static str, why: String) -> CoreError {
    CoreError::Smtp { reason, why }
}

/// Sends one message. The error says what went wrong in words staff can act on.
pub fn send(settings: &SmtpSettings, password: Option<&str>, mail: &Outgoing) -> Result<()> {
    settings.check()?;
    let address = |text: &str, field: &'static str| -> Result<Mailbox> {
        text.parse::<Mailbox>().map_err(|_| {
            CoreError::invalid(
                field,
                "format",
                format!("{} is not an e-mail address", crate::text::quoted(text)),
            )
        })
    };
    let builder = Message::builder()
        .from(address(&settings.sender, "sender")?)
        .to(address(mail.to, "to")?)
        .subject(mail.subject);
    let message = match mail.pdf {
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.to_string()),
        Some((name, bytes)) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(mail.body.to_string()))
                .singlepart(Attachment::new(name.to_string()).body(bytes.to_vec(), pdf_type()?)),
        ),
    }
    .map_err(|e| {
        failed(
            "setup",
            format!("the message could not be put together: {e}"),
        )
    })?;
    let mut tls = TlsParameters::builder(settings.host.clone());
    if let Some(ca) = settings.ca_file() {
        tls = tls.add_root_certificate(certificate(ca)?);
    }
    let tls = tls
        .build()
        .map_err(|e| failed("setup", format!("TLS could not be set up: {e}")))?;
    let mut transport = SmtpTransport::builder_dangerous(settings.host.as_str())
        .port(settings.port)
        .timeout(Some(Duration::from_secs(20)))
        .tls(match settings.security {
            Security::StartTls => Tls::Required(tls),
            Security::Tls => Tls::Wrapper(tls),
        });
    if let Some(user) = settings.user.as_deref().filter(|u| !u.is_empty()) {
        transport = transport.credentials(Credentials::new(
            user.to_string(),
            password.unwrap_or_default().to_string(),
        ));
    }
    let server = format!("{}:{}", settings.host, settings.port);
    transport.build().send(&message).map(|_| ()).map_err(|e| {
        let code = e.status().map(|c| c.to_string());
        let detail = std::error::Error::source(&e)
            .map(|s| s.to_string())
            .unwrap_or_else(|| e.to_string());
        // lettre reports a failed handshake during STARTTLS as a connection error: the system
        // TLS library's words tell it apart.
        let tls = e.is_tls()
            || ["certificate", "SSL", "TLS", "handshake"]
                .iter()
                .any(|w| detail.contains(w));
        let (reason, why) = match code.as_deref() {
            Some("535" | "534" | "530" | "454") => (
                "login_refused",
                format!(
                    "the mail server {server} refused the user name or password ({})",
                    code.unwrap_or_default()
                ),
            ),
            Some(code) => (
                "message_refused",
                format!("the mail server {server} refused the message ({code}): {detail}"),
            ),
            None if tls => (
                "tls",
                format!(
                    "the secure connection to {server} failed (is the server's certificate trusted, and is the security setting right?): {detail}"
                ),
            ),
            None if e.is_timeout() => (
                "timeout",
                format!("the mail server {server} did not answer in time"),
            ),
            None => (
                "unreachable",
                format!("the mail server {server} could not be reached: {detail}"),
            ),
        };
        failed(reason, why)
    })
}
