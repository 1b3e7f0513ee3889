//! `pdpdesk request …`: the register.

use crate::output::{self, parse_with, stamp, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::{Args, Subcommand};
use pdp_core::guide::RegisterEntry;
use pdp_core::language::Language;
use pdp_core::office::OfficeZone;
use pdp_core::register::forwarding::forwarding_note;
use pdp_core::register::{
    Controller, EventKind, NewRequest, Request, RequestFilter, RequestState, SortOrder,
};
use pdp_core::text::shown;
use pdp_core::vocabulary::{Channel, RequesterRole, Right};

/// The fields of a new request.
#[derive(Args)]
pub struct NewArgs {
    /// The requester's name.
    #[arg(long)]
    name: String,
    /// Contact e-mail (repeatable).
    #[arg(long)]
    email: Vec<String>,
    /// Contact phone, any Indonesian spelling (repeatable).
    #[arg(long)]
    phone: Vec<String>,
    /// Right asked: information, access, portability, correction, deletion, withdraw-consent,
    /// restriction, objection (repeatable).
    #[arg(long = "right", required = true, value_parser = parse_with(Right::parse))]
    rights: Vec<Right>,
    /// How it arrived: email, phone, letter, walk-in, web-form.
    #[arg(long, value_parser = parse_with(Channel::parse))]
    channel: Channel,
    /// Time of receipt, RFC 3339 (default: now). A time without offset is on the office clock.
    #[arg(long, value_name = "RFC3339")]
    received: Option<String>,
    /// Postal address, for letters.
    #[arg(long)]
    address: Option<String>,
    /// NIK as sighted; only a masked form is stored.
    #[arg(long)]
    nik: Option<String>,
    /// subject (default), agent or guardian.
    #[arg(long, default_value = "subject", value_parser = parse_with(RequesterRole::parse))]
    role: RequesterRole,
    /// The data subject's name when an agent or guardian asks.
    #[arg(long)]
    on_behalf_of: Option<String>,
    /// A first note.
    #[arg(long)]
    notes: Option<String>,
    /// The client (controller) whose end users the request concerns, when this office only
    /// processes the data for that client.
    #[arg(long)]
    controller: Option<String>,
    /// How to reach that client (e-mail, phone).
    #[arg(long, requires = "controller")]
    controller_contact: Option<String>,
}

#[derive(Subcommand)]
pub enum RequestCommand {
    /// Register a new request.
    New(Box<NewArgs>),
    /// List the register, newest first.
    List {
        #[arg(long, value_parser = parse_with(RequestState::parse))]
        state: Option<RequestState>,
        #[arg(long, value_parser = parse_with(Right::parse))]
        right: Option<Right>,
        /// Only open requests.
        #[arg(long)]
        open: bool,
        /// Text in the number or the requester's name.
        #[arg(long)]
        search: Option<String>,
        /// Oldest first.
        #[arg(long, conflicts_with = "due_first")]
        oldest_first: bool,
        /// Open requests by their nearest deadline first, ended ones after.
        #[arg(long)]
        due_first: bool,
    },
    /// Show one request with its history.
    Show { id: String },
    /// Move a request to another state (received, verifying, searching, fulfilling, closed,
    /// rejected, withdrawn).
    State {
        id: String,
        #[arg(value_parser = parse_with(RequestState::parse))]
        state: RequestState,
        /// Why (kept in the history).
        #[arg(long)]
        reason: String,
        /// Closing with checklist systems not ticked: why they stay open (kept in the history).
        #[arg(long, value_name = "WHY")]
        checklist_open: Option<String>,
    },
    /// Add a note to a request's history.
    Note { id: String, text: String },
    /// The originals kept as evidence of receipt (the request's message, replies, records).
    Evidence { id: String },
    /// Correct the time of receipt (RFC 3339, or a local time on the office clock).
    Received {
        id: String,
        #[arg(value_name = "RFC3339")]
        received: String,
        /// Why (kept in the history).
        #[arg(long)]
        reason: String,
    },
    #[command(flatten)]
    Clock(crate::deadline::ClockCommand),
    /// The note that forwards a request to its controller, when this office is the processor.
    ForwardNote {
        id: String,
        /// id (Bahasa Indonesia, default) or en.
        #[arg(long, default_value = "id", value_parser = parse_with(Language::parse))]
        lang: Language,
    },
}

pub fn run(ctx: &mut Ctx, cmd: RequestCommand) -> std::result::Result<(), Failure> {
    let now = Utc::now();
    match cmd {
        RequestCommand::New(args) => {
            let NewArgs {
                name,
                email,
                phone,
                rights,
                channel,
                received,
                address,
                nik,
                role,
                on_behalf_of,
                notes,
                controller,
                controller_contact,
            } = *args;
            let form = NewRequest {
                received_at: received,
                channel,
                rights,
                name,
                emails: email,
                phones: phone,
                postal_address: address,
                nik,
                role,
                on_behalf_of,
                notes,
                controller: controller.map(|name| Controller {
                    name,
                    contact: controller_contact,
                }),
            };
            let created = pdp_core::desk::request::create(&mut ctx.store, &form, &ctx.actor, now)?;
            if ctx.json {
                output::json(&created);
            } else {
                println!(
                    "Registered {} ({})",
                    created.id,
                    shown(&created.requester.name)
                );
            }
        }
        RequestCommand::List {
            state,
            right,
            open,
            search,
            oldest_first,
            due_first,
        } => {
            let filter = RequestFilter {
                state,
                right,
                open_only: open,
                text: search,
                sort: match (oldest_first, due_first) {
                    (true, _) => SortOrder::OldestFirst,
                    (_, true) => SortOrder::DueFirst,
                    _ => SortOrder::NewestFirst,
                },
            };
            let list = pdp_core::desk::clocks::register(&ctx.store, &filter, now)?;
            if ctx.json {
                output::json(&list);
            } else if list.is_empty() {
                println!("No requests match.");
            } else {
                let zone = ctx.store.office()?.time_zone;
                let rows: Vec<Vec<String>> = list.iter().map(|r| row(r, zone)).collect();
                output::table(
                    &[
                        "ID",
                        "RECEIVED",
                        "REQUESTER",
                        "RIGHTS",
                        "CHANNEL",
                        "STATE",
                        "DUE",
                    ],
                    &rows,
                );
            }
        }
        RequestCommand::Show { id } => {
            let detail = pdp_core::desk::request::detail(&ctx.store, &id, now)?;
            if ctx.json {
                output::json(&detail);
            } else {
                let zone = ctx.store.office()?.time_zone;
                show(&detail.request, zone);
                if let Some(c) = &detail.clocks {
                    println!();
                    output::fields(&crate::deadline::clock_fields(c));
                }
                println!();
                let rows: Vec<Vec<String>> = detail
                    .events
                    .iter()
                    .map(|e| {
                        let what = match (e.from_state, e.to_state) {
                            (Some(f), Some(t)) => format!("{f} → {t}: {}", e.text),
                            (None, Some(t)) => format!("registered as {t}"),
                            _ if e.kind == EventKind::Note => e.text.clone(),
                            _ => format!("{}: {}", e.kind, e.text),
                        };
                        vec![stamp(e.at, zone), e.actor.clone(), what]
                    })
                    .collect();
                output::table(&["WHEN", "WHO", "WHAT"], &rows);
            }
        }
        RequestCommand::State {
            id,
            state,
            reason,
            checklist_open,
        } => {
            let r = pdp_core::desk::deletion::change_state(
                &mut ctx.store,
                &id,
                state,
                &reason,
                checklist_open.as_deref(),
                &ctx.actor,
                now,
            )?;
            if ctx.json {
                output::json(&r);
            } else {
                println!("{} is now {}", r.id, r.state);
            }
        }
        RequestCommand::ForwardNote { id, lang } => {
            let request = ctx.store.request(&id)?;
            let text = forwarding_note(&request, &ctx.store.office()?, lang)?;
            if ctx.json {
                output::json(
                    &serde_json::json!({ "request_id": request.id, "language": lang, "text": text }),
                );
            } else {
                // The letter keeps its lines; each line is shown escaped.
                for l in text.lines() {
                    output::line(&shown(l));
                }
            }
        }
        RequestCommand::Received {
            id,
            received,
            reason,
        } => {
            let r = pdp_core::desk::request::correct_received(
                &mut ctx.store,
                &id,
                &received,
                &reason,
                &ctx.actor,
                now,
            )?;
            if ctx.json {
                output::json(&r);
            } else {
                let zone = ctx.store.office()?.time_zone;
                println!("{} received {}", r.id, stamp(r.received_at, zone));
            }
        }
        RequestCommand::Clock(c) => crate::deadline::run_clock(ctx, c)?,
        RequestCommand::Evidence { id } => {
            let kept = ctx.store.request_evidence(&ctx.store.request(&id)?.id)?;
            if ctx.json {
                output::json(&kept);
            } else {
                let rows: Vec<Vec<String>> = kept
                    .iter()
                    .map(|e| {
                        vec![
                            e.relation.clone(),
                            e.received_at.to_rfc3339(),
                            shown(&e.subject).into_owned(),
                            shown(&e.source_file).into_owned(),
                            e.path.clone(),
                        ]
                    })
                    .collect();
                output::table(
                    &["RELATION", "RECEIVED", "SUBJECT", "FROM FILE", "KEPT AS"],
                    &rows,
                );
            }
        }
        RequestCommand::Note { id, text } => {
            let e = ctx.store.add_note(&id, &text, &ctx.actor, now)?;
            if ctx.json {
                output::json(&e);
            } else {
                println!("Note added to {}", id.to_uppercase());
            }
        }
    }
    Ok(())
}

fn joined<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn row(entry: &RegisterEntry, zone: OfficeZone) -> Vec<String> {
    let r = &entry.request;
    vec![
        r.id.clone(),
        stamp(r.received_at, zone),
        r.requester.name.clone(),
        joined(&r.rights),
        r.channel.to_string(),
        r.state.to_string(),
        entry
            .clocks
            .as_ref()
            .map(crate::deadline::due_summary)
            .unwrap_or_default(),
    ]
}

fn show(r: &Request, zone: OfficeZone) {
    let q = &r.requester;
    let mut pairs = vec![
        ("Request", r.id.clone()),
        ("State", r.state.to_string()),
        (
            "Received",
            format!("{} via {}", stamp(r.received_at, zone), r.channel),
        ),
        ("Rights", joined(&r.rights)),
        ("Requester", format!("{} ({})", q.name, q.role)),
    ];
    if let Some(s) = &q.on_behalf_of {
        pairs.push(("On behalf of", s.clone()));
    }
    if !q.emails.is_empty() {
        pairs.push(("E-mail", q.emails.join(", ")));
    }
    if !q.phones.is_empty() {
        pairs.push(("Phone", q.phones.join(", ")));
    }
    if let Some(a) = &q.postal_address {
        pairs.push(("Address", a.clone()));
    }
    if let Some(n) = &q.nik_masked {
        pairs.push(("NIK", n.clone()));
    }
    if let Some(c) = &r.controller {
        let contact = c
            .contact
            .as_deref()
            .map(|x| format!(" ({x})"))
            .unwrap_or_default();
        pairs.push((
            "Controller",
            format!("{}{contact} — this office is the processor", c.name),
        ));
    }
    if r.is_demo {
        pairs.push(("Demo", "yes (seeded demonstration data)".into()));
    }
    output::fields(&pairs);
}
