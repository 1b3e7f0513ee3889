//! The search on generated offices, by both paths: for every planted subject, every record
//! `expected.json` lists under `matches` is a hit, no record under `must_not_match` is strong,
//! and the index and the scan give the same hits.

use crate::support;

use pdp_core::desk::search::{search, Method};
use pdp_core::search::{HitClass, SearchResult, SubjectQuery};
use pdp_core::sources::ReadControl;
use pdp_core::Store;
use std::collections::HashMap;
use support::indexed_office;

/// Both paths, which must agree hit for hit.
fn both(store: &Store, query: &SubjectQuery, seed: u32) -> SearchResult {
    let control = ReadControl::default();
    let indexed = search(store, query, Method::Indexed, &control).unwrap();
    let scanned = search(store, query, Method::Scan, &control).unwrap();
    for (i, s) in indexed.hits.iter().zip(&scanned.hits) {
        assert_eq!(
            i, s,
            "seed {seed}: the index and the scan disagree on a hit"
        );
    }
    assert_eq!(
        indexed.hits.len(),
        scanned.hits.len(),
        "seed {seed}: the index and the scan find as many hits"
    );
    assert_eq!(
        indexed.searched, scanned.searched,
        "seed {seed}: both paths account for the same files and records"
    );
    indexed
}

#[test]
fn every_planted_record_is_found_and_no_namesake_is_strong_on_both_paths() {
    // 3,000 rows make the larger files long enough for the index to jump to checkpoints.
    for (seed, rows) in [(1, 300), (2, 3000), (5, 300)] {
        let tmp = tempfile::tempdir().unwrap();
        let (store, expected) = indexed_office(seed, rows, tmp.path());
        let (mut found, mut missed, mut wrong_strong) = (0, Vec::new(), Vec::new());
        for s in expected["subjects"].as_array().unwrap() {
            let c = &s["canonical"];
            let list = |k: &str| {
                c[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect::<Vec<_>>()
            };
            let query = SubjectQuery {
                name: c["name"].as_str().map(String::from),
                emails: list("emails"),
                phones: list("phones_e164"),
                niks: vec![],
            };
            let result = both(&store, &query, seed);
            let by_place: HashMap<(String, u64), HitClass> = result
                .hits
                .iter()
                .map(|h| ((h.file.clone(), h.record), h.class))
                .collect();
            for m in s["matches"].as_array().unwrap() {
                for r in m["records"].as_array().unwrap() {
                    let key = (
                        m["file"].as_str().unwrap().to_string(),
                        r["record"].as_u64().unwrap(),
                    );
                    if by_place.contains_key(&key) {
                        found += 1;
                    } else {
                        missed.push(format!(
                            "seed {seed} {} {} record {} ({})",
                            s["id"], key.0, key.1, m["variant"]
                        ));
                    }
                }
            }
            for m in s["must_not_match"].as_array().into_iter().flatten() {
                for r in m["records"].as_array().unwrap() {
                    let key = (
                        m["file"].as_str().unwrap().to_string(),
                        r["record"].as_u64().unwrap(),
                    );
                    if by_place.get(&key) == Some(&HitClass::Strong) {
                        wrong_strong.push(format!(
                            "seed {seed} {} {} record {} ({})",
                            s["id"], key.0, key.1, m["reason"]
                        ));
                    }
                }
            }
            assert!(
                result.searched.iter().all(|f| f.error.is_none()),
                "every file is searched"
            );
            assert_eq!(
                result.searched.len(),
                expected["files"].as_object().unwrap().len(),
                "zero-hit files are listed too"
            );
        }
        println!("seed {seed}: {found} planted records found");
        assert!(
            missed.is_empty(),
            "planted records missed:\n{}",
            missed.join("\n")
        );
        assert!(
            wrong_strong.is_empty(),
            "another person's records marked strong:\n{}",
            wrong_strong.join("\n")
        );
    }
}

#[test]
fn each_identifier_alone_gives_the_same_hits_on_both_paths() {
    // One identifier at a time: no name to carry a row through the scan's prefilter, so each
    // spelling of each e-mail and phone must be let through on its own.
    let tmp = tempfile::tempdir().unwrap();
    let (store, expected) = indexed_office(7, 2000, tmp.path());
    for s in expected["subjects"].as_array().unwrap() {
        let c = &s["canonical"];
        let text = |k: &str| -> Vec<String> {
            c[k].as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect()
        };
        let mut queries: Vec<SubjectQuery> = text("emails")
            .into_iter()
            .map(|e| SubjectQuery {
                emails: vec![e],
                ..SubjectQuery::default()
            })
            .collect();
        queries.extend(text("phones_e164").into_iter().map(|p| SubjectQuery {
            phones: vec![p],
            ..SubjectQuery::default()
        }));
        queries.push(SubjectQuery {
            name: c["name"].as_str().map(String::from),
            ..SubjectQuery::default()
        });
        // Both paths finding nothing would agree too: every identifier of a planted subject is
        // on at least one of their records, so each query must find something.
        for q in queries {
            let found = both(&store, &q, 7);
            assert!(
                !found.hits.is_empty(),
                "seed 7: {q:?} of a planted subject finds their records"
            );
        }
    }
}
