//! Reading the sources again on one worker per core: every file is read once, the outcomes come
//! back in the folder's order whatever order the workers finish in, progress names each file
//! once, an unchanged file is not read again, and a cancel stops the work.

use pdp_core::desk::refresh::{refresh, FileStatus, Progress};
use pdp_core::sources::ReadControl;
use pdp_core::Store;
use std::sync::atomic::Ordering;

/// A folder of CSV exports of very different sizes, so the workers finish out of order.
fn folder(dir: &std::path::Path) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let mut names = Vec::new();
    for f in 0..9 {
        let rows = if f % 3 == 0 { 20_000 } else { 3 };
        let mut text = String::from("nama,email,telepon\n");
        for r in 0..rows {
            text.push_str(&format!(
                "Orang {f}-{r},orang{f}x{r}@example.com,0812000{r:05}\n"
            ));
        }
        let name = format!("kontak_{f}.csv");
        std::fs::write(dir.join(&name), text).unwrap();
        names.push(name);
    }
    names
}

#[test]
fn every_file_is_read_once_and_reported_in_the_folders_order() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    let names = folder(&fx);
    let mut store = Store::open(&tmp.path().join("data")).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    let mut seen: Vec<Progress> = Vec::new();
    let first = refresh(
        &mut store,
        None,
        &ReadControl::default(),
        &mut |p| seen.push(p.clone()),
        chrono::Utc::now(),
    )
    .unwrap();
    let files: Vec<&str> = first.iter().map(|o| o.file.as_str()).collect();
    assert_eq!(files, names, "the outcomes in the folder's order");
    assert!(
        first.iter().all(|o| o.status == FileStatus::Read),
        "each file read: {first:?}"
    );
    let big = first.iter().find(|o| o.file == "kontak_0.csv").unwrap();
    assert_eq!(
        big.report.as_ref().map(|r| r.records),
        Some(20_000),
        "a big file's records all counted"
    );
    let mut named: Vec<&str> = seen.iter().map(|p| p.file.as_str()).collect();
    named.sort();
    assert_eq!(named, names, "progress names each file once");
    assert_eq!(
        seen.iter().map(|p| p.file_index).collect::<Vec<_>>(),
        (1..=names.len()).collect::<Vec<_>>(),
        "progress counts the files started, one by one"
    );

    std::fs::write(
        fx.join("kontak_4.csv"),
        "nama,email\nBaru,baru@example.com\n",
    )
    .unwrap();
    let again = refresh(
        &mut store,
        None,
        &ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .unwrap();
    for o in &again {
        let want = if o.file == "kontak_4.csv" {
            FileStatus::Read
        } else {
            FileStatus::Unchanged
        };
        assert_eq!(o.status, want, "only the changed file is read again: {o:?}");
    }
}

#[test]
fn a_cancel_stops_the_workers() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    folder(&fx);
    let mut store = Store::open(&tmp.path().join("data")).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    let control = ReadControl::default();
    let cancel = control.cancel.clone();
    let result = refresh(
        &mut store,
        None,
        &control,
        &mut |p| {
            if p.file_index == 2 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        chrono::Utc::now(),
    );
    assert!(
        matches!(result, Err(pdp_core::CoreError::Cancelled)),
        "a cancelled reading says so: {result:?}"
    );
    let after = refresh(
        &mut store,
        None,
        &ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .unwrap();
    assert_eq!(
        after.len(),
        9,
        "a later reading finishes the work: {after:?}"
    );
    assert!(
        after
            .iter()
            .all(|o| matches!(o.status, FileStatus::Read | FileStatus::Unchanged)),
        "nothing left half-kept: {after:?}"
    );
}
