//! Intake on the e-mails of the office generator (`pdp-officegen`): each request e-mail is parsed and
//! classified with the right its text asks, and the unrelated invoice question is not a request.

use crate::support;

use pdp_core::intake::rights;
use pdp_core::intake::triage::MessageClass;
use pdp_core::sources::mail;
use pdp_core::vocabulary::Right;
use support::generate;

#[test]
fn generator_emails_are_classified_as_expected_json_says() {
    for seed in [1, 7, 42] {
        let tmp = tempfile::tempdir().unwrap();
        generate(seed, 100, tmp.path());
        let expected: serde_json::Value =
            serde_json::from_slice(&std::fs::read(tmp.path().join("expected.json")).unwrap())
                .unwrap();
        let cases = [
            ("01_permohonan_akses_data_pribadi.eml", Some(Right::Access)),
            ("02_permohonan_penghapusan_data.eml", Some(Right::Deletion)),
            ("03_request_to_delete_my_data.eml", Some(Right::Deletion)),
            ("04_permintaan_salinan_data.eml", Some(Right::Access)),
            ("05_pertanyaan_faktur.eml", None),
        ];
        for (file, right) in cases {
            let path = tmp.path().join("email").join(file);
            let m = mail::parse(&std::fs::read(&path).unwrap(), &path).unwrap();
            let c = rights::classify(&format!("{}\n\n{}", m.subject, m.body));
            let got: Vec<Right> = c.rights.iter().map(|f| f.right).collect();
            match right {
                Some(r) => {
                    assert_eq!(
                        c.class,
                        MessageClass::Request,
                        "seed {seed} {file} is a request: {c:?}"
                    );
                    assert_eq!(
                        got,
                        [r],
                        "seed {seed} {file}: exactly the right its text asks"
                    );
                }
                None => assert_eq!(
                    c.class,
                    MessageClass::NotRequest,
                    "seed {seed} {file} is clearly not a request: {c:?}"
                ),
            }
            // The message-id the generator lists as the request's record id is the one parsed.
            if let Some(subject) = expected["subjects"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["request"]["file"].as_str() == Some(&format!("email/{file}")))
            {
                let want = subject["request"]["record_id"]
                    .as_str()
                    .unwrap()
                    .trim_matches(['<', '>']);
                assert_eq!(m.message_id.as_deref(), Some(want), "seed {seed} {file}");
            }
        }
    }
}
