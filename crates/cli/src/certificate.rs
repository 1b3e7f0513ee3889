//! `pdpdesk certificate issue|verify|key`: the deletion certificate (Berita Acara Penghapusan
//! Data Pribadi) of a verified request, signed with the office's own Ed25519 key; checking any
//! certificate file (anywhere, and against the register on the office's machine); the office's
//! public key and its fingerprint.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::desk::deletion::certificate::{self, Verification};
use pdp_core::language::Language;
use pdp_core::sources::ReadControl;
use pdp_core::store::DB_FILE;
use pdp_core::text::shown;
use pdp_core::{CoreError, Store};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum CertificateCommand {
    /// Issue the request's certificate: numbered in the letters' series, kept, logged.
    Issue {
        #[arg(long)]
        request: String,
        /// id (Bahasa Indonesia, the default) or en.
        #[arg(long, default_value = "id", value_parser = output::parse_with(Language::parse))]
        lang: Language,
        /// Also write a copy of the PDF here.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Why systems of the checklist stay open (printed on the certificate and logged).
        #[arg(long)]
        checklist_open: Option<String>,
    },
    /// Check a certificate file: the signature, any change, and on the office's machine the
    /// register. Exits non-zero when it is not valid.
    Verify { file: PathBuf },
    /// The office's public key and its fingerprint (the key is made at first use).
    Key,
}

pub fn run(ctx: &mut Ctx, cmd: CertificateCommand) -> Result<(), Failure> {
    let now = Utc::now();
    match cmd {
        CertificateCommand::Issue {
            request,
            lang,
            out,
            checklist_open,
        } => {
            let issued = certificate::issue(
                &mut ctx.store,
                &request,
                lang,
                checklist_open.as_deref(),
                &ctx.actor,
                &ReadControl::default(),
                now,
            )?;
            if let Some(out) = &out {
                certificate::save_copy(out, &issued.pdf)?;
            }
            if ctx.json {
                let mut value = serde_json::to_value(&issued).unwrap_or_default();
                value["out"] = serde_json::json!(out.as_ref().map(|o| o.display().to_string()));
                output::json(&value);
                return Ok(());
            }
            output::fields(&[
                ("number", issued.letter.number.clone()),
                ("request", issued.statement.request.id.clone()),
                ("file", shown(&issued.path).into_owned()),
                (
                    "copy",
                    out.map(|o| shown(&o.display().to_string()).into_owned())
                        .unwrap_or_else(|| "-".into()),
                ),
                ("code", issued.verification_code.clone()),
                ("key", issued.key_fingerprint.clone()),
            ]);
            if issued.key_created {
                println!("The office's certificate key was made now; publish its fingerprint (pdpdesk certificate key).");
            }
        }
        CertificateCommand::Key => {
            let key = certificate::key(&ctx.store)?;
            if ctx.json {
                output::json(&key);
            } else {
                output::fields(&[
                    ("fingerprint", key.fingerprint),
                    ("public key", key.public_key),
                    ("private key", shown(&key.file).into_owned()),
                ]);
            }
        }
        CertificateCommand::Verify { file } => verify(Some(&ctx.store), &file, ctx.json)?,
    }
    Ok(())
}

/// `certificate verify` before any store is opened: the office's register is read only where
/// this machine has one, and none is made for someone checking a certificate they were sent.
pub fn verify_here(data: &Path, file: &Path, json: bool) -> Result<(), Failure> {
    let store = if data.join(DB_FILE).exists() {
        Some(crate::encryption::open_store(data)?)
    } else {
        None
    };
    verify(store.as_ref(), file, json)
}

fn verify(store: Option<&Store>, file: &Path, json: bool) -> Result<(), Failure> {
    let v = certificate::verify_file(file, store)?;
    if json {
        output::json(&v);
    } else {
        print(&v);
    }
    if v.valid {
        return Ok(());
    }
    Err(CoreError::invalid(
        "certificate",
        v.seal,
        v.problem
            .unwrap_or_else(|| "the certificate is not valid".into()),
    )
    .into())
}

fn print(v: &Verification) {
    println!(
        "{}",
        if v.valid {
            "VALID: the signature holds over every byte of the file"
        } else {
            "NOT VALID"
        }
    );
    let mut rows = vec![("file sha256", v.sha256.clone())];
    if let Some(p) = &v.problem {
        rows.push(("problem", p.clone()));
    }
    if let Some(k) = &v.key_fingerprint {
        rows.push(("key fingerprint", k.clone()));
    }
    if let Some(s) = &v.statement {
        rows.push(("number", shown(&s.number).into_owned()));
        rows.push(("office", shown(&s.office.name).into_owned()));
        rows.push(("request", shown(&s.request.id).into_owned()));
        rows.push((
            "issued",
            s.issued_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ));
    }
    if let Some(c) = &v.verification_code {
        rows.push(("code", c.clone()));
    }
    if let Some(r) = &v.register {
        rows.push((
            "office's key",
            match r.own_key {
                Some(true) => "yes",
                Some(false) => "NO: another key signed it",
                None => "unknown (no key on this machine)",
            }
            .into(),
        ));
        rows.push((
            "in the register",
            if r.issued { "yes" } else { "no" }.to_string(),
        ));
        rows.push(("request state", r.state.to_string()));
        rows.push(("reopened", if r.reopened { "YES" } else { "no" }.into()));
        rows.push((
            "changed after issue",
            if r.plan_changed { "YES" } else { "no" }.into(),
        ));
    } else if v.statement.is_some() {
        rows.push((
            "register",
            "not on this machine (only the office's machine compares with its register)".into(),
        ));
    }
    output::fields(&rows);
    if let Some(r) = &v.register {
        for a in &r.after_issue {
            println!(
                "after issue: {} {} {}",
                a.at.format("%Y-%m-%d %H:%M UTC"),
                a.kind,
                shown(&a.what)
            );
        }
    }
}
