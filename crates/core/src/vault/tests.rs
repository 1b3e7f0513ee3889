use super::*;

const PASS: &str = "kata sandi kantor 2026";

#[test]
fn a_sealed_file_opens_with_its_key_and_not_when_changed() {
    let dir = tempfile::tempdir().unwrap();
    let vault = begin_encrypting(dir.path(), None, PASS).unwrap();
    let sealed = vault.seal(b"From: budi@example.test").unwrap();
    assert!(
        !sealed.windows(4).any(|w| w == b"budi"),
        "a sealed file must not hold its text in clear"
    );
    assert!(vault.is_current(&sealed));
    let p = Path::new("evidence/x.eml");
    assert_eq!(vault.open(&sealed, p).unwrap(), b"From: budi@example.test");
    let mut changed = sealed.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    assert!(
        matches!(vault.open(&changed, p), Err(CoreError::File { .. })),
        "a changed byte must be detected, not decrypted to garbage"
    );
    assert_eq!(
        vault.open(b"plain text", p).unwrap(),
        b"plain text",
        "a file written before encryption was turned on reads as it is"
    );
}

#[test]
fn the_keyring_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        unlock(dir.path(), PASS).unwrap().is_none(),
        "not encrypted yet"
    );
    let made = begin_encrypting(dir.path(), None, PASS).unwrap();
    assert!(is_encrypted(dir.path()));
    assert!(matches!(
        unlock(dir.path(), "not the passphrase"),
        Err(CoreError::WrongPassphrase)
    ));
    let opened = unlock(dir.path(), PASS).unwrap().unwrap();
    assert_eq!(opened.current().id, made.current().id);
    assert_eq!(
        *opened.current().database_key(),
        *made.current().database_key(),
        "the same passphrase must give the same database key"
    );
    let text = std::fs::read_to_string(dir.path().join(KEYRING_FILE)).unwrap();
    assert!(
        !text.contains(PASS),
        "the keyring must not hold the passphrase"
    );
}

#[test]
fn a_new_passphrase_keeps_the_old_key_until_the_change_is_finished() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = begin_encrypting(dir.path(), None, PASS).unwrap();
    finished(dir.path(), &mut first).unwrap();
    let old_file = first.seal(b"surat").unwrap();
    let mut second = begin_encrypting(dir.path(), Some(&first), "kata sandi baru 2027").unwrap();
    assert_ne!(
        second.current().id,
        first.current().id,
        "a new passphrase brings a new key"
    );
    assert!(
        matches!(unlock(dir.path(), PASS), Err(CoreError::WrongPassphrase)),
        "the old passphrase no longer opens the keyring"
    );
    let reopened = unlock(dir.path(), "kata sandi baru 2027").unwrap().unwrap();
    assert_eq!(
        reopened.open(&old_file, Path::new("f")).unwrap(),
        b"surat",
        "while the change runs, files under the old key still open"
    );
    finished(dir.path(), &mut second).unwrap();
    let after = unlock(dir.path(), "kata sandi baru 2027").unwrap().unwrap();
    assert!(
        after.open(&old_file, Path::new("f")).is_err(),
        "once done, the old key is gone from the keyring"
    );
    assert_eq!(after.progress(), Progress::Done);
}

#[test]
fn a_short_passphrase_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        begin_encrypting(dir.path(), None, "pendek"),
        Err(CoreError::Invalid {
            reason: "too_short",
            ..
        })
    ));
    assert!(
        !is_encrypted(dir.path()),
        "nothing is written for a refused passphrase"
    );
}

#[test]
fn a_keyring_edited_without_the_passphrase_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = begin_encrypting(dir.path(), None, PASS).unwrap();
    finished(dir.path(), &mut v).unwrap();
    let path = dir.path().join(KEYRING_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"done\""), "{text}");
    // Someone with the folder but not the passphrase asks for everything to be decrypted.
    std::fs::write(&path, text.replace("\"done\"", "\"decrypting\"")).unwrap();
    let err = unlock(dir.path(), PASS)
        .err()
        .expect("a changed keyring is refused");
    assert!(
        err.to_string().contains("changed without the passphrase"),
        "{err}"
    );
    assert!(
        matches!(
            unlock(dir.path(), "bukan kata sandinya"),
            Err(CoreError::WrongPassphrase)
        ),
        "a wrong passphrase is still said as such"
    );
}

#[test]
fn once_done_a_plain_file_among_the_sealed_ones_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = begin_encrypting(dir.path(), None, PASS).unwrap();
    assert_eq!(
        v.open(b"plain", Path::new("f")).unwrap(),
        b"plain",
        "while converting"
    );
    finished(dir.path(), &mut v).unwrap();
    assert!(
        matches!(
            v.open(b"From: x", Path::new("evidence/x.eml")),
            Err(CoreError::File { .. })
        ),
        "a plain file put among sealed ones is not read as the office's"
    );
}
