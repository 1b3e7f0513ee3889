//! The office's background customers: invented people who never carry a planted person's e-mail
//! or phone and never share two name words with one, so every planted record is the only one of
//! its person.

use crate::cast::Cast;
use crate::names::{FAMILY, FAMILY_FEMALE, FIRST_FEMALE, FIRST_MALE};
use crate::people::{canonical_email, name_tokens, slug, Address, Person};
use crate::phone::new_nsn;
use crate::pools::EMAIL_DOMAINS;
use crate::rng::Rng;
use std::collections::HashSet;

/// What background people must not resemble.
struct Blocklist {
    pairs: HashSet<(String, String)>,
    names: HashSet<String>,
    emails: HashSet<String>,
    nsns: HashSet<String>,
}

impl Blocklist {
    fn of(cast: &Cast) -> Blocklist {
        let mut b = Blocklist {
            pairs: HashSet::new(),
            names: HashSet::new(),
            emails: HashSet::new(),
            nsns: HashSet::new(),
        };
        for p in cast.all() {
            for name in [p.full(), p.first_last()] {
                let toks = name_tokens(&name);
                for (i, a) in toks.iter().enumerate() {
                    for c in &toks[i + 1..] {
                        b.pairs.insert((a.clone(), c.clone()));
                    }
                }
                b.names.insert(toks.join(" "));
            }
            b.emails.extend(p.emails.iter().map(|e| canonical_email(e)));
            b.nsns.extend(p.nsns.iter().cloned());
        }
        b
    }

    fn resembles(&self, name: &str) -> bool {
        let toks = name_tokens(name);
        self.names.contains(&toks.join(" "))
            || toks.iter().enumerate().any(|(i, a)| {
                toks[i + 1..]
                    .iter()
                    .any(|c| self.pairs.contains(&(a.clone(), c.clone())))
            })
    }
}

/// The local part of a made-up address: `budi.santoso`, `budisantoso12`, `bsantoso`, …
fn email_local(rng: &mut Rng, first: &str, last: &str) -> String {
    let (f, l) = (slug(first), slug(last));
    if l.is_empty() {
        return format!("{f}{}", rng.between(1, 999));
    }
    let x = rng.unit();
    if x < 0.35 {
        format!("{f}.{l}")
    } else if x < 0.55 {
        format!("{f}{l}{}", rng.between(1, 99))
    } else if x < 0.63 {
        format!("{f}_{l}")
    } else if x < 0.73 {
        format!("{}{l}", &f[..1])
    } else if x < 0.85 {
        format!("{f}{}", rng.between(70, 99))
    } else {
        format!("{f}.{l}{}", rng.between(1, 9999))
    }
}

/// `n` background people for office `seed`.
pub fn build(seed: u64, n: usize, cast: &Cast) -> Vec<Person> {
    let mut rng = Rng::new("universe", seed);
    let block = Blocklist::of(cast);
    let mut people = Vec::with_capacity(n);
    while people.len() < n {
        let female = rng.chance(0.5);
        let given = if female { FIRST_FEMALE } else { FIRST_MALE };
        let first = rng.pick(given).to_string();
        let x = rng.unit();
        let (mut middle, mut last) = (String::new(), String::new());
        if x >= 0.12 {
            last = if !female || rng.chance(0.55) {
                rng.pick(FAMILY).to_string()
            } else {
                rng.pick(FAMILY_FEMALE).to_string()
            };
            if x > 0.86 {
                middle = rng.pick(given).to_string();
            }
        }
        if block.resembles(&format!("{first} {middle} {last}")) {
            continue;
        }
        let nsn = new_nsn(&mut rng, None);
        if block.nsns.contains(&nsn) {
            continue;
        }
        let local = email_local(&mut rng, &first, &last);
        let email = format!("{local}@{}", rng.weighted(EMAIL_DOMAINS));
        if block.emails.contains(&canonical_email(&email)) {
            continue;
        }
        let address = Address::random(&mut rng, None);
        people.push(Person {
            first,
            middle,
            last,
            female,
            emails: vec![email],
            nsns: vec![nsn],
            address,
        });
    }
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn background_people_never_carry_a_planted_identifier() {
        let cast = Cast::build(3);
        let block = Blocklist::of(&cast);
        for p in build(3, 2000, &cast) {
            assert!(
                !block.emails.contains(&canonical_email(p.email())),
                "{} is a planted e-mail",
                p.email()
            );
            assert!(!block.nsns.contains(p.nsn()), "{} is planted", p.nsn());
            assert!(
                !block.resembles(&p.full()),
                "{} resembles a planted name",
                p.full()
            );
        }
    }
}
