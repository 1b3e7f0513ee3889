//! `pdpdesk office mail-server …`: the office's own SMTP server, through which verification
//! codes are e-mailed. The password is read from standard input (never from the command line,
//! where other users could see it) and kept sealed.

use crate::output::{self, Failure};
use crate::Ctx;
use clap::{Args, ValueEnum};
use pdp_core::desk::mail_server::{mail_server, set_mail_server, MailServer};
use pdp_core::smtp::{Security, SmtpSettings};
use pdp_core::CoreError;

#[derive(Clone, Copy, ValueEnum)]
pub enum SecurityArg {
    /// STARTTLS, usually port 587.
    Starttls,
    /// TLS from the start, usually port 465.
    Tls,
}

#[derive(Args)]
pub struct MailServerArgs {
    /// The server's host name; without it the settings are only shown.
    #[arg(long)]
    host: Option<String>,
    #[arg(long, default_value_t = 587)]
    port: u16,
    #[arg(long, value_enum, default_value = "starttls")]
    security: SecurityArg,
    /// The login name (none for a server that takes mail without one).
    #[arg(long)]
    user: Option<String>,
    /// The From address of codes sent.
    #[arg(long)]
    sender: Option<String>,
    /// A certificate (PEM) to trust besides the system's.
    #[arg(long)]
    ca_file: Option<String>,
    /// Read the password from the first line of standard input.
    #[arg(long, conflicts_with = "clear_password")]
    password_stdin: bool,
    /// Remove the kept password.
    #[arg(long)]
    clear_password: bool,
    /// Send a test message to this address through the kept settings (after saving any given).
    #[arg(long, value_name = "ADDRESS")]
    send_test: Option<String>,
}

fn print(ctx: &Ctx, m: &MailServer) {
    if ctx.json {
        output::json(m);
        return;
    }
    match &m.settings {
        None => println!("No mail server is set: codes are sent by hand."),
        Some(s) => output::fields(&[
            ("Server", format!("{}:{}", s.host, s.port)),
            (
                "Security",
                match s.security {
                    Security::StartTls => "STARTTLS".into(),
                    Security::Tls => "TLS".into(),
                },
            ),
            ("User", s.user.clone().unwrap_or_default()),
            ("Sender", s.sender.clone()),
            (
                "Password",
                if m.has_password {
                    "set (sealed)"
                } else {
                    "none"
                }
                .into(),
            ),
        ]),
    }
}

pub fn run(ctx: &mut Ctx, args: MailServerArgs) -> Result<(), Failure> {
    let test = args.send_test.clone();
    let Some(host) = args.host else {
        return match test {
            Some(to) => send_test(ctx, &to),
            None => {
                let m = mail_server(&ctx.store)?;
                print(ctx, &m);
                Ok(())
            }
        };
    };
    let password = if args.password_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(|e| {
            CoreError::invalid(
                "password",
                "format",
                format!("cannot read the password: {e}"),
            )
        })?;
        Some(line.trim_end_matches(['\r', '\n']).to_string())
    } else if args.clear_password {
        Some(String::new())
    } else {
        None
    };
    let settings = SmtpSettings {
        host,
        port: args.port,
        security: match args.security {
            SecurityArg::Starttls => Security::StartTls,
            SecurityArg::Tls => Security::Tls,
        },
        user: args.user,
        sender: args.sender.unwrap_or_default(),
        ca_file: args.ca_file,
    };
    let m = set_mail_server(
        &mut ctx.store,
        &settings,
        password.as_deref(),
        &ctx.actor,
        chrono::Utc::now(),
    )?;
    match test {
        Some(to) => send_test(ctx, &to),
        None => {
            print(ctx, &m);
            Ok(())
        }
    }
}

/// The test message: `{"sent_to": …}` when the server took it.
fn send_test(ctx: &Ctx, to: &str) -> Result<(), Failure> {
    let sent_to = pdp_core::desk::mail_server::send_test(&ctx.store, to)?;
    if ctx.json {
        output::json(&serde_json::json!({ "sent_to": sent_to }));
    } else {
        println!("The mail server took the test message to {sent_to}.");
    }
    Ok(())
}
