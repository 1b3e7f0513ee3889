//! The evaluation sets of issue #17 (`tests/intake_eval/*.json`), each written blind by another
//! engineer who saw neither the rules nor the other set: `first.json` (206 messages) while the
//! rules were written from the issue and our own examples (`tests/intake_dev`), `second.json`
//! (182 messages) after the rules had been mended on the first. Each set's figures before any
//! mend made from it are in DEVELOPMENT.md. Prints, per set, the request / needs-a-look /
//! not-a-request split and precision and recall per right, and holds the issue's bar: no
//! request and nothing labelled as needing a look is classed as not a request, at least 95 % of
//! requests get exactly their rights or go to needs-a-look, and no message that is not a
//! request is classed as one.

use pdp_core::intake::rights::classify;
use pdp_core::intake::triage::MessageClass;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Message {
    id: String,
    subject: String,
    body: String,
    class: String,
    rights: Vec<String>,
    note: String,
}

fn class_name(c: MessageClass) -> &'static str {
    match c {
        MessageClass::Request => "request",
        MessageClass::NeedsLook => "needs-look",
        MessageClass::NotRequest => "not-request",
    }
}

#[test]
fn the_first_evaluation_set_meets_the_issues_bar() {
    meets_the_bar("first.json");
}

#[test]
fn the_second_evaluation_set_meets_the_issues_bar() {
    meets_the_bar("second.json");
}

fn meets_the_bar(name: &str) {
    let path = format!("{}/tests/intake_eval/{name}", env!("CARGO_MANIFEST_DIR"));
    let set: Vec<Message> = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let mut split: BTreeMap<(String, &str), usize> = BTreeMap::new();
    // Per right: true positives, false positives, false negatives.
    let mut per_right: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut requests, mut exact_or_look, mut lost, mut intruders) = (0, 0, Vec::new(), Vec::new());
    let mut wrong = Vec::new();
    for m in &set {
        let c = classify(&format!("{}\n\n{}", m.subject, m.body));
        let got_class = class_name(c.class);
        *split.entry((m.class.clone(), got_class)).or_default() += 1;
        let mut got: Vec<String> = c.rights.iter().map(|f| f.right.to_string()).collect();
        got.sort();
        let mut want = m.rights.clone();
        want.sort();
        for r in got.iter().chain(&want) {
            per_right.entry(r.clone()).or_default();
        }
        for r in &got {
            let e = per_right.get_mut(r).unwrap();
            if want.contains(r) {
                e.0 += 1
            } else {
                e.1 += 1
            }
        }
        for r in want.iter().filter(|r| !got.contains(r)) {
            per_right.get_mut(r).unwrap().2 += 1;
        }
        let said: Vec<String> = c
            .rights
            .iter()
            .flat_map(|f| f.phrases.iter().map(|h| h.text.clone()))
            .chain(c.reasons.iter().map(|r| {
                format!(
                    "{:?}{:?}",
                    r.code,
                    r.words.iter().map(|w| &w.text).collect::<Vec<_>>()
                )
            }))
            .collect();
        let line = format!(
            "  {} [{}] want {} {:?}, got {} {:?} {said:?} — {}",
            m.id, m.subject, m.class, want, got_class, got, m.note
        );
        if m.class == "request" {
            requests += 1;
            let ok = (c.class == MessageClass::Request && got == want)
                || c.class == MessageClass::NeedsLook;
            exact_or_look += usize::from(ok);
        }
        if m.class != "not-request" && c.class == MessageClass::NotRequest {
            lost.push(line.clone());
        }
        if m.class == "not-request" && c.class == MessageClass::Request {
            intruders.push(line.clone());
        }
        if m.class != got_class || (c.class == MessageClass::Request && got != want) {
            wrong.push(line);
        }
    }
    println!("evaluation set {name}: {} messages", set.len());
    println!("class (labelled → classified):");
    for ((want, got), n) in &split {
        println!("  {want:<12} → {got:<12} {n}");
    }
    println!("rights: precision / recall");
    for (r, (tp, fp, fn_)) in &per_right {
        let p = if tp + fp == 0 {
            f64::NAN
        } else {
            *tp as f64 / (tp + fp) as f64
        };
        let rec = if tp + fn_ == 0 {
            f64::NAN
        } else {
            *tp as f64 / (tp + fn_) as f64
        };
        println!(
            "  {r:<17} {:>5.1}% {:>5.1}%   (tp {tp}, fp {fp}, fn {fn_})",
            p * 100.0,
            rec * 100.0
        );
    }
    println!(
        "requests with exactly their rights or needing a look: {exact_or_look}/{requests} = {:.1}%",
        100.0 * exact_or_look as f64 / requests as f64
    );
    println!(
        "requests or needs-a-look classed not a request: {}",
        lost.len()
    );
    println!("non-requests classed a request: {}", intruders.len());
    println!("every difference:");
    for w in &wrong {
        println!("{w}");
    }
    assert!(
        set.len() >= 150,
        "the evaluation set keeps at least 150 messages"
    );
    assert!(lost.is_empty(), "requests lost:\n{}", lost.join("\n"));
    assert!(
        exact_or_look * 100 >= requests * 95,
        "exact rights or needs-a-look below 95 %: {exact_or_look}/{requests}"
    );
    assert!(
        intruders.is_empty(),
        "non-requests registered:\n{}",
        intruders.join("\n")
    );
}
