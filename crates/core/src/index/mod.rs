//! The search index. When a source file is read, the identifier keys of every record (e-mail,
//! phone, NIK, and the starts of the words of its names and messages) are hashed with a secret
//! kept in the data directory and stored with the numbers of the records that carry them. A
//! lookup hashes the subject's keys the same way and reads only those records back. The database
//! never holds an identifier in clear text: without `index.key` its hashes say nothing about who
//! is in the sources.

pub mod points;
pub mod postings;

use crate::identifiers::subject::Subject;
use crate::sources::Record;
use crate::{datadir, CoreError, Result};
use sha2::{Digest, Sha256};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::path::Path;

/// The secret's file in the data directory (0600).
pub const SECRET_FILE: &str = "index.key";

/// What kind of key a hash stands for, so an e-mail and a word never meet.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Email = 1,
    Phone = 2,
    Nik = 3,
    WordStart = 4,
    /// The check value kept in the database: another secret means another index.
    Check = 5,
    /// A record's content, kept with each hit so that reading it again proves it is the same.
    Record = 6,
    /// A one-time verification code, with the request it was sent for.
    Code = 7,
    /// The key that seals a secret kept in the database (the SMTP password).
    Seal = 8,
    /// The digest of an audit entry's details.
    AuditDetails = 9,
    /// An audit entry's link: its hash over the one before and itself.
    AuditLink = 10,
    /// The tag of the audit chain's head file.
    AuditHead = 11,
}

/// The keyed hash the index is written and read with.
#[derive(Clone)]
pub struct IndexSecret {
    keyed: Sha256,
}

impl IndexSecret {
    /// Reads the data directory's secret, creating it (32 random bytes, 0600) the first time.
    /// The store keeps [`IndexSecret::check_value`]: see `desk::index_secret`.
    pub fn load(dir: &Path) -> Result<IndexSecret> {
        let path = dir.join(SECRET_FILE);
        let fail = |e: std::io::Error| CoreError::DataDir {
            path: path.clone(),
            source: e,
        };
        if !path.exists() {
            // If another process made one first, theirs is used.
            let mut fresh = [0u8; 32];
            getrandom::fill(&mut fresh).map_err(|e| CoreError::DataDir {
                path: path.clone(),
                source: std::io::Error::other(format!("no random numbers from the system: {e}")),
            })?;
            datadir::write_new_private(&path, &fresh).map_err(fail)?;
        }
        let secret = std::fs::read(&path).map_err(fail)?;
        if secret.len() < 32 {
            return Err(CoreError::DataDir {
                path: path.clone(),
                source: std::io::Error::other(
                    "the index secret is damaged; delete it (the index is then built again at the next reading)",
                ),
            });
        }
        let mut keyed = Sha256::new();
        keyed.update(&secret);
        Ok(IndexSecret { keyed })
    }

    /// The check value the store keeps: another secret gives another value, and an index
    /// written with another secret finds nothing.
    pub fn check_value(&self) -> String {
        format!("{:08x}", self.hash(Kind::Check, "check"))
    }

    /// The first 32 bits of the keyed hash. Two keys may share them now and then; that costs a
    /// record read back for nothing (the weighing looks at the record itself), never a hit, and
    /// keeps both the index and what it could tell anyone small.
    fn hash(&self, kind: Kind, key: &str) -> u32 {
        let mut h = self.keyed.clone();
        h.update([kind as u8]);
        h.update(key.as_bytes());
        let digest = h.finalize();
        u32::from_le_bytes([digest[0], digest[1], digest[2], digest[3]])
    }

    /// A keyed fingerprint of a record's content (every column with its text exactly as written),
    /// 128 bits in hex. Kept with each hit: a record read again must give the same one, or the
    /// file changed since the search. Keyed like the index, it tells nothing without `index.key`.
    pub fn fingerprint(&self, record: &Record) -> String {
        let mut h = self.keyed.clone();
        h.update([Kind::Record as u8]);
        for f in &record.fields {
            for part in [f.column.as_bytes(), f.raw.as_bytes()] {
                h.update((part.len() as u64).to_le_bytes());
                h.update(part);
            }
        }
        let digest = h.finalize();
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The keyed hash of a one-time code sent for a request, in hex: all the database keeps of
    /// it. Without `index.key` the million possible codes cannot be tried against it.
    pub fn code_hash(&self, request_id: &str, code: &str) -> String {
        let mut h = self.keyed.clone();
        h.update([Kind::Code as u8]);
        h.update((request_id.len() as u64).to_le_bytes());
        h.update(request_id.as_bytes());
        h.update(code.as_bytes());
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The keyed digest of an audit entry's details (each part length-prefixed), in hex: a copy
    /// of the database cannot be tried against guessed details without `index.key`.
    pub fn audit_digest(&self, parts: &[&[u8]]) -> String {
        self.keyed_hex(Kind::AuditDetails, parts)
    }

    /// The keyed hash that links an audit entry to the one before it (see `audit::link`).
    pub fn audit_link(&self, parts: &[&[u8]]) -> String {
        self.keyed_hex(Kind::AuditLink, parts)
    }

    /// The keyed tag of the audit chain's head file, so the file cannot be written anew from
    /// what the database shows.
    pub fn audit_head_tag(&self, parts: &[&[u8]]) -> String {
        self.keyed_hex(Kind::AuditHead, parts)
    }

    fn keyed_hex(&self, kind: Kind, parts: &[&[u8]]) -> String {
        let mut h = self.keyed.clone();
        h.update([kind as u8]);
        for part in parts {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The sealing key for secrets of one `purpose` kept in the database.
    fn seal_key(&self, purpose: &str) -> chacha20poly1305::Key {
        let mut h = self.keyed.clone();
        h.update([Kind::Seal as u8]);
        h.update(purpose.as_bytes());
        h.finalize()
    }

    /// Seals a secret (ChaCha20-Poly1305 under a key derived from `index.key`, a fresh nonce from
    /// the OS in front): what the database keeps of the SMTP password. A copy of the database
    /// alone does not open it; the data folder as a whole does (see the README).
    pub fn seal(&self, purpose: &str, secret: &[u8]) -> Result<Vec<u8>> {
        use chacha20poly1305::aead::{Aead, KeyInit};
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce).map_err(|e| CoreError::DataDir {
            path: std::path::PathBuf::from(SECRET_FILE),
            source: std::io::Error::other(format!("no random numbers from the system: {e}")),
        })?;
        let cipher = chacha20poly1305::ChaCha20Poly1305::new(&self.seal_key(purpose));
        let sealed = cipher
            .encrypt(&nonce.into(), secret)
            .map_err(|_| CoreError::Internal("the secret could not be sealed".into()))?;
        Ok(nonce.iter().copied().chain(sealed).collect())
    }

    /// Opens what [`IndexSecret::seal`] sealed; `None` when it was sealed under another
    /// `index.key` (lost or replaced) or damaged.
    pub fn unseal(&self, purpose: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        use chacha20poly1305::aead::{Aead, KeyInit};
        if sealed.len() < 12 {
            return None;
        }
        let (nonce, body) = sealed.split_at(12);
        let cipher = chacha20poly1305::ChaCha20Poly1305::new(&self.seal_key(purpose));
        cipher
            .decrypt(chacha20poly1305::Nonce::from_slice(nonce), body)
            .ok()
    }

    /// The hashes of what a record carries.
    fn record_keys(&self, record: &Record) -> Vec<u32> {
        let f = record.facts();
        let mut keys: Vec<u32> = f
            .emails
            .iter()
            .map(|(k, _)| self.hash(Kind::Email, k))
            .chain(f.phones.iter().map(|(k, _, _)| self.hash(Kind::Phone, k)))
            .chain(f.niks.iter().map(|k| self.hash(Kind::Nik, k)))
            .chain(f.starts.iter().map(|s| self.hash(Kind::WordStart, s)))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The hashes a subject is looked up by.
    pub(crate) fn subject_keys(&self, subject: &Subject) -> SubjectKeys {
        SubjectKeys {
            identifiers: subject
                .emails
                .iter()
                .map(|k| self.hash(Kind::Email, k))
                .chain(subject.phones.iter().map(|k| self.hash(Kind::Phone, k)))
                .chain(subject.niks.iter().map(|k| self.hash(Kind::Nik, k)))
                .collect(),
            starts: subject
                .starts
                .iter()
                .map(|s| self.hash(Kind::WordStart, s))
                .collect(),
        }
    }
}

/// A subject's keys as hashed.
#[derive(Debug, Clone)]
pub(crate) struct SubjectKeys {
    /// E-mail, phone and NIK: any one makes a record worth reading back.
    pub identifiers: Vec<u32>,
    /// The starts of the name's words: enough of them together make a record worth reading back.
    pub starts: Vec<u32>,
}

/// Pairs noted before they are sorted and packed into a run: 8 MB.
const RUN: usize = 1 << 20;

/// The index of one file, built while the file is read.
pub struct FileIndex {
    secret: IndexSecret,
    /// Key in the high half, record number in the low half: sorting groups a key's records.
    pairs: Vec<u64>,
    /// Earlier pairs, [`RUN`] at a time, sorted and packed as gaps ([`postings::encode`]): a
    /// file of a million records notes some eight million pairs, 64 MB as they are and a
    /// third of that packed.
    runs: Vec<Vec<u8>>,
    /// A workbook's access points, sealed ([`points::seal`]).
    points: Option<Vec<u8>>,
}

impl FileIndex {
    pub fn new(secret: &IndexSecret) -> FileIndex {
        FileIndex {
            secret: secret.clone(),
            pairs: Vec::new(),
            runs: Vec::new(),
            points: None,
        }
    }

    /// Keeps a workbook's access points with the index, sealed.
    pub fn seal_points(
        &mut self,
        sheets: &[crate::sources::xlsx_points::SheetPoints],
    ) -> Result<()> {
        self.points = points::seal(&self.secret, sheets)?;
        Ok(())
    }

    /// The sealed access points, if the file has any.
    pub(crate) fn sealed_points(&self) -> Option<&[u8]> {
        self.points.as_deref()
    }

    /// Notes the keys of one record.
    pub fn add(&mut self, record: &Record) {
        let number = u32::try_from(record.number).unwrap_or(u32::MAX);
        for key in self.secret.record_keys(record) {
            self.pairs.push(u64::from(key) << 32 | u64::from(number));
        }
        if self.pairs.len() >= RUN {
            self.pack();
        }
    }

    /// Sorts the pairs noted since the last run into a run of their own.
    fn pack(&mut self) {
        self.pairs.sort_unstable();
        self.runs.push(postings::encode(self.pairs.drain(..)));
    }

    /// Each key with its records, as stored: the runs merged in order.
    pub(crate) fn into_postings(mut self) -> Vec<(u32, Vec<u8>)> {
        self.pack();
        self.pairs = Vec::new();
        let mut runs: Vec<_> = self.runs.iter().map(|r| postings::ascending(r)).collect();
        let mut next: BinaryHeap<Reverse<(u64, usize)>> = runs
            .iter_mut()
            .enumerate()
            .filter_map(|(i, run)| run.next().map(|p| Reverse((p, i))))
            .collect();
        let mut out = Vec::new();
        let mut current: Option<(u32, Vec<u64>)> = None;
        while let Some(Reverse((pair, i))) = next.pop() {
            if let Some(p) = runs[i].next() {
                next.push(Reverse((p, i)));
            }
            let (key, record) = ((pair >> 32) as u32, pair & 0xffff_ffff);
            match &mut current {
                Some((k, records)) if *k == key => records.push(record),
                _ => {
                    if let Some((k, records)) = current.replace((key, vec![record])) {
                        out.push((k, postings::encode(records)));
                    }
                }
            }
        }
        if let Some((k, records)) = current {
            out.push((k, postings::encode(records)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_merge_into_the_postings_of_all_pairs_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let secret = IndexSecret::load(dir.path()).expect("secret");
        let mut index = FileIndex::new(&secret);
        let mut all: Vec<(u32, u64)> = Vec::new();
        let mut x = 7u64;
        for record in 1..=5_000u32 {
            for _ in 0..3 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                // Few keys, so that most keys' records span several runs.
                let key = (x >> 40) as u32 % 97;
                index.pairs.push(u64::from(key) << 32 | u64::from(record));
                all.push((key, u64::from(record)));
            }
            if record % 1_234 == 0 {
                index.pack();
            }
        }
        assert!(index.runs.len() >= 4, "the pairs went into several runs");
        all.sort_unstable();
        all.dedup();
        let mut expected: Vec<(u32, Vec<u64>)> = Vec::new();
        for (key, record) in all {
            match expected.last_mut() {
                Some((k, records)) if *k == key => records.push(record),
                _ => expected.push((key, vec![record])),
            }
        }
        let got: Vec<(u32, Vec<u64>)> = index
            .into_postings()
            .into_iter()
            .map(|(k, p)| (k, postings::decode(&p)))
            .collect();
        assert_eq!(
            got, expected,
            "each key with all its records, ascending, once"
        );
    }
}
