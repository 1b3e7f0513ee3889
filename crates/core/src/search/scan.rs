//! The scan path: every file of every added source is read once and each record weighed against
//! the subject. Phones the sources show in use by several people are found in the same pass, and
//! a 1:1 WhatsApp chat with the subject counts as their conversation as a whole.

use super::evaluate::{facts, weigh, Facts, Verdict};
use super::{Hit, HitClass, SearchResult, Searched, SubjectQuery};
use crate::identifiers::keys::{compare_names, name_words, NameMatch};
use crate::sources::csv_file::ReadControl;
use crate::sources::read::{files_of, read_file};
use crate::sources::{Locator, Record};
use crate::{Result, Store};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// A record kept for weighing: it carries something of the subject.
struct Candidate {
    source: String,
    file: String,
    locator: Locator,
    number: u64,
    record_id: Option<String>,
    facts: Facts,
}

/// Someone seen with one of the subject's phone numbers.
#[derive(Clone)]
struct Person {
    names: Vec<String>,
    emails: Vec<String>,
}

fn distinct(a: &Person, b: &Person) -> bool {
    let emails_differ = !a.emails.is_empty()
        && !b.emails.is_empty()
        && a.emails.iter().all(|e| !b.emails.contains(e));
    let names_differ = a.names.iter().any(|x| {
        b.names
            .iter()
            .any(|y| compare_names(x, y) == NameMatch::Different)
    }) && !a.names.iter().any(|x| {
        b.names
            .iter()
            .any(|y| compare_names(x, y) >= NameMatch::Similar)
    });
    emails_differ || names_differ
}

struct ChatFile {
    source: String,
    file: String,
    title: Option<String>,
    is_group: bool,
    messages: Vec<(Locator, u64)>,
}

/// Searches every added source for the subject.
pub fn search(store: &Store, query: &SubjectQuery, control: &ReadControl) -> Result<SearchResult> {
    let subject = query.keys();
    // Names are compared only when they share the start of one of the subject's words: cheap,
    // and every spelling variant the comparison accepts starts alike.
    let name_starts: Vec<String> = subject
        .name
        .iter()
        .flat_map(|n| name_words(n))
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.chars().take(3).collect())
        .collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut seen_with_phone: HashMap<String, Vec<Person>> = HashMap::new();
    let mut searched: Vec<Searched> = Vec::new();
    let mut chats: Vec<ChatFile> = Vec::new();
    for source in store.sources()? {
        let files = match files_of(Path::new(&source.path)) {
            Ok(f) => f,
            Err(e) => {
                searched.push(Searched {
                    source: source.path.clone(),
                    file: String::new(),
                    records: 0,
                    strong: 0,
                    possible: 0,
                    error: Some(e.to_string()),
                });
                continue;
            }
        };
        for (path, rel) in files {
            let mut messages = Vec::new();
            let mapping = store.mapping(source.id, &rel)?;
            let mut sink = |r: Record| {
                let f = facts(&r);
                if matches!(r.locator, Locator::Message { .. }) {
                    messages.push((r.locator.clone(), r.number));
                }
                for (k, _, _) in f
                    .phones
                    .iter()
                    .filter(|(k, _, _)| subject.phones.contains(k))
                {
                    seen_with_phone.entry(k.clone()).or_default().push(Person {
                        names: f.names.clone(),
                        emails: f.emails.iter().map(|(k, _)| k.clone()).collect(),
                    });
                }
                let touches = f.emails.iter().any(|(k, _)| subject.emails.contains(k))
                    || f.phones.iter().any(|(k, _, _)| subject.phones.contains(k))
                    || f.niks.iter().any(|k| subject.niks.contains(k))
                    || subject.name.as_ref().is_some_and(|n| {
                        f.names.iter().any(|x| {
                            let lower = x.to_lowercase();
                            name_starts.iter().any(|p| lower.contains(p.as_str()))
                                && compare_names(x, n) >= NameMatch::Similar
                        }) || (!f.text.is_empty()
                            && f.text.to_lowercase().contains(&n.to_lowercase()))
                    });
                if touches {
                    candidates.push(Candidate {
                        source: source.path.clone(),
                        file: rel.clone(),
                        locator: r.locator,
                        number: r.number,
                        record_id: r.record_id,
                        facts: f,
                    });
                }
            };
            match read_file(&path, &rel, mapping.as_deref(), control, &mut sink) {
                Ok(read) => {
                    if let Some(chat) = read.chat {
                        chats.push(ChatFile {
                            source: source.path.clone(),
                            file: rel.clone(),
                            title: chat.title,
                            is_group: chat.is_group,
                            messages,
                        });
                    }
                    searched.push(Searched {
                        source: source.path.clone(),
                        file: rel,
                        records: read.report.records,
                        strong: 0,
                        possible: 0,
                        error: None,
                    });
                }
                Err(crate::CoreError::Cancelled) => return Err(crate::CoreError::Cancelled),
                Err(e) => searched.push(Searched {
                    source: source.path.clone(),
                    file: rel,
                    records: 0,
                    strong: 0,
                    possible: 0,
                    error: Some(e.to_string()),
                }),
            }
        }
    }

    let shared: HashSet<String> = seen_with_phone
        .into_iter()
        .filter(|(_, people)| {
            people
                .iter()
                .enumerate()
                .any(|(i, a)| people[i + 1..].iter().any(|b| distinct(a, b)))
        })
        .map(|(k, _)| k)
        .collect();

    let mut hits: Vec<Hit> = Vec::new();
    let mut verdicts: HashMap<(String, String), Vec<(u64, Verdict)>> = HashMap::new();
    for c in candidates {
        let v = weigh(&subject, &c.facts, &shared);
        if !v.is_hit() {
            continue;
        }
        verdicts
            .entry((c.source.clone(), c.file.clone()))
            .or_default()
            .push((c.number, v.clone()));
        hits.push(Hit {
            source: c.source,
            file: c.file,
            locator: c.locator,
            record: c.number,
            record_id: c.record_id,
            class: v.class(),
            score: v.score(),
            explanation: v.explanation(),
        });
    }

    // A 1:1 chat with the subject is their conversation as a whole.
    for chat in chats.iter().filter(|c| !c.is_group) {
        let key = (chat.source.clone(), chat.file.clone());
        let found = verdicts.get(&key).map(|v| v.as_slice()).unwrap_or_default();
        let strong = found.iter().any(|(_, v)| v.class() == HitClass::Strong);
        let titled = match (&chat.title, &subject.name) {
            (Some(t), Some(n)) => compare_names(t, n) == NameMatch::Same,
            _ => false,
        };
        if !strong && !titled {
            continue;
        }
        let why = if strong {
            "the subject's identifier is in this 1:1 chat"
        } else {
            "this 1:1 chat is saved under the subject's name"
        };
        let class = if strong {
            HitClass::Strong
        } else {
            HitClass::Possible
        };
        let have: HashSet<u64> = hits
            .iter()
            .filter(|h| h.source == chat.source && h.file == chat.file)
            .map(|h| h.record)
            .collect();
        for h in hits
            .iter_mut()
            .filter(|h| h.source == chat.source && h.file == chat.file)
        {
            h.class = h.class.max(class);
            h.explanation
                .push(format!("1:1 chat with the subject: {why}"));
        }
        for (locator, number) in chat.messages.iter().filter(|(_, n)| !have.contains(n)) {
            hits.push(Hit {
                source: chat.source.clone(),
                file: chat.file.clone(),
                locator: locator.clone(),
                record: *number,
                record_id: None,
                class,
                score: if strong { 75 } else { 35 },
                explanation: vec![format!("1:1 chat with the subject: {why}")],
            });
        }
    }

    hits.sort_by(|a, b| (&a.source, &a.file, a.record).cmp(&(&b.source, &b.file, b.record)));
    for s in &mut searched {
        for h in hits
            .iter()
            .filter(|h| h.source == s.source && h.file == s.file)
        {
            match h.class {
                HitClass::Strong => s.strong += 1,
                HitClass::Possible => s.possible += 1,
            }
        }
    }
    Ok(SearchResult {
        identifiers: query.normalised(),
        hits,
        searched,
    })
}
