//! People: names, e-mail addresses, phones and addresses, and the text helpers that compare
//! them the way the truth file's guarantees need (name tokens, folded e-mails).

use crate::names::PARTICLES;
use crate::pools::{City, CITIES, STREETS};
use crate::rng::Rng;

/// Where someone lives.
#[derive(Debug, Clone)]
pub struct Address {
    pub city: usize,
    pub area: usize,
    pub street: &'static str,
    pub number: u32,
    pub rt: u32,
    pub rw: u32,
}

/// How an address is written.
#[derive(Debug, Clone, Copy)]
pub enum AddressStyle {
    /// `Jl. Melati No. 5, RT 003/RW 002, Dago, Coblong, Bandung, Jawa Barat 40135`
    Formal,
    /// `Jl. Melati No.5 Dago Bandung 40135`
    Short,
    /// `jl melati no 5 rt 3 rw 2 kel dago kec coblong bandung`
    Casual,
    /// three lines
    MultiLine,
}

/// The formal address style and the short one, the two most offices use.
pub const FORMAL_OR_SHORT: [AddressStyle; 2] = [AddressStyle::Formal, AddressStyle::Short];

impl Address {
    /// A random address, in `city` when given.
    pub fn random(rng: &mut Rng, city: Option<usize>) -> Address {
        let city = city.unwrap_or_else(|| rng.below(CITIES.len()));
        Address {
            city,
            area: rng.below(CITIES[city].areas.len()),
            street: rng.pick::<&str>(STREETS),
            number: rng.between(1, 150),
            rt: rng.between(1, 15),
            rw: rng.between(1, 12),
        }
    }

    pub fn city(&self) -> &'static City {
        &CITIES[self.city]
    }

    pub fn line(&self, style: AddressStyle) -> String {
        let c = self.city();
        let (street, no, rt, rw) = (self.street, self.number, self.rt, self.rw);
        let (kel, kec, post) = c.areas[self.area];
        let city = c.name;
        match style {
            AddressStyle::Formal => format!(
                "{street} No. {no}, RT {rt:03}/RW {rw:03}, {kel}, {kec}, {city}, {} {post}",
                c.province
            ),
            AddressStyle::Short => format!("{street} No.{no} {kel} {city} {post}"),
            AddressStyle::Casual => format!(
                "{} no {no} rt {rt} rw {rw} kel {} kec {} {}",
                street.to_lowercase().replace("jl. ", "jl "),
                kel.to_lowercase(),
                kec.to_lowercase(),
                city.to_lowercase()
            ),
            AddressStyle::MultiLine => format!(
                "{street} No. {no}\nRT {rt:03}/RW {rw:03}, Kel. {kel}, Kec. {kec}\n{city} {post}"
            ),
        }
    }
}

/// A person of the office's world.
#[derive(Debug, Clone)]
pub struct Person {
    pub first: String,
    pub middle: String,
    pub last: String,
    pub female: bool,
    pub emails: Vec<String>,
    /// Phone numbers as NSNs.
    pub nsns: Vec<String>,
    pub address: Address,
}

impl Person {
    pub fn full(&self) -> String {
        [&self.first, &self.middle, &self.last]
            .iter()
            .filter(|x| !x.is_empty())
            .map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// First and last name, without the middle name.
    pub fn first_last(&self) -> String {
        format!("{} {}", self.first, self.last).trim().to_string()
    }

    pub fn email(&self) -> &str {
        self.emails.first().map_or("", String::as_str)
    }

    pub fn nsn(&self) -> &str {
        self.nsns.first().map_or("", String::as_str)
    }
}

/// Lower-case ASCII letters and digits only: `Ni Luh` → `niluh`.
pub fn slug(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

/// An e-mail as the mailbox sees it: lower case; Gmail without dots and +tags.
pub fn canonical_email(e: &str) -> String {
    let e = e.trim().to_lowercase();
    let Some((local, domain)) = e.rsplit_once('@') else {
        return e;
    };
    let local = local.split('+').next().unwrap_or(local);
    if domain == "gmail.com" || domain == "googlemail.com" {
        return format!("{}@gmail.com", local.replace('.', ""));
    }
    format!("{local}@{domain}")
}

/// The words of a name that identify a person (no honorifics or birth-order words), sorted and
/// without repeats.
pub fn name_tokens(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut t: Vec<String> = lower
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|t| !t.is_empty() && !PARTICLES.contains(t))
        .map(String::from)
        .collect();
    t.sort();
    t.dedup();
    t
}

/// Capitalises the first letter and lower-cases the rest (Python's `str.capitalize`).
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// An e-mail with each part of the local name and the domain capitalised: `Siti.Rahmawati90@Gmail.com`.
pub fn mixed_case_email(e: &str) -> String {
    let (local, domain) = e.split_once('@').unwrap_or((e, ""));
    let mut out = String::new();
    let mut word = String::new();
    for ch in local.chars() {
        if ch == '.' || ch == '_' {
            out.push_str(&capitalize(&word));
            out.push(ch);
            word.clear();
        } else {
            word.push(ch);
        }
    }
    out.push_str(&capitalize(&word));
    format!("{out}@{}", capitalize(domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_emails_compare_as_the_search_does() {
        assert_eq!(
            canonical_email(" Siti.Rahma+inv@Gmail.com"),
            "sitirahma@gmail.com"
        );
        assert_eq!(name_tokens("Bu Ni Luh Putu Ayu"), ["ayu"]);
        assert_eq!(
            mixed_case_email("siti.rahma90@gmail.com"),
            "Siti.Rahma90@Gmail.com"
        );
        let a = Address {
            city: 4,
            area: 0,
            street: "Jl. Melati",
            number: 5,
            rt: 3,
            rw: 2,
        };
        assert_eq!(
            a.line(AddressStyle::Formal),
            "Jl. Melati No. 5, RT 003/RW 002, Dago, Coblong, Bandung, Jawa Barat 40135"
        );
        assert_eq!(
            a.line(AddressStyle::Casual),
            "jl melati no 5 rt 3 rw 2 kel dago kec coblong bandung"
        );
    }
}
