//! The scan search on generated offices: for every planted subject, every record `expected.json`
//! lists under `matches` is a hit, and no record under `must_not_match` is strong.

mod support;

use pdp_core::search::scan::search;
use pdp_core::search::{HitClass, SubjectQuery};
use pdp_core::sources::csv_file::ReadControl;
use pdp_core::Store;
use serde_json::Value;
use std::collections::HashMap;
use support::generate;

#[test]
fn every_planted_record_is_found_and_no_namesake_is_strong() {
    for seed in [1, 2, 5] {
        let tmp = tempfile::tempdir().unwrap();
        let fx = tmp.path().join("fx");
        generate(seed, 300, &fx);
        let expected: Value =
            serde_json::from_slice(&std::fs::read(fx.join("expected.json")).unwrap()).unwrap();
        std::fs::remove_file(fx.join("expected.json")).unwrap();
        let mut store = Store::open(&tmp.path().join("data")).unwrap();
        store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
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
            let result = search(&store, &query, &ReadControl::default()).unwrap();
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
