//! `pdpdesk letter …`: the printed answers. Which letters fit a request, a letter's text to edit,
//! a draft PDF (no number, DRAFT across it), issuing (numbered, kept with the request, logged),
//! a kept letter's PDF copied out, its e-mail text, and sending it through the office's server.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::letters::{self as desk, LetterAsk, RefusalGround};
use pdp_core::language::Language;
use pdp_core::letters::{IssuedLetter, LetterKind, PLACEHOLDERS, TABLES};
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::CoreError;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct LetterArgs {
    /// `list`, `issued` (a request's), `register` (the office's, all requests), `due` (letters
    /// open requests wait for), `text KIND`, `placeholders`, `pdf NUMBER`, `email NUMBER`,
    /// `send NUMBER`, or a letter's KIND to print it (acknowledgement, verification-request,
    /// access, portability, correction-done, consent-withdrawn, restriction-done,
    /// objection-answered, deletion-done, refusal, extension, no-data, forward-to-controller,
    /// forwarded-notice).
    what: String,
    /// The letter's kind (after `text`) or number (after `pdf`, `email`, `send`).
    which: Option<String>,
    #[arg(long)]
    request: Option<String>,
    /// id (Bahasa Indonesia, the default) or en.
    #[arg(long, default_value = "id")]
    lang: String,
    /// Where to write the PDF (a draft, an issued letter, or a kept one with `pdf`).
    #[arg(long, value_name = "FILE.pdf")]
    out: Option<PathBuf>,
    /// Print a draft: no number, DRAFT across every page, nothing kept.
    #[arg(long)]
    draft: bool,
    /// The letter's text as edited (from `letter text`); `-` reads it from stdin.
    #[arg(long, value_name = "FILE")]
    text: Option<PathBuf>,
    /// A refusal's ground: identity, third-party, exception (repeat for more).
    #[arg(long)]
    ground: Vec<String>,
    /// `send`: the address to send to instead of the requester's.
    #[arg(long)]
    to: Option<String>,
    /// `register`: only the letters numbered in this year.
    #[arg(long)]
    year: Option<i32>,
    /// `register`: only letters of this kind.
    #[arg(long)]
    kind: Option<String>,
}

fn required<'a>(
    value: &'a Option<String>,
    flag: &'static str,
    what: &str,
) -> Result<&'a str, Failure> {
    value.as_deref().ok_or_else(|| {
        Failure::from(CoreError::invalid(
            flag,
            "required",
            format!(
                "{what} needs {}",
                if flag == "which" {
                    "its argument"
                } else {
                    "--request ID"
                }
            ),
        ))
    })
}

/// Writes a file whole: under a temporary name beside it, then renamed over it.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let fail = |e: std::io::Error| {
        Failure::from(CoreError::File {
            path: path.to_path_buf(),
            message: format!("cannot be written: {e}"),
        })
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the letter text cannot be read: {e}"),
    })?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::from(CoreError::File {
            path: path.to_path_buf(),
            message: "the letter text is not UTF-8".into(),
        })
    })
}

fn print_letter(l: &IssuedLetter) {
    let state = match (&l.issued_at, &l.void_reason, &l.sent_to) {
        (Some(_), _, Some(to)) => format!("issued, sent to {to}"),
        (Some(_), _, None) => "issued".into(),
        (None, Some(why), _) => format!("VOID: {}", shown(why)),
        (None, None, _) => "numbered, not printed".into(),
    };
    println!(
        "{}  {}  {}  {}  {state}",
        l.number,
        l.dated,
        l.kind,
        lang_code(l.language)
    );
}

pub fn lang_code(lang: Language) -> &'static str {
    match lang {
        Language::Id => "id",
        Language::En => "en",
    }
}

pub fn run(ctx: &mut Ctx, args: LetterArgs) -> Result<(), Failure> {
    let now = Utc::now();
    let control = ReadControl::default();
    let lang = Language::parse(&args.lang)?;
    match args.what.as_str() {
        "list" | "issued" => {
            let id = required(&args.request, "request", "letter list")?;
            let letters = desk::request_letters(&ctx.store, id, &control, now)?;
            if ctx.json {
                if args.what == "issued" {
                    output::json(&letters.issued);
                } else {
                    output::json(&letters);
                }
                return Ok(());
            }
            if args.what == "list" {
                let rows: Vec<Vec<String>> = letters
                    .offers
                    .iter()
                    .map(|o| {
                        vec![
                            o.kind.to_string(),
                            if o.needs_verification {
                                "verified only"
                            } else {
                                ""
                            }
                            .into(),
                            o.not_now.clone().unwrap_or_else(|| "fits".into()),
                        ]
                    })
                    .collect();
                output::table(&["LETTER", "GATE", "NOW"], &rows);
                println!();
            }
            if letters.issued.is_empty() {
                println!("No letter issued for {} yet.", letters.request_id);
            }
            for l in &letters.issued {
                print_letter(l);
            }
        }
        "register" => crate::letter_register::register(ctx, args.year, args.kind.as_deref())?,
        "due" => crate::letter_register::due(ctx)?,
        "placeholders" => {
            let all: Vec<(&str, &str)> = PLACEHOLDERS.iter().chain(TABLES).copied().collect();
            if ctx.json {
                let map: Vec<_> = all
                    .iter()
                    .map(|(n, d)| serde_json::json!({ "name": n, "holds": d }))
                    .collect();
                output::json(&map);
            } else {
                for (n, d) in all {
                    println!("{{{n}}}  {d}");
                }
            }
        }
        "pdf" => {
            let number = required(&args.which, "which", "letter pdf")?;
            let (letter, bytes) = desk::issued_pdf(&ctx.store, number)?;
            let out = args.out.ok_or_else(|| {
                CoreError::invalid("out", "required", "letter pdf needs --out FILE.pdf")
            })?;
            write_whole(&out, &bytes)?;
            if ctx.json {
                output::json(&serde_json::json!({ "letter": letter, "out": out }));
            } else {
                println!("{} written to {}", letter.number, out.display());
            }
        }
        "email" => {
            let number = required(&args.which, "which", "letter email")?;
            let (letter, _) = desk::issued_pdf(&ctx.store, number)?;
            if ctx.json {
                output::json(&serde_json::json!({
                    "number": letter.number,
                    "subject": letter.email_subject,
                    "body": letter.email_body,
                }));
            } else {
                println!(
                    "Subject: {}\n\n{}",
                    letter.email_subject.unwrap_or_default(),
                    letter.email_body.unwrap_or_default()
                );
            }
        }
        "send" => {
            let number = required(&args.which, "which", "letter send")?;
            let letter = desk::send(&mut ctx.store, number, args.to.as_deref(), &ctx.actor, now)?;
            if ctx.json {
                output::json(&letter);
            } else {
                println!(
                    "{} sent to {}",
                    letter.number,
                    letter.sent_to.unwrap_or_default()
                );
            }
        }
        what => {
            let (kind, text_only) = match what {
                "text" => (
                    LetterKind::parse(required(&args.which, "which", "letter text")?)?,
                    true,
                ),
                kind => (LetterKind::parse(kind)?, false),
            };
            let id = required(&args.request, "request", "a letter")?;
            let grounds = args
                .ground
                .iter()
                .map(|g| RefusalGround::parse(g))
                .collect::<Result<Vec<_>, _>>()?;
            let edited = args.text.as_deref().map(read_text).transpose()?;
            let ask = LetterAsk {
                request_id: id,
                kind,
                lang,
                text: edited.as_deref(),
                grounds: &grounds,
            };
            if text_only {
                let text = desk::draft_text(&ctx.store, &ask, &control, now)?;
                if ctx.json {
                    output::json(&serde_json::json!({ "text": text }));
                } else {
                    println!("{text}");
                }
            } else if args.draft {
                let draft = desk::draft(&ctx.store, &ask, &control, now)?;
                if let Some(out) = &args.out {
                    write_whole(out, &draft.pdf)?;
                }
                if ctx.json {
                    output::json(&serde_json::json!({
                        "text": draft.text, "pages": draft.pages, "bytes": draft.pdf.len(), "out": args.out,
                    }));
                } else {
                    println!(
                        "Draft {kind} for {id}: {} page(s){}",
                        draft.pages,
                        args.out
                            .as_ref()
                            .map(|o| format!(", written to {}", o.display()))
                            .unwrap_or_default()
                    );
                }
            } else {
                let letter = desk::issue(&mut ctx.store, &ask, &ctx.actor, &control, now)?;
                if let Some(out) = &args.out {
                    let (_, bytes) = desk::issued_pdf(&ctx.store, &letter.number)?;
                    write_whole(out, &bytes)?;
                }
                if ctx.json {
                    output::json(&letter);
                } else {
                    println!(
                        "Issued {} ({kind}, {} page(s)), kept as {}{}",
                        letter.number,
                        letter.pages.unwrap_or(0),
                        letter.file.clone().unwrap_or_default(),
                        args.out
                            .as_ref()
                            .map(|o| format!(", copied to {}", o.display()))
                            .unwrap_or_default()
                    );
                }
            }
        }
    }
    Ok(())
}
