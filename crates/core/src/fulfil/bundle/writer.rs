//! Writing a bundle: each record as it is read back goes to its file's JSON, CSV and index
//! section in a private work folder (memory stays flat however many records there are); then the
//! ZIP is made from the work files in sorted order, with fixed timestamps, `manifest.json`,
//! `SHA256SUMS.txt` and `README.txt`, optionally every entry AES-256 encrypted.

use super::columns::{self, Columns};
use super::html;
use super::manifest::{Manifest, ManifestFile};
use super::mask::{Masked, Masker};
use super::names;
use super::work::{create, io};
use crate::processing::kind_name;
use crate::sources::{Record, SourceKind};
use crate::{CoreError, Result};
use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use std::fs::File;
use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{AesMode, CompressionMethod, ZipWriter};

/// Who the bundle is for, from whom, and when.
#[derive(Debug, Clone)]
pub struct Meta {
    pub request_id: String,
    pub office: String,
    pub generated_at: DateTime<FixedOffset>,
}

/// One source file's records being written.
struct Part {
    entry: String,
    kind: SourceKind,
    /// Its work files are `{work_name}.json`, `.rows` (aligned rows) and, once done, `.csv`.
    work_name: String,
    columns: Columns,
    records: u64,
    json: BufWriter<File>,
    rows: csv::Writer<BufWriter<File>>,
}

/// A finished part, waiting for the ZIP.
struct Done {
    entry: String,
    source: String,
    file: String,
    kind: SourceKind,
    fields: Vec<String>,
    records: u64,
}

/// A source file's part of the bundle, as the access pack's processing record lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartInfo {
    /// The entry's path in the ZIP without `.json`/`.csv` (`data/<source>/<file>`).
    pub entry: String,
    pub source: String,
    pub file: String,
    pub kind: SourceKind,
    pub records: u64,
}

/// A file the caller adds beside the data (the access pack's processing record), with what it
/// is in both languages for the read-me.
struct Extra {
    name: String,
    work: PathBuf,
    about_id: String,
    about_en: String,
}

pub struct BundleWriter {
    work: PathBuf,
    masker: Masker,
    current: Option<(String, String, Part)>,
    done: Vec<Done>,
    html: BufWriter<File>,
    masked: Vec<Masked>,
    extras: Vec<Extra>,
}

impl BundleWriter {
    /// Starts a bundle in `work`, an empty private folder the caller removes afterwards.
    pub fn new(work: &Path, masker: Masker, meta: &Meta) -> Result<BundleWriter> {
        let mut html = create(&work.join("index.html"))?;
        html::head(
            &mut html,
            &meta.request_id,
            &meta.office,
            &meta.generated_at.format("%Y-%m-%d %H:%M %:z").to_string(),
        )
        .map_err(io(work))?;
        Ok(BundleWriter {
            work: work.to_path_buf(),
            masker,
            current: None,
            done: Vec::new(),
            html,
            masked: Vec::new(),
            extras: Vec::new(),
        })
    }

    fn close_current(&mut self) -> Result<()> {
        if let Some((source, file, mut part)) = self.current.take() {
            part.json.write_all(b"\n]}\n").map_err(io(&self.work))?;
            part.json.flush().map_err(io(&self.work))?;
            part.rows.flush().map_err(io(&self.work))?;
            drop(part.rows);
            let rows_path = self.work.join(format!("{}.rows", part.work_name));
            columns::finish(
                &rows_path,
                &part.columns,
                &self.work.join(format!("{}.csv", part.work_name)),
                &mut self.html,
                &format!("{source} · {file}"),
                &part.entry,
            )?;
            let _ = std::fs::remove_file(&rows_path);
            self.done.push(Done {
                entry: part.entry,
                source,
                file,
                kind: part.kind,
                fields: part.columns.names(),
                records: part.records,
            });
        }
        Ok(())
    }

    fn open_part(&mut self, source: &str, kind: SourceKind, file: &str) -> Result<()> {
        self.close_current()?;
        let mut entry = names::entry(source, file);
        let mut n = 2;
        while self.done.iter().any(|d| d.entry == entry) {
            entry = format!("{}_{n}", names::entry(source, file));
            n += 1;
        }
        let work_name = format!("part-{}", self.done.len());
        let mut json = create(&self.work.join(format!("{work_name}.json")))?;
        let head = serde_json::json!({ "source": source, "file": file, "kind": kind_name(kind) });
        let head = head.to_string();
        writeln!(json, "{},\"records\":[", &head[..head.len() - 1]).map_err(io(&self.work))?;
        let rows = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(create(&self.work.join(format!("{work_name}.rows")))?);
        self.current = Some((
            source.to_string(),
            file.to_string(),
            Part {
                entry,
                kind,
                work_name,
                columns: Columns::default(),
                records: 0,
                json,
                rows,
            },
        ));
        Ok(())
    }

    /// Adds one record of `file` in `source`. Records of one file come together.
    pub fn add(
        &mut self,
        source: &str,
        kind: SourceKind,
        file: &str,
        record: &Record,
    ) -> Result<()> {
        let same = matches!(&self.current, Some((s, f, _)) if s == source && f == file);
        if !same {
            self.open_part(source, kind, file)?;
        }
        let Some((_, _, part)) = self.current.as_mut() else {
            return Err(CoreError::Internal("no bundle part is open".into()));
        };
        let mut values = Vec::with_capacity(record.fields.len());
        for f in &record.fields {
            let (value, masked) = self.masker.mask(&f.raw);
            for (what, hint) in masked {
                self.masked.push(Masked {
                    entry: part.entry.clone(),
                    record: record.number,
                    field: f.column.to_string(),
                    kind: what.into(),
                    hint,
                });
            }
            values.push(value);
        }
        let fields: Vec<serde_json::Value> = record
            .fields
            .iter()
            .zip(&values)
            .map(|(f, v)| serde_json::json!({ "field": &*f.column, "value": v }))
            .collect();
        let json = serde_json::json!({
            "record": record.number,
            "locator": record.locator,
            "record_id": record.record_id,
            "fields": fields,
        });
        let sep = if part.records == 0 { "" } else { ",\n" };
        write!(part.json, "{sep}{json}").map_err(io(&self.work))?;
        let at = part.columns.place(&record.fields);
        let mut row = vec![
            record.number.to_string(),
            record.record_id.clone().unwrap_or_default(),
        ];
        row.extend(part.columns.aligned(&at, values));
        part.rows
            .write_record(&row)
            .map_err(|e| io(&self.work)(e.into()))?;
        part.records += 1;
        Ok(())
    }

    /// The source files written so far, once the last record is added.
    pub fn parts(&mut self) -> Result<Vec<PartInfo>> {
        self.close_current()?;
        Ok(self
            .done
            .iter()
            .map(|d| PartInfo {
                entry: d.entry.clone(),
                source: d.source.clone(),
                file: d.file.clone(),
                kind: d.kind,
                records: d.records,
            })
            .collect())
    }

    /// Adds a section to `index.html` after the records (HTML the caller escaped).
    pub fn index_section(&mut self, html: &str) -> Result<()> {
        self.close_current()?;
        self.html.write_all(html.as_bytes()).map_err(io(&self.work))
    }

    /// Adds a file `name` (a plain name at the ZIP's top) beside the data, listed in the manifest
    /// and the read-me with what it is (`about`, in Indonesian and English).
    pub fn extra(&mut self, name: &str, body: &[u8], about: (&str, &str)) -> Result<()> {
        let reserved = [
            "index.html",
            "README.txt",
            "manifest.json",
            "SHA256SUMS.txt",
        ];
        if names::part(name) != name
            || reserved.contains(&name)
            || self.extras.iter().any(|e| e.name == name)
        {
            return Err(CoreError::Internal(format!(
                "{name} cannot be added to the bundle"
            )));
        }
        let work = self.work.join(format!("extra-{}", self.extras.len()));
        let mut f = create(&work)?;
        f.write_all(body).map_err(io(&work))?;
        f.flush().map_err(io(&work))?;
        self.extras.push(Extra {
            name: name.to_string(),
            work,
            about_id: about.0.to_string(),
            about_en: about.1.to_string(),
        });
        Ok(())
    }

    /// What was masked so far.
    pub fn masked(&self) -> &[Masked] {
        &self.masked
    }

    /// Writes the ZIP to `out` and returns its manifest and what was masked.
    pub fn finish<W: Write + Seek>(
        mut self,
        meta: &Meta,
        out: W,
        passcode: Option<&str>,
    ) -> Result<(Manifest, Vec<Masked>)> {
        self.close_current()?;
        html::foot(&mut self.html).map_err(io(&self.work))?;
        self.html.flush().map_err(io(&self.work))?;
        let t = meta.generated_at;
        let stamp = zip::DateTime::from_date_and_time(
            t.year().clamp(1980, 2107) as u16,
            t.month() as u8,
            t.day() as u8,
            t.hour() as u8,
            t.minute() as u8,
            t.second() as u8,
        )
        .unwrap_or_default();
        let mut options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(stamp)
            .unix_permissions(0o644);
        if let Some(p) = passcode {
            options = options.with_aes_encryption(AesMode::Aes256, p);
        }
        // (entry name in the ZIP, work file, the data file it is, if one)
        let mut entries: Vec<(String, PathBuf, Option<&Done>)> = Vec::new();
        for (i, d) in self.done.iter().enumerate() {
            entries.push((
                format!("{}.json", d.entry),
                self.work.join(format!("part-{i}.json")),
                Some(d),
            ));
            entries.push((
                format!("{}.csv", d.entry),
                self.work.join(format!("part-{i}.csv")),
                Some(d),
            ));
        }
        entries.push(("index.html".into(), self.work.join("index.html"), None));
        for e in &self.extras {
            entries.push((e.name.clone(), e.work.clone(), None));
        }
        let about: Vec<(&str, &str, &str)> = self
            .extras
            .iter()
            .map(|e| (e.name.as_str(), e.about_id.as_str(), e.about_en.as_str()))
            .collect();
        let readme = self.work.join("README.txt");
        {
            let mut r = create(&readme)?;
            r.write_all(super::readme::text(meta, &about).as_bytes())
                .map_err(io(&readme))?;
            r.flush().map_err(io(&readme))?;
        }
        entries.push(("README.txt".into(), readme, None));
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut zip = ZipWriter::new(out);
        let zip_err = |e: zip::result::ZipError| {
            CoreError::Internal(format!("the ZIP cannot be written: {e}"))
        };
        let mut files = Vec::new();
        for (name, path, data) in &entries {
            zip.start_file(name.as_str(), options).map_err(zip_err)?;
            let f = File::open(path).map_err(io(path))?;
            let (sha256, bytes) = super::digest::copy_hashed(f, &mut zip).map_err(io(path))?;
            files.push(ManifestFile {
                path: name.clone(),
                bytes,
                sha256,
                records: data.map(|d| d.records),
                source_kind: data.map(|d| kind_name(d.kind)),
                fields: data.map(|d| d.fields.clone()).unwrap_or_default(),
            });
        }
        let sums: String = files
            .iter()
            .map(|f| format!("{}  {}\n", f.sha256, f.path))
            .collect();
        let manifest = Manifest {
            request_id: meta.request_id.clone(),
            office: meta.office.clone(),
            generated_at: meta.generated_at.to_rfc3339(),
            generator: format!("PDP Desk {}", env!("CARGO_PKG_VERSION")),
            files,
        };
        let json =
            serde_json::to_vec_pretty(&manifest).map_err(|e| CoreError::Internal(e.to_string()))?;
        for (name, body) in [
            ("SHA256SUMS.txt", sums.as_bytes()),
            ("manifest.json", json.as_slice()),
        ] {
            zip.start_file(name, options).map_err(zip_err)?;
            zip.write_all(body).map_err(io(&self.work))?;
        }
        let mut written = zip.finish().map_err(zip_err)?;
        written.flush().map_err(io(&self.work))?;
        Ok((manifest, self.masked))
    }
}
