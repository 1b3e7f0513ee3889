//! `pdpdesk`: PDP Desk on the command line. Every verb is a thin call into pdp-core and prints a
//! readable table, or JSON with `--json`. Errors go to stderr with a non-zero exit code.
//!
//! A library with one entry, [`main`], so that the window's program can be the command line too:
//! the .deb installs `/usr/bin/pdpdesk` as a link to `pdp-desk` (one copy of pdp-core, not two).

mod access_pack;
mod audit;
mod backup;
mod bundle;
mod calendar;
mod certificate;
mod checklist;
mod deadline;
mod encryption;
mod hit;
mod index;
mod intake;
mod intake_queue;
mod intake_record;
mod letter;
mod letter_register;
mod mail_server;
mod office;
mod output;
mod plan;
mod processing;
mod purge;
mod redact;
mod report;
mod request;
mod search;
mod source;
mod verify;

use clap::{Parser, Subcommand};
use output::Failure;
use pdp_core::store::settings::staff_name;
use pdp_core::{datadir, Store};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pdpdesk",
    about = "PDP Desk: answer data-subject requests under UU PDP No. 27/2022"
)]
struct Cli {
    /// Data directory (default: $PDPDESK_DATA_DIR, else the platform's app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Print machine-readable JSON instead of tables.
    #[arg(long, global = true)]
    json: bool,
    /// Staff name recorded in the history (default: $PDPDESK_ACTOR, else the login name).
    #[arg(long = "as", global = true, value_name = "NAME", env = "PDPDESK_ACTOR")]
    actor: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The request register: new, list, show, state, note.
    #[command(subcommand)]
    Request(request::RequestCommand),
    /// The office profile: show or set; its mail server; its processing register.
    #[command(subcommand)]
    Office(office::OfficeCommand),
    /// Import e-mails (.eml) and mailboxes (.mbox): requests are registered with the original kept
    /// as evidence, messages that need a look queued (see intake-queue), replies linked,
    /// everything else reported.
    Intake(intake::IntakeArgs),
    /// Start a request from a record a source holds (a web-form submission, a chat message).
    IntakeRecord(intake_record::RecordArgs),
    /// The messages that need a look (may be a request), their clocks running from receipt;
    /// decide one as a request with its rights, or as not a request with a reason.
    #[command(subcommand)]
    IntakeQueue(intake_queue::QueueCommand),
    /// Find every record of a requester in the added sources, each hit explained.
    Search(search::SearchArgs),
    /// Confirm or reject the hits of a request's search.
    #[command(subcommand)]
    Hit(hit::HitCommand),
    /// Read every added source that changed (progress on stderr, a summary per file).
    Index,
    /// The office's exports: what PDP Desk makes of them.
    #[command(subcommand)]
    Source(source::SourceCommand),
    /// Both clocks of a receipt (or of a registered request): the policy window in working days
    /// and the law's 3 × 24 hours.
    Deadline(deadline::DeadlineArgs),
    /// The holidays and closures of a year; add, remove or import (.ics) office closures.
    Calendar(calendar::CalendarArgs),
    /// Verify who asks before anything leaves the office: status, the gate, a one-time code, a
    /// NIK or an authority sighted, an override, the levels per right.
    #[command(subcommand)]
    Verify(verify::VerifyCommand),
    /// The portability ZIP of a verified request's confirmed records; `preview`, `verify FILE.zip`.
    Bundle(bundle::BundleArgs),
    /// The access pack (Pasal 32): the bundle plus the record of processing of its sources, from
    /// the office's processing register.
    AccessPack(access_pack::AccessPackArgs),
    /// The action plan of a deletion, correction, consent withdrawal, restriction or objection:
    /// per confirmed record what is done and why; change a line with a reason.
    #[command(subcommand)]
    Plan(plan::PlanCommand),
    /// The plan per source system: what to do where, by the ids those systems know; tick when done.
    #[command(subcommand)]
    Checklist(checklist::ChecklistCommand),
    /// Redacted copies of the local exports as the plan says, searched again for the subject;
    /// `--replace` puts them in place of the originals; `list` shows the runs and hashes.
    Redact(redact::RedactArgs),
    /// The deletion certificate (Berita Acara Penghapusan Data Pribadi), signed with the office's
    /// key: issue, verify a file, the key's fingerprint.
    #[command(subcommand)]
    Certificate(certificate::CertificateCommand),
    /// The printed answers: list, text, draft, issue, the kept PDF, its e-mail, send.
    Letter(letter::LetterArgs),
    /// The audit chain of every change: `verify` walks it and names the first bad entry, `list`
    /// shows the entries (details as digests).
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// The register of requests for a period, as CSV or PDF for the regulator (`export`).
    #[command(subcommand)]
    Register(report::RegisterCommand),
    /// The board's figures: requests per right and per month, days to answer (median, 90th
    /// percentile), on-time rate, open requests by age.
    Metrics(report::MetricsArgs),
    /// Remove the personal data of requests closed longer ago than the retention (two years
    /// unless set), leaving an anonymised stub; `--dry-run` lists them, `--set-retention`.
    Purge(purge::PurgeArgs),
    /// Back up the whole data folder to one file (database, keys, evidence, letters, manifest).
    Backup(backup::BackupArgs),
    /// Restore a backup into a new or empty folder, every file's SHA-256 checked first.
    Restore(backup::RestoreArgs),
    /// Encryption at rest of the data folder: status, on, change (the passphrase), off.
    #[command(subcommand)]
    Encryption(encryption::EncryptionCommand),
    /// Seed the demonstration office into an empty data directory (or remove it with --clear).
    Demo {
        /// Remove the demo requests and the demo office profile instead.
        #[arg(long)]
        clear: bool,
    },
}

/// Shared context of one invocation.
pub struct Ctx {
    pub store: Store,
    pub json: bool,
    pub actor: String,
}

fn run(cli: Cli) -> Result<(), Failure> {
    let dir = datadir::resolve(cli.data_dir.as_deref())?;
    if let Command::Certificate(certificate::CertificateCommand::Verify { file }) = &cli.command {
        return certificate::verify_here(&dir, file, cli.json);
    }
    // A restore makes its own folder: the one the command line would use is not opened.
    if let Command::Restore(args) = &cli.command {
        return backup::run_restore(args, cli.json);
    }
    let store = encryption::open_store(&dir)?;
    let actor = staff_name(cli.actor.as_deref());
    if let Command::Encryption(c) = cli.command {
        return encryption::run(store, c, &actor, cli.json);
    }
    let mut ctx = Ctx {
        store,
        json: cli.json,
        actor,
    };
    match cli.command {
        Command::Request(c) => request::run(&mut ctx, c),
        Command::Office(c) => office::run(&mut ctx, c),
        Command::Demo { clear } => office::demo(&mut ctx, clear),
        Command::Intake(args) => intake::run(&mut ctx, args),
        Command::Deadline(args) => deadline::run(&mut ctx, args),
        Command::Calendar(args) => calendar::run(&mut ctx, args),
        Command::Source(c) => source::run(&mut ctx, c),
        Command::Index => index::run(&mut ctx),
        Command::Hit(c) => hit::run(&mut ctx, c),
        Command::Search(args) => search::run(&mut ctx, args),
        Command::IntakeRecord(args) => intake_record::run(&mut ctx, args),
        Command::IntakeQueue(c) => intake_queue::run(&mut ctx, c),
        Command::Verify(c) => verify::run(&mut ctx, c),
        Command::Letter(args) => letter::run(&mut ctx, args),
        Command::Bundle(args) => bundle::run(&mut ctx, args),
        Command::AccessPack(args) => access_pack::run(&mut ctx, args),
        Command::Plan(c) => plan::run(&mut ctx, c),
        Command::Checklist(c) => checklist::run(&mut ctx, c),
        Command::Redact(args) => redact::run(&mut ctx, args),
        Command::Certificate(c) => certificate::run(&mut ctx, c),
        Command::Audit(c) => audit::run(&mut ctx, c),
        Command::Register(c) => report::register(&mut ctx, c),
        Command::Metrics(args) => report::metrics(&ctx, args),
        Command::Purge(args) => purge::run(&mut ctx, args),
        Command::Backup(args) => backup::run_backup(&mut ctx, args),
        Command::Restore(args) => backup::run_restore(&args, ctx.json),
        Command::Encryption(_) => unreachable!("run before the context is made"),
    }
}

/// `pdpdesk --version` names the database schema too: which build wrote a data folder matters
/// when a newer one is installed over it.
fn parse() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let version = format!(
        "{} (database schema {})",
        env!("CARGO_PKG_VERSION"),
        pdp_core::store::migrations::schema_version()
    );
    Cli::command()
        .version(version)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
}

/// Runs the command line on this process's arguments and says how it ended.
pub fn main() -> ExitCode {
    // Decided from argv, not from the parsed arguments: a JSON reader is owed a JSON error even
    // when parsing fails, and a panic can happen before or after parsing.
    let json = std::env::args_os().any(|a| a == "--json");
    if json {
        output::json_panics();
    }
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) if json && e.use_stderr() => return output::argument_error(&e),
        Err(e) if json && e.kind() == clap::error::ErrorKind::DisplayVersion => {
            output::json(&serde_json::json!({
                "version": env!("CARGO_PKG_VERSION"),
                "schema": pdp_core::store::migrations::schema_version(),
            }));
            return ExitCode::SUCCESS;
        }
        Err(e) => e.exit(),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(json),
    }
}
