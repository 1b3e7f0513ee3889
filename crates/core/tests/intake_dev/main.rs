//! The development examples the intake rules were written from (issue #17): informal and formal
//! Indonesian, English and mixed, several rights, denials, reasons, agents, and mail that needs a
//! look or is clearly something else. Every example must come out as written here; the blind
//! evaluation set is `tests/intake_eval.rs`.

mod english;
mod indonesian;
mod others;

use pdp_core::intake::rights::classify;
use pdp_core::intake::triage::MessageClass;
use pdp_core::vocabulary::Right;

pub struct Case {
    pub text: &'static str,
    pub class: MessageClass,
    pub rights: &'static [Right],
}

pub const fn req(text: &'static str, rights: &'static [Right]) -> Case {
    Case {
        text,
        class: MessageClass::Request,
        rights,
    }
}

pub const fn look(text: &'static str) -> Case {
    Case {
        text,
        class: MessageClass::NeedsLook,
        rights: &[],
    }
}

pub const fn not(text: &'static str) -> Case {
    Case {
        text,
        class: MessageClass::NotRequest,
        rights: &[],
    }
}

#[test]
fn every_development_example_is_classified_as_written() {
    let all = [indonesian::CASES, english::CASES, others::CASES];
    let mut wrong = Vec::new();
    let mut n = 0;
    for case in all.iter().flat_map(|c| c.iter()) {
        n += 1;
        let c = classify(case.text);
        let got: Vec<Right> = c.rights.iter().map(|f| f.right).collect();
        let mut want = case.rights.to_vec();
        want.sort();
        if c.class != case.class || got != want {
            wrong.push(format!(
                "  {:?}\n    want {:?} {:?}, got {:?} {:?} {:?}",
                case.text.lines().next().unwrap_or(""),
                case.class,
                case.rights,
                c.class,
                got,
                c.reasons
                    .iter()
                    .map(|r| (r.code, r.right))
                    .collect::<Vec<_>>()
            ));
        }
    }
    println!("{n} development examples, {} wrong", wrong.len());
    assert!(n >= 100, "the development set keeps at least 100 examples");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
