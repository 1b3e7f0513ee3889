//! The office's mail server as set in Settings: the settings as JSON in the settings table, the
//! password sealed apart (`IndexSecret::seal`), never in clear in the database.

use crate::audit::Action;
use crate::desk::index_secret;
use crate::smtp::SmtpSettings;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

const SETTINGS: &str = "smtp.settings";
const PASSWORD: &str = "smtp.password";
/// What the password is sealed for (the key is derived per purpose).
const PURPOSE: &str = "smtp-password";

/// The mail server as the window and the CLI show it: the password only as "set" or not.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MailServer {
    pub settings: Option<SmtpSettings>,
    pub has_password: bool,
}

/// The mail server's settings, if set.
pub fn mail_server(store: &Store) -> Result<MailServer> {
    Ok(MailServer {
        settings: store
            .setting(SETTINGS)?
            .and_then(|json| serde_json::from_str(&json).ok()),
        has_password: store.setting(PASSWORD)?.is_some(),
    })
}

/// Sets the mail server. `password`: `None` keeps the one kept, `Some("")` removes it, any
/// other text replaces it (sealed).
pub fn set_mail_server(
    store: &mut Store,
    settings: &SmtpSettings,
    password: Option<&str>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<MailServer> {
    settings.check()?;
    settings.check_ca_file()?;
    let json = serde_json::to_string(settings).unwrap_or_default();
    store.set_setting(SETTINGS, &json, Action::SettingsMailServer, actor, now)?;
    match password {
        None => {}
        Some("") => store.remove_setting(PASSWORD, Action::SettingsMailPassword, actor, now)?,
        Some(p) => {
            let sealed = index_secret(store)?.seal(PURPOSE, p.as_bytes())?;
            let hex: String = sealed.iter().map(|b| format!("{b:02x}")).collect();
            store.set_setting(PASSWORD, &hex, Action::SettingsMailPassword, actor, now)?;
        }
    }
    mail_server(store)
}

/// The settings and the password in clear, to send with; a refusal when none are set or the
/// password cannot be opened (the data folder's secret changed).
pub(crate) fn for_sending(store: &Store) -> Result<(SmtpSettings, Option<String>)> {
    let settings = mail_server(store)?
        .settings
        .ok_or_else(|| CoreError::Smtp {
            reason: "not_set",
            why: "no mail server is set: fill in Settings → Mail server (pdpdesk office mail-server --host …), or hand the code or the letter over another way"
                .into(),
        })?;
    let password = match store.setting(PASSWORD)? {
        None => None,
        Some(hex) => {
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| {
                    hex.get(i..i + 2)
                        .and_then(|b| u8::from_str_radix(b, 16).ok())
                })
                .collect();
            let opened = bytes
                .and_then(|b| index_secret(store).ok()?.unseal(PURPOSE, &b))
                .and_then(|p| String::from_utf8(p).ok());
            Some(opened.ok_or_else(|| CoreError::Smtp {
                reason: "password_unreadable",
                why: "the mail server's password cannot be opened (the data folder's secret changed): type it again in Settings".into(),
            })?)
        }
    };
    Ok((settings, password))
}

/// Sends a short test message through the kept settings to an address staff typed, so they see
/// the server take mail before a code or a letter depends on it. It names the office only: no
/// request, no requester. Returns the address as sent to.
pub fn send_test(store: &Store, to: &str) -> Result<String> {
    let to = crate::identifiers::email::normalise(to).map_err(|_| {
        CoreError::invalid(
            "to",
            "format",
            format!("{} is not an e-mail address", crate::text::quoted(to)),
        )
    })?;
    let (settings, password) = for_sending(store)?;
    let office = store.office()?.name;
    let body = format!(
        "Pesan uji dari PDP Desk ({office}): server surel kantor dapat mengirim kode verifikasi dan surat.\n\n\
         A test message from PDP Desk ({office}): the office's mail server can send verification codes and letters.\n"
    );
    crate::smtp::send(
        &settings,
        password.as_deref(),
        &crate::smtp::Outgoing {
            to: &to,
            subject: "Uji server surel PDP Desk / PDP Desk mail server test",
            body: &body,
            pdf: None,
        },
    )?;
    Ok(to)
}
