//! The access pack's processing record (UU PDP Pasal 32, *rekam jejak pemrosesan*): for exactly
//! the source files in the bundle, the register's entry for each file's kind — purposes and legal
//! bases, recipients, retention, whether the data leaves Indonesia. A kind the register does not
//! cover is listed as such, for staff to fix the register. Written as `processing-record.json`,
//! `processing-record.html` and a section of `index.html`, in Bahasa Indonesia and English.

use crate::fulfil::bundle::{escape, PartInfo};
use crate::processing::{kind_name, Entry, Register};
use crate::sources::SourceKind;
use serde::Serialize;
use ts_rs::TS;

/// The processing record of one access pack.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProcessingRecord {
    pub request_id: String,
    pub office: String,
    pub generated_at: String,
    pub files: Vec<RecordFile>,
}

/// One source file of the pack and how its data is processed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ProcessingRecordFile")]
pub struct RecordFile {
    /// The file's entry in the ZIP, without `.json`/`.csv`.
    pub entry: String,
    pub source: String,
    pub file: String,
    pub source_kind: SourceKind,
    pub records: u64,
    /// False when the register has no entry for this kind: staff must add one.
    pub in_register: bool,
    pub processing: Option<Entry>,
}

impl ProcessingRecord {
    /// The record for the bundle's `parts`, from `register`.
    pub fn new(
        register: &Register,
        request_id: &str,
        office: &str,
        generated_at: &str,
        parts: &[PartInfo],
    ) -> ProcessingRecord {
        ProcessingRecord {
            request_id: request_id.to_string(),
            office: office.to_string(),
            generated_at: generated_at.to_string(),
            files: parts
                .iter()
                .map(|p| {
                    let entry = register.entry_for(p.kind).cloned();
                    RecordFile {
                        entry: p.entry.clone(),
                        source: p.source.clone(),
                        file: p.file.clone(),
                        source_kind: p.kind,
                        records: p.records,
                        in_register: entry.is_some(),
                        processing: entry,
                    }
                })
                .collect(),
        }
    }

    /// The files whose kind the register does not cover.
    pub fn not_in_register(&self) -> impl Iterator<Item = &RecordFile> {
        self.files.iter().filter(|f| !f.in_register)
    }

    /// The section for `index.html`: per file, its processing.
    pub fn section(&self) -> String {
        let mut out = String::from(
            "<h2 id=\"rekam-jejak\">Rekam jejak pemrosesan <span class=\"en\">/ Record of processing</span></h2>\n\
<p>Untuk setiap berkas di atas: tujuan dan dasar pemrosesan, penerima, masa retensi, dan apakah data \
dikirim ke luar Indonesia (Pasal 32 UU PDP). <span class=\"en\">For each file above: why and on what \
basis the data is processed, who receives it, how long it is kept, and whether it leaves Indonesia \
(UU PDP Art. 32).</span> Juga di <code>processing-record.json</code>.</p>\n",
        );
        for f in &self.files {
            out.push_str(&file_html(f));
        }
        out
    }

    /// `processing-record.html`: the record alone, readable offline.
    pub fn page(&self) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>Rekam jejak pemrosesan / Record of processing · {r}</title>\
<style>body{{font-family:sans-serif;margin:2em;max-width:70em;color:#222}}\
table{{border-collapse:collapse;margin:0.5em 0 2em}}td,th{{border:1px solid #bbb;padding:3px 6px;\
text-align:left;vertical-align:top;font-size:0.9em}}th{{background:#eef2f7}}.en{{color:#555}}</style>\
</head><body>\n<p>{o} · {r} · {g}</p>\n{s}</body></html>\n",
            r = escape(&self.request_id),
            o = escape(&self.office),
            g = escape(&self.generated_at),
            s = self.section()
        )
    }
}

fn both(id: &str, en: &str) -> String {
    format!("{} <span class=\"en\">/ {}</span>", escape(id), escape(en))
}

fn list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.map(|i| format!("<li>{i}</li>")).collect();
    if items.is_empty() {
        "—".into()
    } else {
        format!("<ul>{}</ul>", items.concat())
    }
}

fn file_html(f: &RecordFile) -> String {
    let head = format!(
        "<h3>{} · {}</h3>\n<p><code>{}</code> · {} · {} catatan / records</p>\n",
        escape(&f.source),
        escape(&f.file),
        escape(&f.entry),
        escape(&kind_name(f.source_kind)),
        f.records
    );
    let Some(e) = &f.processing else {
        return format!(
            "{head}<p><strong>Tidak tercatat dalam daftar pemrosesan kantor.</strong> \
<span class=\"en\">Not in the office's processing register.</span></p>\n"
        );
    };
    let purposes = list(e.purposes.iter().map(|p| {
        let bases: Vec<String> = p
            .legal_basis
            .iter()
            .map(|b| {
                let l = b.label();
                both(&l.id, &l.en)
            })
            .collect();
        format!("{} — {}", both(&p.id, &p.en), bases.join("; "))
    }));
    let recipients = list(
        e.recipients
            .iter()
            .map(|r| format!("{} ({})", escape(&r.name), both(&r.role.id, &r.role.en))),
    );
    let abroad = if e.leaves_indonesia {
        format!("Ya / Yes: {}", both(&e.destinations.id, &e.destinations.en))
    } else {
        "Tidak / No".into()
    };
    let role = if e.as_processor {
        "<p>Kantor memproses data ini atas nama klien (pengendali data). <span class=\"en\">The office \
processes this data on behalf of a client (the controller).</span></p>\n"
    } else {
        ""
    };
    format!(
        "{head}{role}<table>\
<tr><th>Kategori data / Data category</th><td>{}</td></tr>\
<tr><th>Tujuan dan dasar hukum / Purposes and legal basis</th><td>{purposes}</td></tr>\
<tr><th>Penerima / Recipients</th><td>{recipients}</td></tr>\
<tr><th>Masa retensi / Retention</th><td>{}</td></tr>\
<tr><th>Ke luar Indonesia / Leaves Indonesia</th><td>{abroad}</td></tr>\
</table>\n",
        both(&e.category.id, &e.category.en),
        both(&e.retention.id, &e.retention.en),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(kind: SourceKind, file: &str) -> PartInfo {
        PartInfo {
            entry: format!("data/exports/{file}"),
            source: "/kantor/exports".into(),
            file: file.into(),
            kind,
            records: 2,
        }
    }

    #[test]
    fn each_file_gets_its_kinds_entry_and_an_unknown_kind_is_flagged() {
        let register = crate::processing::profile("print-studio").unwrap();
        let parts = [
            part(SourceKind::ChatwootContacts, "contacts.csv"),
            part(SourceKind::GenericCsv, "kontak.csv"),
        ];
        let r = ProcessingRecord::new(&register, "REQ-1", "Kantor", "2026-12-03", &parts);
        assert_eq!(r.files.len(), 2);
        let chat = r.files[0].processing.as_ref().unwrap();
        assert_eq!(chat.retention.months, Some(24));
        let flagged: Vec<&str> = r.not_in_register().map(|f| f.file.as_str()).collect();
        assert_eq!(flagged, ["kontak.csv"]);
        let page = r.page();
        assert!(page.contains("Tidak tercatat dalam daftar pemrosesan"));
        assert!(
            page.contains("Pasal 20 ayat (2) huruf a"),
            "the basis in words"
        );
        assert!(!page.contains("<script"), "no scripts");
    }

    #[test]
    fn text_from_the_register_is_escaped() {
        let mut register = crate::processing::profile("print-studio").unwrap();
        register.entries[0].category.id = "<b>Kontak</b>".into();
        let parts = [part(SourceKind::ChatwootContacts, "c.csv")];
        let html = ProcessingRecord::new(&register, "R", "O", "G", &parts).section();
        assert!(html.contains("&lt;b&gt;Kontak"), "{html}");
    }
}
