use super::*;
use crate::desk::intake::mail;
use crate::store::test_store;
use crate::vocabulary::Right;
use chrono::TimeZone;

const MAIL: &str = "From: Dewi Anggraini <dewi.anggraini@example.com>\r\nTo: admin@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <akses-dewi@example.com>\r\nSubject: Permintaan salinan data\r\n\r\nMohon kirimkan salinan data pribadi saya.\r\n";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 3, 0, 0).unwrap()
}

/// A store with one request from an e-mail (so an evidence file), and its folder.
fn office() -> (tempfile::TempDir, Store, String) {
    let (t, mut s) = test_store();
    let path = t.path().join("akses.eml");
    std::fs::write(&path, MAIL).unwrap();
    let item = mail::preview(&s, &path).unwrap().remove(0);
    let form = item.proposal.as_ref().unwrap().to_form(&[Right::Access]);
    let r = mail::register(&mut s, &path, None, &item.sha256, &form, "Tester", now()).unwrap();
    (t, s, r.id)
}

#[test]
fn a_restored_backup_holds_the_register_the_evidence_and_a_whole_chain() {
    let (t, mut s, id) = office();
    let out = t.path().join("cadangan.zip");
    let made = backup(&mut s, &out, "Tester", now()).unwrap();
    assert_eq!(made.requests, 1);
    assert!(
        made.files >= 4,
        "database, index.key, audit.head, the evidence: {made:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o600,
            "a backup holds personal data: private from its first byte"
        );
    }
    let into = t.path().join("pulih");
    let restored = restore(&out, &into, no_passphrase).unwrap();
    assert!(
        restored.audit_ok,
        "the chain survives a backup and a restore"
    );
    assert_eq!(restored.requests, 1);
    let back = Store::open(&into).unwrap();
    let evidence = back.request_evidence(&id).unwrap();
    assert_eq!(evidence.len(), 1);
    assert_eq!(
        std::fs::read(&evidence[0].path).unwrap(),
        MAIL.as_bytes(),
        "the original e-mail comes back byte for byte"
    );
}

#[test]
fn a_folder_holding_a_register_or_anything_else_is_refused() {
    let (t, mut s, _) = office();
    let out = t.path().join("cadangan.zip");
    backup(&mut s, &out, "Tester", now()).unwrap();
    let used = s.dir().to_path_buf();
    let before = std::fs::read(used.join(DB_FILE)).unwrap();
    let err = restore(&out, &used, no_passphrase).unwrap_err();
    assert!(
        matches!(
            err,
            CoreError::Invalid {
                reason: "holds_register",
                ..
            }
        ),
        "a folder in use is never overwritten: {err}"
    );
    assert_eq!(
        std::fs::read(used.join(DB_FILE)).unwrap(),
        before,
        "nothing was changed"
    );
    let other = t.path().join("lain");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("catatan.txt"), "milik orang lain").unwrap();
    let err = restore(&out, &other, no_passphrase).unwrap_err();
    assert!(
        matches!(
            err,
            CoreError::Invalid {
                reason: "not_empty",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_changed_backup_is_refused_naming_the_file_and_nothing_is_placed() {
    let (t, mut s, _) = office();
    let out = t.path().join("cadangan.zip");
    backup(&mut s, &out, "Tester", now()).unwrap();
    // Rewrite the archive with one evidence file changed and the manifest left as it was.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let forged = t.path().join("ubah.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&forged).unwrap());
    let mut changed = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        if name.starts_with("evidence/") {
            bytes.extend_from_slice(b"tambahan");
            changed = name.clone();
        }
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(&bytes).unwrap();
    }
    w.finish().unwrap();
    let into = t.path().join("pulih");
    let err = restore(&forged, &into, no_passphrase)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&changed) && err.contains("SHA-256"),
        "the message names the file that does not match: {err}"
    );
    assert!(!into.exists(), "a damaged backup places nothing");
    let leftovers: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("restoring"))
        .collect();
    assert!(leftovers.is_empty(), "the staging folder is removed");
}

#[test]
fn a_backup_inside_the_data_folder_or_of_something_else_is_refused() {
    let (t, mut s, _) = office();
    let inside = s.dir().join("cadangan.zip");
    assert!(backup(&mut s, &inside, "Tester", now()).is_err());
    let not_backup = t.path().join("bukan.zip");
    std::fs::write(&not_backup, b"PK\x03\x04 not really").unwrap();
    let err = restore(&not_backup, &t.path().join("x"), no_passphrase)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("bukan.zip"),
        "the message names the file: {err}"
    );
}

fn no_passphrase() -> Result<String> {
    panic!("a backup of a plain folder asks no passphrase")
}

#[test]
fn a_backup_restores_over_a_new_installation_and_never_over_a_register() {
    let (t, mut store, _) = office();
    let out = t.path().join("cadangan.zip");
    backup(&mut store, &out, "Tester", now()).unwrap();
    let before = store.list_requests(&Default::default()).unwrap();

    // The office's own register is never replaced.
    let (store, made) = crate::desk::restore::restore_fresh(store, &out, None).unwrap();
    assert!(
        matches!(
            made,
            Err(CoreError::Invalid {
                reason: "holds_register",
                ..
            })
        ),
        "{made:?}"
    );
    assert_eq!(
        store.list_requests(&Default::default()).unwrap().len(),
        before.len()
    );

    // A new PC: a fresh data folder, the first start's setup still to do.
    let fresh = Store::open(&t.path().join("baru")).unwrap();
    let (fresh, made) =
        crate::desk::restore::restore_fresh(fresh, &t.path().join("tidak-ada.zip"), None).unwrap();
    assert!(made.is_err(), "a missing file is refused");
    assert!(
        crate::desk::demo::setup_needed(&fresh).unwrap(),
        "the fresh folder is put back"
    );
    let (restored_store, made) = crate::desk::restore::restore_fresh(fresh, &out, None).unwrap();
    let restored = made.unwrap();
    assert!(restored.audit_ok);
    assert_eq!(
        restored_store.list_requests(&Default::default()).unwrap(),
        before,
        "the restored register is the office's"
    );
    let leftovers: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "the fresh folder set aside is removed"
    );
}
