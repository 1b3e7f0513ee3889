//! `pdpdesk checklist show|tick`: the plan per source system — what to do in Chatwoot, Jurnal,
//! Wix… with the ids those systems know the records by — and staff's tick when it is done there.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::desk::deletion::{self, Checklist};
use pdp_core::fulfil::deletion::checklist::System;
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;

#[derive(Subcommand)]
pub enum ChecklistCommand {
    /// Each system with its records to act on, the instructions and the tick.
    Show {
        #[arg(long)]
        request: String,
    },
    /// Tick a system as done (or open it again with --undo).
    Tick {
        #[arg(long)]
        request: String,
        /// chatwoot, jurnal, wix, google-forms, flamingo, whatsapp, mailbox or other.
        #[arg(long, value_parser = output::parse_with(System::parse))]
        system: System,
        #[arg(long)]
        undo: bool,
        /// What was done there (kept in the history).
        #[arg(long, default_value = "")]
        note: String,
    },
}

fn print(list: &Checklist) {
    for item in &list.items {
        let l = &item.line;
        let state = match &item.tick {
            Some(t) if t.done => format!(
                "done {} by {}",
                t.at.format("%Y-%m-%d %H:%M UTC"),
                shown(&t.actor)
            ),
            _ => "open".into(),
        };
        println!(
            "\n[{}] {} — {}",
            if state == "open" { " " } else { "x" },
            l.system,
            state
        );
        println!("{}", l.instructions.en);
        let rows: Vec<Vec<String>> = l
            .records
            .iter()
            .map(|r| {
                vec![
                    shown(&r.reference).into_owned(),
                    r.action.name().to_string(),
                    format!("{} #{}", shown(&r.file), r.record),
                ]
            })
            .collect();
        output::table(&["REFERENCE", "ACTION", "RECORD"], &rows);
    }
    if !list.open.is_empty() {
        let names: Vec<&str> = list.open.iter().map(|s| s.as_str()).collect();
        println!("\nopen: {}", names.join(", "));
    }
}

pub fn run(ctx: &mut Ctx, cmd: ChecklistCommand) -> Result<(), Failure> {
    let now = Utc::now();
    let list = match cmd {
        ChecklistCommand::Show { request } => {
            deletion::checklist(&ctx.store, &request, &ReadControl::default(), now)?
        }
        ChecklistCommand::Tick {
            request,
            system,
            undo,
            note,
        } => deletion::tick(
            &mut ctx.store,
            &request,
            system,
            !undo,
            &note,
            &ctx.actor,
            now,
        )?,
    };
    if ctx.json {
        output::json(&list);
    } else {
        print(&list);
    }
    Ok(())
}
