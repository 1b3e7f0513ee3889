//! A planted unit: one record (or a block of records, or a whole chat) of one export that belongs
//! to a planted person, with the values it was written with and, once written, its locators.

use crate::cast::Key;
use serde_json::{json, Value};

/// Whether a planted record is the subject's or only looks like it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Match,
    NotMatch,
}

/// A line of a Jurnal invoice: product index and quantity.
pub type InvoiceLine = (usize, u32);

/// The values a planted record is written with, by export.
#[derive(Debug, Clone)]
pub enum Fields {
    Contact {
        name: String,
        email: Option<String>,
        phone: Option<String>,
        labels: String,
    },
    Invoice {
        customer: String,
        email: String,
        billing: String,
        lines: Vec<InvoiceLine>,
        memo: String,
        message: String,
        tags: String,
    },
    Customer(Box<crate::exports::customers::CustomerRow>),
    Wix {
        first: String,
        last: String,
        email: String,
        phone: String,
        address: String,
        message: String,
    },
    Form {
        email: String,
        name: String,
        whatsapp: String,
        address: String,
        message: String,
    },
    Flamingo {
        name: String,
        email: String,
        phone: String,
        subject: String,
        message: String,
    },
    Legacy {
        name: String,
        phone: String,
        email: String,
        address: String,
        note: String,
    },
    Chat {
        sender: String,
        text: String,
        /// The line starts with U+200E (system and attachment lines of iOS).
        lrm: bool,
    },
    /// A whole file (a 1:1 chat, an e-mail): its text is given to the truth file separately.
    WholeFile,
}

/// The identifiers a planted record shows, as written.
#[derive(Default)]
pub struct Written {
    pub names: Vec<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    /// Every text value (to find the phone forms written inside).
    pub texts: Vec<String>,
}

impl Fields {
    pub fn written(&self) -> Written {
        let mut w = Written::default();
        let s = |x: &str| (!x.is_empty()).then(|| x.to_string());
        let mut name = |x: &str| w.names.extend(s(x));
        match self {
            Fields::Contact {
                name: n,
                email,
                phone,
                labels,
            } => {
                name(n);
                w.emails.extend(email.clone());
                w.phones.extend(phone.clone());
                w.texts.extend([n.clone(), labels.clone()]);
                w.texts
                    .extend(email.clone().into_iter().chain(phone.clone()));
            }
            Fields::Invoice {
                customer,
                email,
                billing,
                memo,
                message,
                tags,
                ..
            } => {
                name(customer);
                w.emails.extend(s(email));
                w.texts = vec![
                    customer.clone(),
                    email.clone(),
                    billing.clone(),
                    memo.clone(),
                    message.clone(),
                    tags.clone(),
                ];
            }
            Fields::Customer(c) => {
                name(&c.display);
                w.emails.extend(s(&c.email));
                w.phones.extend(s(&c.mobile));
                w.texts = c.cells();
            }
            Fields::Wix {
                first,
                last,
                email,
                phone,
                address,
                message,
            } => {
                name(&format!("{first} {last}"));
                w.emails.extend(s(email));
                w.phones.extend(s(phone));
                w.texts = vec![
                    first.clone(),
                    last.clone(),
                    email.clone(),
                    phone.clone(),
                    address.clone(),
                    message.clone(),
                ];
            }
            Fields::Form {
                email,
                name: n,
                whatsapp,
                address,
                message,
            } => {
                name(n);
                w.emails.extend(s(email));
                w.phones.extend(s(whatsapp));
                w.texts = vec![
                    email.clone(),
                    n.clone(),
                    whatsapp.clone(),
                    address.clone(),
                    message.clone(),
                ];
            }
            Fields::Flamingo {
                name: n,
                email,
                phone,
                subject,
                message,
            } => {
                name(n);
                w.emails.extend(s(email));
                w.phones.extend(s(phone));
                w.texts = vec![
                    n.clone(),
                    email.clone(),
                    phone.clone(),
                    subject.clone(),
                    message.clone(),
                ];
            }
            Fields::Legacy {
                name: n,
                phone,
                email,
                address,
                note,
            } => {
                name(n);
                w.emails.extend(s(email));
                w.phones.extend(s(phone));
                w.texts = vec![
                    n.clone(),
                    phone.clone(),
                    email.clone(),
                    address.clone(),
                    note.clone(),
                ];
            }
            Fields::Chat { sender, text, .. } => {
                name(sender);
                w.texts = vec![sender.clone(), text.clone()];
            }
            Fields::WholeFile => {}
        }
        w
    }
}

/// One planted record or block.
#[derive(Debug, Clone)]
pub struct Unit {
    pub person: Key,
    pub relation: Relation,
    /// How the record is written, e.g. `csvsafe_apostrophe_before_14_digit_e164`.
    pub variant: &'static str,
    pub fields: Fields,
    /// Why a `NotMatch` record could be taken for its subject.
    pub reason: Option<&'static str>,
    /// Found only by the harder rules (folded Gmail address, phone only).
    pub hard: bool,
    /// Texts the record must contain.
    pub checks: Vec<String>,
    /// Filled by the writer: one locator per record.
    pub locators: Vec<Value>,
    /// The unit is the whole file (a 1:1 chat).
    pub whole_file: bool,
}

impl Unit {
    /// A record of the subject `person`.
    pub fn matching(person: Key, variant: &'static str, fields: Fields, checks: &[&str]) -> Unit {
        Unit {
            person,
            relation: Relation::Match,
            variant,
            fields,
            reason: None,
            hard: false,
            checks: checks.iter().map(|c| c.to_string()).collect(),
            locators: Vec::new(),
            whole_file: false,
        }
    }

    /// A record of the near-miss `person` that is not its subject's.
    pub fn not_matching(
        person: Key,
        variant: &'static str,
        reason: &'static str,
        fields: Fields,
        checks: &[&str],
    ) -> Unit {
        Unit {
            relation: Relation::NotMatch,
            reason: Some(reason),
            ..Unit::matching(person, variant, fields, checks)
        }
    }

    /// The subject this unit is about: its person when it matches, else whom it imitates.
    pub fn subject(&self) -> Option<Key> {
        match self.relation {
            Relation::Match => Some(self.person),
            Relation::NotMatch => self.person.mistaken_for(),
        }
    }

    /// The unit as the truth file lists it.
    pub fn to_json(&self, file: &str) -> Value {
        let mut out = json!({
            "file": file,
            "variant": self.variant,
            "records": self.locators,
            "checks": self.checks,
        });
        if let Some(reason) = self.reason {
            out["reason"] = json!(reason);
            out["belongs_to"] = json!(self.person.id());
        }
        if self.hard {
            out["difficulty"] = json!("hard");
        }
        if self.whole_file {
            out["scope"] = json!("whole_file");
        }
        out
    }
}
