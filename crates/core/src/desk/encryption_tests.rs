use super::*;
use crate::desk::intake::mail;
use crate::vault::Progress;
use crate::vocabulary::Right;
use chrono::TimeZone;

const PASS: &str = "kata sandi kantor 2026";
const NEW: &str = "kata sandi yang baru 2027";
const MAIL: &str = "From: Rina Kartikasari <rina.kartikasari@example.com>\r\nTo: admin@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <akses-rina@example.com>\r\nSubject: Permohonan akses data pribadi\r\n\r\nMohon salinan data saya. Nomor saya 0812-7788-9911.\r\n";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 4, 0, 0).unwrap()
}

/// A data folder with one request registered from an e-mail (its original kept as evidence).
fn office() -> (tempfile::TempDir, Store, String) {
    let t = tempfile::tempdir().unwrap();
    let mut store = Store::open(&t.path().join("data")).unwrap();
    let path = t.path().join("akses.eml");
    std::fs::write(&path, MAIL).unwrap();
    let item = mail::preview(&store, &path).unwrap().remove(0);
    let form = item.proposal.as_ref().unwrap().to_form(&[Right::Access]);
    let made = mail::register(
        &mut store,
        &path,
        None,
        &item.sha256,
        &form,
        "Tester",
        now(),
    )
    .unwrap();
    (t, store, made.id)
}

/// The files of the data folder that hold `needle`, by name.
fn holding(dir: &Path, needle: &str) -> Vec<String> {
    fn walk(at: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(at).unwrap().flatten() {
            if e.path().is_dir() {
                walk(&e.path(), out);
            } else {
                out.push(e.path());
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files
        .into_iter()
        .filter(|f| {
            let bytes = std::fs::read(f).unwrap_or_default();
            bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
        })
        .map(|f| f.display().to_string())
        .collect()
}

fn checkpointed(store: Store) -> Store {
    store
        .conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    store
}

#[test]
fn turned_on_no_file_holds_the_requester_and_only_the_passphrase_opens_it() {
    let (_t, store, id) = office();
    let dir = store.dir().to_path_buf();
    assert!(
        !holding(&dir, "rina.kartikasari").is_empty(),
        "plain before"
    );
    let (store, made) = turn_on(store, PASS, "Tester", now()).unwrap();
    made.unwrap();
    assert_eq!(store.request(&id).unwrap().id, id, "the register reads on");
    let status = status(&store).unwrap();
    assert!(status.encrypted);
    assert_eq!(status.sealed_files, status.files, "every kept file sealed");
    assert!(status.files >= 1, "the original e-mail is kept");
    drop(checkpointed(store));
    for needle in ["rina.kartikasari", "Kartikasari", "0812-7788-9911"] {
        assert_eq!(
            holding(&dir, needle),
            Vec::<String>::new(),
            "no file of an encrypted data folder may hold {needle} in clear"
        );
    }
    assert!(
        matches!(Store::open(&dir), Err(CoreError::Locked { .. })),
        "an encrypted folder does not open without its passphrase"
    );
    assert!(matches!(
        vault::unlock(&dir, "salah sandi 123456"),
        Err(CoreError::WrongPassphrase)
    ));
    let plain = rusqlite::Connection::open(dir.join(crate::store::DB_FILE)).unwrap();
    assert!(
        plain
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .is_err(),
        "SQLite without the key cannot read the database"
    );
    let key = vault::unlock(&dir, PASS).unwrap();
    let mut store = Store::open_with(&dir, key.as_ref()).unwrap();
    let evidence = store.request_evidence(&id).unwrap();
    let original = store.read_kept(Path::new(&evidence[0].path)).unwrap();
    assert_eq!(
        original,
        MAIL.as_bytes(),
        "the original reads back byte for byte"
    );
    assert!(
        store.audit_status().unwrap().ok,
        "the chain holds across the change"
    );
}

#[test]
fn a_new_passphrase_re_encrypts_and_off_makes_everything_plain_again() {
    let (_t, store, id) = office();
    let dir = store.dir().to_path_buf();
    let (store, made) = turn_on(store, PASS, "Tester", now()).unwrap();
    made.unwrap();
    let first_key = store.vault().unwrap().current().database_key();
    let (store, made) = change_passphrase(store, "bukan sandinya 1", NEW, "Tester", now()).unwrap();
    assert!(
        matches!(made, Err(CoreError::WrongPassphrase)),
        "the current one is checked"
    );
    let (store, made) = change_passphrase(store, PASS, NEW, "Tester", now()).unwrap();
    made.unwrap();
    assert_ne!(
        *store.vault().unwrap().current().database_key(),
        *first_key,
        "a new passphrase brings a new key"
    );
    assert!(matches!(
        vault::unlock(&dir, PASS),
        Err(CoreError::WrongPassphrase)
    ));
    assert_eq!(
        status(&store).unwrap().sealed_files,
        status(&store).unwrap().files
    );
    let (store, made) = turn_off(store, NEW, "Tester", now()).unwrap();
    made.unwrap();
    assert!(!vault::is_encrypted(&dir));
    drop(store);
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(store.request(&id).unwrap().id, id);
    assert_eq!(
        status(&store).unwrap().sealed_files,
        0,
        "every file plain again"
    );
    assert!(store.audit_status().unwrap().ok);
}

#[test]
fn a_register_open_elsewhere_is_not_converted() {
    let (_t, store, id) = office();
    let dir = store.dir().to_path_buf();
    let other = Store::open(&dir).unwrap();
    let (store, made) = turn_on(store, PASS, "Tester", now()).unwrap();
    assert!(
        matches!(made, Err(CoreError::RegisterInUse { .. })),
        "another open connection would lose its writes: {made:?}"
    );
    assert!(!vault::is_encrypted(&dir), "nothing was changed");
    assert_eq!(other.request(&id).unwrap().id, id);
    assert_eq!(store.request(&id).unwrap().id, id);
}

#[test]
fn a_change_killed_half_way_is_finished_on_the_next_open() {
    let (_t, store, id) = office();
    let dir = store.dir().to_path_buf();
    drop(store);
    // Killed right after the new keyring was written: nothing converted yet.
    let started = vault::begin_encrypting(&dir, None, PASS).unwrap();
    assert_eq!(started.progress(), Progress::Encrypting);
    let key = vault::unlock(&dir, PASS).unwrap();
    let store = Store::open_with(&dir, key.as_ref()).unwrap();
    assert_eq!(store.request(&id).unwrap().id, id);
    assert_eq!(vault::progress(&dir).unwrap(), Some(Progress::Done));
    let s = status(&store).unwrap();
    assert_eq!(s.sealed_files, s.files, "the files were sealed on the open");
    drop(checkpointed(store));
    assert!(holding(&dir, "rina.kartikasari").is_empty());
}

#[test]
fn an_encrypted_backup_restores_only_with_its_passphrase() {
    let (t, store, id) = office();
    let (mut store, made) = turn_on(store, PASS, "Tester", now()).unwrap();
    made.unwrap();
    let out = t.path().join("cadangan.zip");
    crate::desk::backup::backup(&mut store, &out, "Tester", now()).unwrap();
    let zip = std::fs::read(&out).unwrap();
    assert!(
        !zip.windows(16).any(|w| w == b"rina.kartikasari"),
        "the backup of an encrypted folder holds no requester in clear"
    );
    let wrong =
        crate::desk::backup::restore(&out, &t.path().join("a"), || Ok("salah sandi 1234".into()));
    assert!(matches!(wrong, Err(CoreError::WrongPassphrase)));
    assert!(
        !t.path().join("a").exists(),
        "nothing is placed for a wrong passphrase"
    );
    let restored =
        crate::desk::backup::restore(&out, &t.path().join("b"), || Ok(PASS.into())).unwrap();
    assert!(restored.encrypted && restored.audit_ok);
    assert_eq!(restored.requests, 1);
    let key = vault::unlock(&t.path().join("b"), PASS).unwrap();
    let again = Store::open_with(&t.path().join("b"), key.as_ref()).unwrap();
    assert_eq!(again.request(&id).unwrap().id, id);
}

#[test]
fn keys_unlocked_earlier_follow_what_the_keyring_says_now() {
    let (_t, store, id) = office();
    let dir = store.dir().to_path_buf();
    let (store, made) = turn_on(store, PASS, "Tester", now()).unwrap();
    made.unwrap();
    let earlier = store.vault().cloned().unwrap();
    let (store, made) = turn_off(store, PASS, "Tester", now()).unwrap();
    made.unwrap();
    drop(store);
    // A window still holding the keys opens a worker connection: the folder is plain now, and
    // must stay plain (converting it under keys no keyring holds would lock it for good).
    let worker = Store::open_with(&dir, Some(&earlier)).unwrap();
    assert!(worker.vault().is_none());
    assert!(!vault::is_encrypted(&dir));
    drop(worker);
    let plain = Store::open(&dir).unwrap();
    assert_eq!(plain.request(&id).unwrap().id, id);
    let (store, made) = turn_on(plain, NEW, "Tester", now()).unwrap();
    made.unwrap();
    drop(store);
    assert!(
        matches!(
            Store::open_with(&dir, Some(&earlier)),
            Err(CoreError::Locked { .. })
        ),
        "keys of an earlier passphrase do not open what a new one sealed"
    );
}
