//! `pdpdesk verify …`: who asks, proven before anything leaves the office. Status and the gate,
//! a one-time code (drawn from the OS random source, shown once), the requester's answer, a NIK
//! or an authority sighted, a supervisor's override, and the office's levels per right.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::desk::verify::{self as desk, Delivery, VerificationStatus};
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::verify::code::Answer;
use pdp_core::verify::{Level, Requirement, Waiting};
use pdp_core::vocabulary::Right;
use pdp_core::CoreError;

#[derive(Subcommand)]
pub enum VerifyCommand {
    /// Each requirement of the request's level, met (by whom, when) or missing, and the gate.
    Status {
        #[arg(long)]
        request: String,
    },
    /// Exit 0 when the request's data may leave the office, 4 with what is missing otherwise.
    Gate {
        #[arg(long)]
        request: String,
    },
    /// Draw a new one-time code (replacing any earlier one) and show it once, with the texts to
    /// send it by WhatsApp or read it out on a call; with --email, e-mail it instead through the
    /// office's mail server (to the request's first address, or the one named).
    Code {
        #[arg(long)]
        request: String,
        #[arg(long, num_args = 0..=1, default_missing_value = "")]
        email: Option<String>,
    },
    /// Check the code the requester answered (as staff typed it).
    Check {
        #[arg(long)]
        request: String,
        code: String,
    },
    /// Note the NIK seen on the requester's KTP (16 digits; only the masked form is kept).
    Nik {
        #[arg(long)]
        request: String,
        nik: String,
    },
    /// Note the authority an agent or guardian showed (a power of attorney, a family card).
    Agent {
        #[arg(long)]
        request: String,
        /// What was shown, e.g. "surat kuasa bermeterai 1 Des 2026".
        document: String,
    },
    /// Let the data leave without the verification asked (a supervisor's decision; logged).
    Override {
        #[arg(long)]
        request: String,
        #[arg(long)]
        reason: String,
    },
    /// Close a request whose requester never answered (after the office's working days): the
    /// refusal letter on the identity ground is issued and the request moves to rejected.
    Close {
        #[arg(long)]
        request: String,
        /// The letter's language: id (default) or en.
        #[arg(long, default_value = "id")]
        lang: String,
    },
    /// Requests whose code or verification-request letter went unanswered: a reminder after 2
    /// working days, closing as unverified allowed after the office's number (10 unless set with
    /// `levels --close-after`), with the day each becomes due.
    Waiting,
    /// The office's levels per right; `--set right=level` changes one, `--code-minutes` how long
    /// a code is valid.
    Levels {
        /// e.g. `access=contact-and-identity`, `correction=contact-on-file`, `information=none`
        #[arg(long)]
        set: Vec<String>,
        #[arg(long)]
        code_minutes: Option<u32>,
        /// Working days without an answer after which a request may be closed as unverified.
        #[arg(long)]
        close_after: Option<u32>,
    },
}

fn requirement(r: Requirement) -> &'static str {
    match r {
        Requirement::ContactOnFile => "contact on file",
        Requirement::Identity => "one-time code or NIK sighted",
        Requirement::Authority => "authority of the agent or guardian",
        Requirement::Guardian => "a guardian for a subject under 18",
    }
}

fn print_status(s: &VerificationStatus) {
    println!(
        "{} · level {} · {}",
        s.request_id,
        s.gate.level,
        if s.gate.open {
            "the data may leave the office"
        } else {
            "NOT VERIFIED: nothing may leave the office"
        }
    );
    let rows: Vec<Vec<String>> = s
        .gate
        .checks
        .iter()
        .map(|c| match &c.met {
            Some(m) => vec![
                requirement(c.requirement).into(),
                "met".into(),
                shown(&m.by).into_owned(),
                m.at.to_rfc3339(),
                shown(&m.detail).into_owned(),
            ],
            None => vec![
                requirement(c.requirement).into(),
                "MISSING".into(),
                String::new(),
                String::new(),
                String::new(),
            ],
        })
        .collect();
    output::table(&["REQUIREMENT", "", "BY", "AT", "WHAT"], &rows);
    if let Some(o) = &s.gate.overridden {
        println!(
            "Overridden by {} at {}: {}",
            shown(&o.by),
            o.at.to_rfc3339(),
            shown(&o.reason)
        );
    }
    if let Some(c) = &s.code {
        let state = if c.answered {
            "answered"
        } else if c.locked {
            "locked"
        } else if c.expired {
            "expired"
        } else {
            "waiting for the answer"
        };
        println!(
            "Code sent {} · valid until {} · {} wrong · {state}",
            c.issued_at.to_rfc3339(),
            c.expires_at.to_rfc3339(),
            c.wrong
        );
    }
    if let Some(note) = &s.contact_note {
        println!("Contact on file could not be checked: {}", shown(note));
    }
}

fn set_level(ctx: &mut Ctx, pairs: &[String]) -> Result<(), Failure> {
    let mut levels = desk::levels(&ctx.store)?;
    for pair in pairs {
        let (right, level) = pair.split_once('=').ok_or_else(|| {
            CoreError::invalid(
                "set",
                "format",
                "write right=level, e.g. access=contact-and-identity",
            )
        })?;
        levels
            .per_right
            .insert(Right::parse(right)?, Level::parse(level)?);
    }
    desk::set_levels(&mut ctx.store, &levels, &ctx.actor, Utc::now())?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, cmd: VerifyCommand) -> Result<(), Failure> {
    let now = Utc::now();
    let control = ReadControl::default();
    match cmd {
        VerifyCommand::Status { request } => {
            let s = desk::status(&ctx.store, &request, &control, now)?;
            if ctx.json {
                output::json(&s);
            } else {
                print_status(&s);
            }
        }
        VerifyCommand::Gate { request } => {
            let gate = desk::require_verified(&ctx.store, &request, &control, now)?;
            if ctx.json {
                output::json(&gate);
            } else {
                println!("{request}: verified, the data may leave the office");
            }
        }
        VerifyCommand::Code { request, email } => {
            let delivery = match email {
                None => Delivery::ByHand,
                Some(to) => Delivery::Email {
                    to: Some(to).filter(|t| !t.is_empty()),
                },
            };
            let issued = desk::issue_code(
                &mut ctx.store,
                &request,
                &delivery,
                &ctx.actor,
                now,
                &mut desk::os_draw,
            )?;
            if ctx.json {
                output::json(&issued);
            } else if let Some(to) = &issued.sent_to {
                println!(
                    "Code for {} e-mailed to {to} (valid until {}). Type the requester's answer: pdpdesk verify check --request {} CODE",
                    issued.request_id,
                    issued.expires_at.to_rfc3339(),
                    issued.request_id
                );
            } else {
                println!(
                    "Code for {}: {} (valid until {})\n\nBahasa Indonesia:\n{}\n\nEnglish:\n{}",
                    issued.request_id,
                    issued.code.as_deref().unwrap_or_default(),
                    issued.expires_at.to_rfc3339(),
                    issued.message_id,
                    issued.message_en
                );
            }
        }
        VerifyCommand::Check { request, code } => {
            let answer = desk::check_code(&mut ctx.store, &request, &code, &ctx.actor, now)?;
            if let Answer::Wrong { left } = answer {
                return Err(CoreError::Verification {
                    request_id: request,
                    why: format!("wrong code; {left} more tries before the code locks"),
                }
                .into());
            }
            if ctx.json {
                output::json(&answer);
            } else {
                println!("{request}: the code is right, identity verified");
            }
        }
        VerifyCommand::Nik { request, nik } => {
            let masked =
                desk::sight_nik(&mut ctx.store, &request, &nik, &ctx.actor, now, &control)?;
            if ctx.json {
                output::json(&serde_json::json!({ "request_id": request, "nik_masked": masked }));
            } else {
                println!("{request}: NIK sighted, kept as {masked}");
            }
        }
        VerifyCommand::Agent { request, document } => {
            desk::sight_authority(&mut ctx.store, &request, &document, &ctx.actor, now)?;
            let s = desk::status(&ctx.store, &request, &control, now)?;
            if ctx.json {
                output::json(&s);
            } else {
                print_status(&s);
            }
        }
        VerifyCommand::Override { request, reason } => {
            desk::override_gate(&mut ctx.store, &request, &reason, &ctx.actor, now)?;
            let s = desk::status(&ctx.store, &request, &control, now)?;
            if ctx.json {
                output::json(&s);
            } else {
                print_status(&s);
            }
        }
        VerifyCommand::Close { request, lang } => {
            let closed = pdp_core::desk::letters::close_unverified(
                &mut ctx.store,
                &request,
                pdp_core::language::Language::parse(&lang)?,
                &ctx.actor,
                &control,
                now,
            )?;
            if ctx.json {
                output::json(&closed);
            } else {
                println!(
                    "{} closed as unverified (rejected); refusal letter {} kept as {}",
                    closed.request.id,
                    closed.letter.number,
                    closed.letter.file.clone().unwrap_or_default()
                );
            }
        }
        VerifyCommand::Waiting => {
            let waiting = desk::awaiting_answer(&ctx.store, now)?;
            if ctx.json {
                output::json(&waiting);
            } else {
                let rows: Vec<Vec<String>> = waiting
                    .iter()
                    .map(|w| {
                        let (days, what) = match w.waiting {
                            Waiting::Recent { working_days } => (working_days, "waiting"),
                            Waiting::Remind { working_days } => {
                                (working_days, "REMIND the requester")
                            }
                            Waiting::MayClose { working_days } => {
                                (working_days, "may be closed as unverified")
                            }
                        };
                        vec![
                            w.request_id.clone(),
                            w.asked_at.to_rfc3339(),
                            days.to_string(),
                            w.remind_on.to_string(),
                            w.close_on.to_string(),
                            what.into(),
                        ]
                    })
                    .collect();
                output::table(
                    &[
                        "REQUEST",
                        "ASKED",
                        "WORKING DAYS",
                        "REMIND FROM",
                        "MAY CLOSE FROM",
                        "",
                    ],
                    &rows,
                );
            }
        }
        VerifyCommand::Levels {
            set,
            code_minutes,
            close_after,
        } => {
            if !set.is_empty() {
                set_level(ctx, &set)?;
            }
            if let Some(m) = code_minutes {
                desk::set_code_minutes(&mut ctx.store, m, &ctx.actor, Utc::now())?;
            }
            if let Some(d) = close_after {
                desk::set_close_after_days(&mut ctx.store, d, &ctx.actor, Utc::now())?;
            }
            let levels = desk::levels(&ctx.store)?;
            let minutes = desk::code_minutes(&ctx.store)?;
            let close_after = desk::close_after_days(&ctx.store)?;
            if ctx.json {
                output::json(&serde_json::json!({
                    "levels": levels,
                    "code_minutes": minutes,
                    "close_after_days": close_after,
                }));
            } else {
                let rows: Vec<Vec<String>> = Right::ALL
                    .iter()
                    .map(|r| vec![r.to_string(), levels.for_rights(&[*r]).to_string()])
                    .collect();
                output::table(&["RIGHT", "LEVEL"], &rows);
                println!("A one-time code is valid for {minutes} minutes; a request without an answer may be closed as unverified after {close_after} working days.");
            }
        }
    }
    Ok(())
}
