//! The planted people: six data subjects, each with the near-namesakes (or the father sharing a
//! phone) a careless search would confuse with them. The seed picks one archetype per subject so
//! that no two subjects share a name word.

use crate::people::{name_tokens, slug, Address, Person};
use crate::phone::new_nsn;
use crate::rng::Rng;
use std::collections::HashSet;

/// Who a planted record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    S1,
    S2,
    S3,
    S4,
    S5,
    S6,
    N1a,
    N1b,
    N2,
    N3,
    S4F,
    N5,
    N6,
}

impl Key {
    pub const SUBJECTS: [Key; 6] = [Key::S1, Key::S2, Key::S3, Key::S4, Key::S5, Key::S6];
    pub const NEAR_MISSES: [Key; 7] = [
        Key::N1a,
        Key::N1b,
        Key::N2,
        Key::N3,
        Key::S4F,
        Key::N5,
        Key::N6,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Key::S1 => "S1",
            Key::S2 => "S2",
            Key::S3 => "S3",
            Key::S4 => "S4",
            Key::S5 => "S5",
            Key::S6 => "S6",
            Key::N1a => "N1a",
            Key::N1b => "N1b",
            Key::N2 => "N2",
            Key::N3 => "N3",
            Key::S4F => "S4F",
            Key::N5 => "N5",
            Key::N6 => "N6",
        }
    }

    /// The subject a near-miss person could be mistaken for.
    pub fn mistaken_for(self) -> Option<Key> {
        match self {
            Key::N1a | Key::N1b => Some(Key::S1),
            Key::N2 => Some(Key::S2),
            Key::N3 => Some(Key::S3),
            Key::S4F => Some(Key::S4),
            Key::N5 => Some(Key::S5),
            Key::N6 => Some(Key::S6),
            _ => None,
        }
    }
}

/// A planted person with why they are in the office's data.
pub struct Planted {
    pub person: Person,
    pub note: &'static str,
    /// S6's nickname (the name she gives in forms and chats).
    pub nick: String,
    /// N1b's employer.
    pub company: String,
}

/// Everyone planted, by key.
pub struct Cast {
    people: Vec<(Key, Planted)>,
}

impl Cast {
    pub fn get(&self, key: Key) -> &Person {
        &self.planted(key).person
    }

    pub fn planted(&self, key: Key) -> &Planted {
        // Every key is built by `Cast::build`; the first entry is a harmless fallback.
        self.people
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&self.people[0].1, |(_, p)| p)
    }

    pub fn all(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().map(|(_, p)| &p.person)
    }
}

const S1_POOL: &[[&str; 3]] = &[
    ["Siti", "Rahmawati", "Rahmawaty"],
    ["Sri", "Wahyuni", "Wahjuni"],
    ["Nur", "Hidayati", "Hidajati"],
    ["Dwi", "Handayani", "Handajani"],
    ["Eka", "Puspitasari", "Puspita Sari"],
    ["Tri", "Wulandari", "Wulandary"],
];
const S2_POOL: &[[&str; 3]] = &[
    ["Rudi", "Hartono", "Siregar"],
    ["Andi", "Pratama", "Nasution"],
    ["Hendra", "Saputra", "Simanjuntak"],
    ["Budi", "Setiawan", "Lubis"],
    ["Ronald", "Hasudungan", "Sitompul"],
];
const S3_POOL: &[[&str; 4]] = &[
    ["Melinda", "Halim", "Melinda", "Halimah"],
    ["Jessica", "Tanoto", "Jessica", "Tanoyo"],
    ["Stefanie", "Wijaya", "Stefani", "Wijayanti"],
    ["Yohana", "Gunawan", "Johana", "Gunawan"],
];
const S4_POOL: &[[&str; 4]] = &[
    ["Dewi", "Anggraini", "Bambang", "Sutrisno"],
    ["Putri", "Maharani", "Slamet", "Riyadi"],
    ["Intan", "Kartika", "Joko", "Purnomo"],
    ["Annisa", "Rahmadani", "Hasan", "Basri"],
];
const S5_POOL: &[[&str; 4]] = &[
    ["Agus", "Nugroho", "Agus", "Nugraha"],
    ["Eko", "Prasetyo", "Eko", "Prasetya"],
    ["Joko", "Susilo", "Djoko", "Susila"],
    ["Heru", "Santoso", "Heru", "Santosa"],
];
/// first, last, nickname, the near-namesake's first (other birth-order name), female
const S6_POOL: &[(&str, &str, &str, &str, bool)] = &[
    ("Ni Luh Putu", "Ayu Lestari", "Ayu", "Ni Putu", true),
    ("I Gede", "Agus Wirawan", "Gede", "I Made", false),
    ("Ni Made", "Sri Astuti", "Sri", "Ni Ketut", true),
    ("I Komang", "Adi Saputra", "Komang", "I Kadek", false),
];
/// N1b's employer: name, mail domain, city index.
const COMPANIES_FOR_NAMESAKE: &[(&str, &str, usize)] = &[
    ("PT Abadi Sentosa", "ptabadisentosa.co.id", 9),
    ("PT Sinar Mulia", "sinarmulia.co.id", 0),
    ("CV Karya Prima", "karyaprima.com", 12),
];

struct Builder {
    rng: Rng,
    used: HashSet<String>,
    people: Vec<(Key, Planted)>,
}

impl Builder {
    fn nsn(&mut self, len: Option<usize>) -> String {
        loop {
            let n = new_nsn(&mut self.rng, len);
            if self.used.insert(n.clone()) {
                return n;
            }
        }
    }

    fn city(&mut self, choices: &[usize]) -> Address {
        let city = *self.rng.pick(choices);
        Address::random(&mut self.rng, Some(city))
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        key: Key,
        (first, middle, last): (&str, &str, &str),
        female: bool,
        emails: Vec<String>,
        nsn: String,
        address: Address,
        note: &'static str,
    ) {
        let person = Person {
            first: first.into(),
            middle: middle.into(),
            last: last.into(),
            female,
            emails,
            nsns: vec![nsn],
            address,
        };
        self.people.push((
            key,
            Planted {
                person,
                note,
                nick: String::new(),
                company: String::new(),
            },
        ));
    }

    fn last_mut(&mut self) -> &mut Planted {
        let i = self.people.len() - 1;
        &mut self.people[i].1
    }
}

/// Six archetypes, one from each pool, with no name word shared between subjects.
fn pick_archetypes(rng: &mut Rng) -> [Vec<String>; 6] {
    loop {
        let picks: [Vec<String>; 6] = [
            rng.pick(S1_POOL).iter().map(|s| s.to_string()).collect(),
            rng.pick(S2_POOL).iter().map(|s| s.to_string()).collect(),
            rng.pick(S3_POOL).iter().map(|s| s.to_string()).collect(),
            rng.pick(S4_POOL).iter().map(|s| s.to_string()).collect(),
            rng.pick(S5_POOL).iter().map(|s| s.to_string()).collect(),
            {
                let (f, l, n, v, _) = rng.pick(S6_POOL);
                vec![f.to_string(), l.to_string(), n.to_string(), v.to_string()]
            },
        ];
        let tokens: Vec<Vec<String>> = picks.iter().map(|p| name_tokens(&p.join(" "))).collect();
        let clash =
            (0..6).any(|i| (i + 1..6).any(|j| tokens[i].iter().any(|t| tokens[j].contains(t))));
        if !clash {
            return picks;
        }
    }
}

impl Cast {
    pub fn build(seed: u64) -> Cast {
        let mut rng = Rng::new("people", seed);
        let [c1, c2, c3, c4, c5, c6] = pick_archetypes(&mut rng);
        let s6_female = S6_POOL.iter().find(|p| p.0 == c6[0]).is_some_and(|p| p.4);
        let mut b = Builder {
            rng,
            used: HashSet::new(),
            people: Vec::new(),
        };
        // S1, her spelling-variant namesake and her exact namesake at another company.
        let (f1, l1, l1v) = (&c1[0], &c1[1], &c1[2]);
        let yy = b.rng.between(80, 96);
        let (nsn, addr) = (b.nsn(Some(11)), b.city(&[0, 4, 5, 6]));
        let mail = format!("{}.{}{yy}@gmail.com", slug(f1), slug(l1));
        b.add(Key::S1, (f1, "", l1), true, vec![mail], nsn, addr, "");
        let (nsn, addr) = (b.nsn(None), b.city(&[10, 11, 15]));
        let mail = format!("{}{}@yahoo.com", slug(f1), slug(l1v));
        let note = "spelling-variant near-namesake of S1; different person";
        b.add(Key::N1a, (f1, "", l1v), true, vec![mail], nsn, addr, note);
        let (company, domain, city) = *b.rng.pick(COMPANIES_FOR_NAMESAKE);
        let nsn = b.nsn(None);
        let addr = Address::random(&mut b.rng, Some(city));
        let mail = format!("{}.{}@{domain}", &slug(f1)[..1], slug(l1));
        let note = "exact namesake of S1 (works at another company); different person";
        b.add(Key::N1b, (f1, "", l1), true, vec![mail], nsn, addr, note);
        b.last_mut().company = company.into();
        // S2 and the man whose first and last name are S2's first and middle name.
        let (f2, m2, l2) = (&c2[0], &c2[1], &c2[2]);
        let (nsn, addr) = (b.nsn(Some(11)), b.city(&[12, 0, 8]));
        let mails = vec![
            format!("{}.{}@yahoo.co.id", slug(f2), slug(l2)),
            format!("{}@ptsinarjayalogistik.co.id", slug(f2)),
        ];
        let last_digit = nsn.as_bytes()[nsn.len() - 1] - b'0';
        let near = format!("{}{}", &nsn[..nsn.len() - 1], (last_digit + 1) % 10);
        b.used.insert(near.clone());
        b.add(Key::S2, (f2, m2, l2), false, mails, nsn, addr, "");
        let addr = b.city(&[10, 11]);
        let mail = format!("{}{}@gmail.com", slug(f2), slug(m2));
        let note = "first+middle name of S2 as a different person; phone differs from S2 by the last digit";
        b.add(Key::N2, (f2, "", m2), false, vec![mail], near, addr, note);
        // S3 and her near-namesake.
        let (f3, l3, f3v, l3v) = (&c3[0], &c3[1], &c3[2], &c3[3]);
        let (nsn, addr) = (b.nsn(Some(11)), b.city(&[3]));
        let mail = format!("{}.{}@outlook.com", slug(f3), slug(l3));
        b.add(Key::S3, (f3, "", l3), true, vec![mail], nsn, addr, "");
        let n = b.rng.between(10, 99);
        let mail = format!("{}{}{n}@gmail.com", slug(f3v), slug(l3v));
        let (nsn, addr) = (b.nsn(None), b.city(&[9, 12]));
        let note = "near-namesake of S3; different person";
        b.add(Key::N3, (f3v, "", l3v), true, vec![mail], nsn, addr, note);
        // S4 and her father, who share one phone and one address.
        let (f4, l4, ff, fl) = (&c4[0], &c4[1], &c4[2], &c4[3]);
        let (family, addr) = (b.nsn(Some(11)), b.city(&[6, 7, 5]));
        let mail = format!("{}.{}@gmail.com", slug(f4), slug(l4));
        let note = "uses her father's phone number; has no phone of her own on file";
        let home = addr.clone();
        b.add(
            Key::S4,
            (f4, "", l4),
            true,
            vec![mail],
            family.clone(),
            addr,
            note,
        );
        let mail = format!("{}.{}@yahoo.com", slug(ff), slug(fl));
        let note = "father of S4; shares the family phone number; different person";
        b.add(
            Key::S4F,
            (ff, "", fl),
            false,
            vec![mail],
            family,
            home,
            note,
        );
        // S5 and the Javanese/Sundanese spelling of his name.
        let (f5, l5, f5v, l5v) = (&c5[0], &c5[1], &c5[2], &c5[3]);
        let (nsn, addr) = (b.nsn(Some(12)), b.city(&[4, 10, 11]));
        let mail = format!("{}.{}@gmail.com", slug(f5), slug(l5));
        b.add(Key::S5, (f5, "", l5), false, vec![mail], nsn, addr, "");
        let (nsn, addr) = (b.nsn(None), b.city(&[4]));
        let mail = format!("{}.{}@gmail.com", slug(f5v), slug(l5v));
        let note = "Javanese/Sundanese spelling near-namesake of S5; different person";
        b.add(Key::N5, (f5v, "", l5v), false, vec![mail], nsn, addr, note);
        // S6 (Balinese) and the namesake with another birth-order name.
        let (f6, l6, nick, f6v) = (&c6[0], &c6[1], &c6[2], &c6[3]);
        let l6_last = l6.split(' ').next_back().unwrap_or(l6);
        let l6_first = l6.split(' ').next().unwrap_or(l6);
        let mail = format!("{}.{}.bali@gmail.com", slug(nick), slug(l6_last));
        let (nsn, addr) = (b.nsn(Some(10)), b.city(&[13]));
        b.add(Key::S6, (f6, "", l6), s6_female, vec![mail], nsn, addr, "");
        b.last_mut().nick = nick.clone();
        let f6v_last = f6v.split(' ').next_back().unwrap_or(f6v);
        let n = b.rng.between(10, 99);
        let mail = format!("{}{}{n}@gmail.com", slug(f6v_last), slug(l6_first));
        let (nsn, addr) = (b.nsn(None), b.city(&[13]));
        let note = "Balinese near-namesake of S6 (different birth-order name); different person";
        b.add(
            Key::N6,
            (f6v, "", l6),
            s6_female,
            vec![mail],
            nsn,
            addr,
            note,
        );
        Cast { people: b.people }
    }
}
