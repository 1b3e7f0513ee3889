//! Issue #20, defects 1 and 2 on the real binary: an e-mail with a non-ASCII character never
//! panics anywhere it passes, and a hit's record read again must be the very record the search
//! weighed (a keyed fingerprint of its content), never the next person's after an edit.

use crate::support;

use support::Desk;

/// The exit code of a run, with its stderr for the failure message.
fn code(out: &std::process::Output) -> (Option<i32>, String) {
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_no_panic(out: &std::process::Output, what: &str) {
    let (code, stderr) = code(out);
    assert_ne!(code, Some(101), "{what} must not panic: {stderr}");
    assert!(
        !stderr.contains("panicked"),
        "{what} must not panic: {stderr}"
    );
}

#[test]
fn a_non_ascii_email_never_panics() {
    let desk = Desk::new();
    let folder = desk.dir.path().join("exports");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("u.csv"),
        "name,email\nAni Lestari,ani@exämple.com\nBudi Santoso,budi@example.com\n",
    )
    .unwrap();
    let mail = desk.dir.path().join("m.eml");
    std::fs::write(
        &mail,
        "From: Ani <ani@exämple.com>\r\nTo: privasi@example.com\r\nSubject: Permohonan penghapusan data\r\n\
         Message-ID: <a1@example.com>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0700\r\n\r\n\
         Mohon hapus data saya. Email: ani@exämple.com, 0812-0000-1111\r\nAni Lestari\r\n",
    )
    .unwrap();
    let f = folder.to_str().unwrap();
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("source add", vec!["source", "add", f]),
        ("index", vec!["index"]),
        ("search", vec!["search", "--email", "ani@exämple.com"]),
        (
            "search --scan",
            vec!["search", "--email", "ani@exämple.com", "--scan"],
        ),
        ("search by name", vec!["search", "--name", "Ani Lestari"]),
        (
            "request new",
            vec![
                "request",
                "new",
                "--name",
                "Ani Lestari",
                "--email",
                "mailto:ani@exämple.com",
                "--right",
                "access",
                "--channel",
                "email",
            ],
        ),
        ("intake", vec!["intake", mail.to_str().unwrap()]),
    ];
    for (what, args) in runs {
        let out = desk.run(&args);
        assert_no_panic(&out, what);
    }
    let hits = desk.json(&[
        "search",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
    ]);
    assert!(
        !hits["hits"].as_array().unwrap().is_empty(),
        "the file with the odd address is still searched: {hits}"
    );
}

/// Three people in a CSV, searched for the second.
fn three_people(desk: &Desk) -> (std::path::PathBuf, String) {
    let csv = desk.dir.path().join("s.csv");
    std::fs::write(
        &csv,
        "name,email,phone\n\
         Ani Lestari,ani@example.com,0812-0000-1111\n\
         Budi Santoso,budi@example.com,0812-0000-2222\n\
         Citra Dewi,citra@example.com,0812-0000-3333\n",
    )
    .unwrap();
    desk.json(&["source", "add", csv.to_str().unwrap()]);
    let request = desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    let id = request["id"].as_str().unwrap().to_string();
    let found = desk.json(&["search", "--request", &id]);
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "Budi's one record is found: {found}");
    assert_eq!(hits[0]["line"], 3, "on line 3: {found}");
    (csv, id)
}

fn first_hit(desk: &Desk, id: &str) -> String {
    let list = desk.json(&["hit", "list", "--request", id]);
    let hits = list
        .as_array()
        .or_else(|| list["hits"].as_array())
        .unwrap_or_else(|| panic!("hit list: {list}"));
    hits[0]["id"].to_string()
}

#[test]
fn a_record_that_moved_is_never_shown_as_the_hit() {
    let desk = Desk::new();
    let (csv, id) = three_people(&desk);
    let hit = first_hit(&desk, &id);
    desk.json(&["hit", "confirm", &hit]);
    let shown = desk.json(&["hit", "show", &hit]);
    assert!(
        shown.to_string().contains("budi@example.com"),
        "before the edit the hit shows Budi's record: {shown}"
    );

    // Delete the first line of data: Citra's record now stands where Budi's stood, as record 2.
    let text = std::fs::read_to_string(&csv).unwrap();
    let edited: String = text
        .lines()
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    std::fs::write(&csv, edited).unwrap();

    for args in [
        vec!["hit", "show", hit.as_str()],
        vec!["hit", "found", "--request", id.as_str()],
    ] {
        let out = desk.run(&[args.as_slice(), &["--json"]].concat());
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stdout.contains("citra") && !stdout.contains("Citra"),
            "{args:?} must never show the third person: {stdout}"
        );
        assert!(
            !out.status.success() && stderr.contains("search again"),
            "{args:?} refuses and says to search again: {stderr}"
        );
    }
    let add = desk.run(&[
        "hit",
        "add",
        "--request",
        &id,
        "citra@example.com",
        "--json",
    ]);
    assert!(
        !add.status.success(),
        "another person's e-mail is never added to the request"
    );
    let request = desk.json(&["request", "show", &id]);
    assert!(
        !request.to_string().contains("citra@example.com"),
        "the request keeps only Budi's identifiers: {request}"
    );
}

#[test]
fn an_edit_in_place_with_the_same_size_and_time_is_caught() {
    let desk = Desk::new();
    let (csv, id) = three_people(&desk);
    let hit = first_hit(&desk, &id);
    let before = std::fs::metadata(&csv).unwrap();
    // Same length, same line: another person's address in Budi's row.
    let text = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, text.replace("budi@example.com", "dodi@example.com")).unwrap();
    let file = std::fs::File::options().write(true).open(&csv).unwrap();
    file.set_modified(before.modified().unwrap()).unwrap();
    drop(file);
    assert_eq!(std::fs::metadata(&csv).unwrap().len(), before.len());
    let out = desk.run(&["hit", "show", &hit, "--json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("search again"),
        "a record edited in place is refused: {stderr}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("dodi"),
        "the edited record is never shown as the hit"
    );
}

#[test]
fn an_unchanged_record_still_reads_back() {
    let desk = Desk::new();
    let (_csv, id) = three_people(&desk);
    let hit = first_hit(&desk, &id);
    let shown = desk.json(&["hit", "show", &hit]);
    assert!(
        shown.to_string().contains("budi@example.com"),
        "an unchanged file reads back: {shown}"
    );
}

#[test]
fn a_hit_kept_before_fingerprints_must_be_searched_again() {
    let desk = Desk::new();
    let (_csv, id) = three_people(&desk);
    let hit = first_hit(&desk, &id);
    let db = rusqlite::Connection::open(desk.data().join("pdpdesk.db")).unwrap();
    db.execute("UPDATE hits SET fingerprint = NULL", [])
        .unwrap();
    drop(db);
    let out = desk.run(&["hit", "show", &hit, "--json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("search again"),
        "a hit without a fingerprint cannot prove its record is the same: {stderr}"
    );
    desk.json(&["search", "--request", &id]);
    let again = first_hit(&desk, &id);
    let shown = desk.json(&["hit", "show", &again]);
    assert!(
        shown.to_string().contains("budi@example.com"),
        "searching again gives a hit that reads back: {shown}"
    );
}

#[test]
fn a_replaced_index_secret_makes_hits_unreadable_until_searched_again() {
    let desk = Desk::new();
    let (_csv, id) = three_people(&desk);
    let hit = first_hit(&desk, &id);
    std::fs::remove_file(desk.data().join("index.key")).unwrap();
    let out = desk.run(&["hit", "show", &hit, "--json"]);
    assert!(
        !out.status.success(),
        "fingerprints made with a lost secret no longer prove anything"
    );
}

#[test]
fn one_odd_message_never_stops_its_mailbox() {
    let desk = Desk::new();
    let message = |n: u32, from: &str| {
        format!(
            "From {from} Mon Nov 30 09:00:00 2026\n\
             From: Pemohon {n} <{from}>\nTo: privasi@example.com\n\
             Subject: Permohonan penghapusan data {n}\nMessage-ID: <m{n}@example.com>\n\
             Date: Mon, 30 Nov 2026 09:0{n}:00 +0700\n\n\
             Mohon hapus data pribadi saya. Email: {from}\nPemohon {n}\n\n"
        )
    };
    let mbox = desk.dir.path().join("inbox.mbox");
    std::fs::write(
        &mbox,
        [
            message(1, "ani@example.com"),
            message(2, "odd@exämple.com"),
            message(3, "citra@example.com"),
        ]
        .concat(),
    )
    .unwrap();
    let out = desk.run(&["intake", mbox.to_str().unwrap(), "--json"]);
    assert_no_panic(&out, "intake of a mailbox with an odd address");
    let register = desk.list();
    for who in ["ani@example.com", "citra@example.com"] {
        assert!(
            register.iter().any(|r| r.to_string().contains(who)),
            "the message after the odd one is registered too ({who}): {register:?}"
        );
    }
}
