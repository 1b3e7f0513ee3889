//! What both search paths collect while records pass, and how that becomes the result: the
//! records that carry something of the subject, the people seen with the subject's phone
//! numbers, the 1:1 chats and every file searched; then shared phones, each record weighed, and
//! a 1:1 chat with the subject taken as their conversation as a whole.

use super::evaluate::{weigh, Verdict};
use super::why::{ChatLink, Why};
use super::{Hit, HitClass, SearchResult, Searched, SubjectQuery};
use crate::identifiers::keys::{compare_names, starts_agree, NameMatch};
use crate::identifiers::subject::{Facts, Subject};
use crate::index::IndexSecret;
use crate::sources::{Locator, Record};
use std::collections::{HashMap, HashSet};

/// A record kept for weighing: it carries something of the subject.
struct Candidate {
    source: String,
    file: String,
    locator: Locator,
    number: u64,
    record_id: Option<String>,
    fingerprint: String,
    facts: Facts,
}

/// Someone seen with one of the subject's phone numbers.
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

/// A 1:1 chat, read whole.
struct OneToOne {
    source: String,
    file: String,
    title: Option<String>,
    messages: Vec<ChatMessage>,
}

/// A message of a chat as the gathering keeps it: where it is and its fingerprint.
pub(crate) struct ChatMessage {
    pub locator: Locator,
    pub number: u64,
    pub fingerprint: String,
}

pub(crate) struct Gather<'a> {
    subject: &'a Subject,
    secret: &'a IndexSecret,
    candidates: Vec<Candidate>,
    seen_with_phone: HashMap<String, Vec<Person>>,
    searched: Vec<Searched>,
    chats: Vec<OneToOne>,
}

impl<'a> Gather<'a> {
    pub fn new(subject: &'a Subject, secret: &'a IndexSecret) -> Gather<'a> {
        Gather {
            subject,
            secret,
            candidates: Vec::new(),
            seen_with_phone: HashMap::new(),
            searched: Vec::new(),
            chats: Vec::new(),
        }
    }

    /// Looks at one record of a file.
    pub fn record(&mut self, source: &str, file: &str, r: Record) {
        let s = self.subject;
        let f = r.facts();
        for (k, _, _) in f.phones.iter().filter(|(k, _, _)| s.phones.contains(k)) {
            self.seen_with_phone
                .entry(k.clone())
                .or_default()
                .push(Person {
                    names: f.names.clone(),
                    emails: f.emails.iter().map(|(k, _)| k.clone()).collect(),
                });
        }
        let touches = f.emails.iter().any(|(k, _)| s.emails.contains(k))
            || f.phones.iter().any(|(k, _, _)| s.phones.contains(k))
            || f.niks.iter().any(|k| s.niks.contains(k))
            || starts_agree(&s.starts, &f.starts);
        if touches {
            let fingerprint = self.secret.fingerprint(&r);
            self.candidates.push(Candidate {
                source: source.to_string(),
                file: file.to_string(),
                locator: r.locator,
                number: r.number,
                record_id: r.record_id,
                fingerprint,
                facts: f,
            });
        }
    }

    /// A 1:1 chat read whole, with all its messages.
    pub fn one_to_one(
        &mut self,
        source: &str,
        file: &str,
        title: Option<String>,
        messages: Vec<ChatMessage>,
    ) {
        self.chats.push(OneToOne {
            source: source.to_string(),
            file: file.to_string(),
            title,
            messages,
        });
    }

    /// A chat message as kept for a 1:1 chat read whole.
    pub fn message(&self, r: &Record) -> ChatMessage {
        ChatMessage {
            locator: r.locator.clone(),
            number: r.number,
            fingerprint: self.secret.fingerprint(r),
        }
    }

    /// One file searched (or not, with why).
    pub fn searched(&mut self, source: &str, file: &str, records: u64, error: Option<String>) {
        self.searched.push(Searched {
            source: source.to_string(),
            file: file.to_string(),
            records,
            strong: 0,
            possible: 0,
            error,
            sha256: None,
        });
    }

    /// Takes in what another gathering collected (one file's, read on a worker), after what
    /// this one has.
    pub fn absorb(&mut self, other: Gather) {
        self.candidates.extend(other.candidates);
        for (phone, people) in other.seen_with_phone {
            self.seen_with_phone
                .entry(phone)
                .or_default()
                .extend(people);
        }
        self.searched.extend(other.searched);
        self.chats.extend(other.chats);
    }

    /// Weighs what was collected.
    pub fn finish(self, query: &SubjectQuery) -> SearchResult {
        let shared: HashSet<String> = self
            .seen_with_phone
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
        let mut verdicts: HashMap<(String, String), Vec<Verdict>> = HashMap::new();
        for c in self.candidates {
            let v = weigh(self.subject, &c.facts, &shared);
            if !v.is_hit() {
                continue;
            }
            hits.push(Hit {
                source: c.source.clone(),
                file: c.file.clone(),
                locator: c.locator,
                record: c.number,
                record_id: c.record_id,
                class: v.class(),
                score: v.score(),
                explanation: v.explanation(),
                fingerprint: c.fingerprint,
            });
            verdicts.entry((c.source, c.file)).or_default().push(v);
        }
        for chat in &self.chats {
            whole_chat(self.subject, chat, &verdicts, &mut hits);
        }
        hits.sort_by(|a, b| (&a.source, &a.file, a.record).cmp(&(&b.source, &b.file, b.record)));
        let mut searched = self.searched;
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
        SearchResult {
            identifiers: query.normalised(),
            hits,
            searched,
        }
    }
}

/// A 1:1 chat with the subject (their identifier in it, or saved under their name) is their
/// conversation as a whole: every message becomes a hit.
fn whole_chat(
    subject: &Subject,
    chat: &OneToOne,
    verdicts: &HashMap<(String, String), Vec<Verdict>>,
    hits: &mut Vec<Hit>,
) {
    let key = (chat.source.clone(), chat.file.clone());
    let found = verdicts.get(&key).map(Vec::as_slice).unwrap_or_default();
    let strong = found.iter().any(|v| v.class() == HitClass::Strong);
    let titled = match (&chat.title, &subject.name) {
        (Some(t), Some(n)) => compare_names(t, n) == NameMatch::Same,
        _ => false,
    };
    if !strong && !titled {
        return;
    }
    let why = Why::WholeChat {
        because: if strong {
            ChatLink::IdentifierInChat
        } else {
            ChatLink::SavedUnderName
        },
    };
    let class = if strong {
        HitClass::Strong
    } else {
        HitClass::Possible
    };
    let in_chat = |h: &Hit| h.source == chat.source && h.file == chat.file;
    let have: HashSet<u64> = hits
        .iter()
        .filter(|h| in_chat(h))
        .map(|h| h.record)
        .collect();
    for h in hits.iter_mut().filter(|h| in_chat(h)) {
        h.class = h.class.max(class);
        h.explanation.push(why.clone());
    }
    for m in chat.messages.iter().filter(|m| !have.contains(&m.number)) {
        hits.push(Hit {
            source: chat.source.clone(),
            file: chat.file.clone(),
            locator: m.locator.clone(),
            record: m.number,
            record_id: None,
            class,
            score: if strong { 75 } else { 35 },
            explanation: vec![why.clone()],
            fingerprint: m.fingerprint.clone(),
        });
    }
}
