//! Every spelling of a planted subject's identifiers that the generator wrote meets the
//! subject's canonical identifiers under the search keys; near-namesakes' e-mails and phones do not.

use crate::support;

use pdp_core::identifiers::keys::{compare_names, email_key, phone_key, NameMatch};
use serde_json::Value;
use support::generate;

#[test]
fn written_spellings_meet_their_canonical_keys() {
    for seed in [1, 6, 13] {
        let tmp = tempfile::tempdir().unwrap();
        generate(seed, 50, tmp.path());
        let e: Value =
            serde_json::from_slice(&std::fs::read(tmp.path().join("expected.json")).unwrap())
                .unwrap();
        for s in e["subjects"].as_array().unwrap() {
            let c = &s["canonical"];
            let emails: Vec<String> = c["emails"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| email_key(x.as_str().unwrap()).unwrap())
                .collect();
            let phones: Vec<String> = c["phones_e164"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| phone_key(x.as_str().unwrap()).unwrap().digits)
                .collect();
            let w = &s["identifiers_as_written"];
            for x in w["emails"].as_array().unwrap() {
                let k = email_key(x.as_str().unwrap())
                    .unwrap_or_else(|| panic!("seed {seed}: {x} has a key"));
                assert!(
                    emails.contains(&k),
                    "seed {seed} {}: {x} → {k} meets {emails:?}",
                    s["id"]
                );
            }
            for x in w["phones"].as_array().unwrap() {
                let k = phone_key(x.as_str().unwrap())
                    .unwrap_or_else(|| panic!("seed {seed}: {x} has a key"))
                    .digits;
                assert!(
                    phones.contains(&k),
                    "seed {seed} {}: {x} → {k} meets {phones:?}",
                    s["id"]
                );
            }
            let name = c["name"].as_str().unwrap();
            for x in w["names"].as_array().unwrap() {
                let m = compare_names(x.as_str().unwrap(), name);
                assert!(
                    m >= NameMatch::Similar,
                    "seed {seed}: {x} is at least similar to {name}"
                );
            }
        }
        for n in e["near_miss_persons"].as_array().unwrap() {
            for x in n["emails"].as_array().unwrap() {
                let k = email_key(x.as_str().unwrap()).unwrap();
                for s in e["subjects"].as_array().unwrap() {
                    for se in s["canonical"]["emails"].as_array().unwrap() {
                        assert_ne!(
                            Some(k.clone()),
                            email_key(se.as_str().unwrap()),
                            "seed {seed}: a near-namesake's e-mail never meets a subject's"
                        );
                    }
                }
            }
        }
    }
}
