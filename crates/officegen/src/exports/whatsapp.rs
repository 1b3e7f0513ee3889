//! The WhatsApp iOS export of the customers' group (Indonesian locale, media attached):
//! `[dd/mm/yy, HH.MM.SS] Sender: text`, CRLF, U+200E before system and attachment lines.

use super::{amount, product, Office, STAFF};
use crate::cast::Key;
use crate::names::NICK_EMOJI;
use crate::people::{AddressStyle, Person};
use crate::phone::{format, PhoneStyle, FREE_STYLES};
use crate::rng::Rng;
use crate::timeline::{frac_time, Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{Charset, RecordWriter};
use chrono::{DateTime, FixedOffset};
use serde_json::json;
use std::io;

pub const GROUP: &str = "Grup Pelanggan Maju Jaya";
pub const FILE: &str = "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt";
pub const LRM: char = '\u{200e}';
pub const E2E_ID: &str = "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.";

const CHAT: &[&str] = &[
    "Selamat pagi kak, mau tanya cetak brosur A5 500 lembar berapa ya?",
    "Siap kak, ditunggu 🙏",
    "Terima kasih kak 🙏🙏",
    "Sudah transfer ya kak, {amt}",
    "Kak pesanan saya sudah jadi belum?",
    "Resi JNE: {resi}",
    "Oke kak noted 👍",
    "Bisa COD kak?",
    "Minta pricelist terbaru dong kak",
    "Mohon maaf kak baru balas",
    "Desainnya sudah saya kirim ke email ya",
    "Hari Sabtu buka kak?",
    "Kak, revisi sedikit ya, warna logonya dibuat lebih terang",
    "Format order:\nNama: {name}\nNo HP: {phone}\nAlamat: {addr}\nPesanan: {prod} x{qty}",
    "Halo kak,\nmau pesan {prod} {qty} pcs\nkira-kira jadi berapa hari?",
    "Pesan ini telah dihapus",
    "Baik kak, saya cek dulu ya",
    "Info promo bulan ini ada kak?",
];
const STAFF_POSTS: [&str; 4] = [
    "Siap kak, pesanan sedang diproses 🙏",
    "Promo akhir bulan: diskon 10% cetak brosur!",
    "Kak, mohon konfirmasi alamat pengiriman ya",
    "Jam operasional: Senin–Sabtu 08.00–17.00",
];

/// A customer's message in the group, with their own details where it is an order form.
fn customer_message(rng: &mut Rng, p: &Person) -> String {
    let m = rng.pick(CHAT);
    m.replace("{amt}", &amount(rng))
        .replace("{resi}", &format!("JP{}", rng.digits(10)))
        .replace("{name}", &p.full())
        .replace("{phone}", &format(p.nsn(), rng.weighted(FREE_STYLES)))
        .replace("{addr}", &p.address.line(AddressStyle::Short))
        .replace("{prod}", product(rng))
        .replace("{qty}", &rng.pick(&[1, 2, 5, 10, 100]).to_string())
}

fn message(sender: String, text: String, lrm: bool) -> Fields {
    Fields::Chat { sender, text, lrm }
}

/// How the group shows S6 (nickname and family name).
pub fn s6_shown(o: &Office) -> String {
    let s6 = o.cast.get(Key::S6);
    let family = s6.last.split(' ').next_back().unwrap_or_default();
    format!("{} {family}", o.cast.planted(Key::S6).nick)
}

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s3, s4, s4f, s6, n6) = (
        c.get(Key::S3),
        c.get(Key::S4),
        c.get(Key::S4F),
        c.get(Key::S6),
        c.get(Key::N6),
    );
    let family = format(s4.nsn(), PhoneStyle::WhatsApp);
    let shown = s6_shown(o);
    let n6_shown = format!(
        "{} {}",
        n6.first.split(' ').next_back().unwrap_or_default(),
        n6.last
    );
    let s6_phone = format(s6.nsn(), PhoneStyle::LocalDash);
    let father = s4f.first_last();
    vec![
        Unit::matching(
            Key::S3,
            "subject_message_multiline_with_email",
            message(
                s3.full(),
                format!(
                    "Kak, untuk invoice tolong atas nama {} ya\nemail: {}\nmakasih 🙏",
                    s3.full(),
                    s3.email()
                ),
                false,
            ),
            &[s3.email()],
        ),
        Unit::matching(
            Key::S3,
            "subject_short_message",
            message(
                s3.full(),
                "Sudah saya transfer tadi pagi ya kak".into(),
                false,
            ),
            &[&s3.full()],
        ),
        Unit::matching(
            Key::S3,
            "staff_message_naming_subject",
            message(
                STAFF[0].into(),
                format!(
                    "Kak {}, paket kartu namanya sudah dikirim via JNE ya 🙏",
                    s3.full()
                ),
                false,
            ),
            &[&s3.full()],
        ),
        Unit::matching(
            Key::S6,
            "subject_attachment_line_with_lrm",
            message(
                shown.clone(),
                format!("{LRM}<terlampir: {{seq}}-PHOTO-{{stamp}}.jpg>"),
                true,
            ),
            &[&shown],
        ),
        Unit::matching(
            Key::S6,
            "subject_shares_phone_in_text",
            message(
                shown.clone(),
                format!("Kalau ada apa-apa WA saya di {s6_phone} ya kak"),
                false,
            ),
            &[&s6_phone],
        ),
        Unit::not_matching(
            Key::N6,
            "near_namesake_sender",
            "near_namesake_different_birth_order_name",
            message(
                n6_shown.clone(),
                "Kak, undangan 300 pcs bisa selesai seminggu?".into(),
                false,
            ),
            &[&n6_shown],
        ),
        Unit::matching(
            Key::S4,
            "shared_phone_sender_self_identifies",
            message(
                family.clone(),
                format!(
                    "Halo kak, ini {} ya, pakai HP papa. Email saya {}",
                    s4.full(),
                    s4.email()
                ),
                false,
            ),
            &[s4.email()],
        ),
        Unit::not_matching(
            Key::S4F,
            "shared_phone_sender_is_father",
            "shared_phone_different_person",
            message(
                family,
                format!("Halo, saya {father}. Mau tanya tagihan bulan lalu."),
                false,
            ),
            &[&father],
        ),
    ]
}

struct Group {
    w: RecordWriter,
}

impl Group {
    fn put(
        &mut self,
        t: DateTime<FixedOffset>,
        sender: &str,
        text: &str,
        lrm: bool,
    ) -> io::Result<crate::write::Start> {
        let mark = if lrm { LRM.to_string() } else { String::new() };
        let stamp = t.format("[%d/%m/%y, %H.%M.%S] ");
        let body = text.replace('\n', "\r\n");
        self.w.record(&format!("{mark}{stamp}{sender}: {body}\r\n"))
    }
}

fn attachment_stamp(t: DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%d-%H-%M-%S").to_string()
}

pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("whatsapp-ios");
    let mut g = Group {
        w: RecordWriter::create(&o.path(FILE), Charset::Utf8)?,
    };
    let n_members = (o.universe.len() / 5).clamp(20, 180);
    let members: Vec<(String, &Person)> = (0..n_members)
        .map(|_| {
            let p = o.someone(&mut rng);
            let shown = if rng.chance(0.25) {
                format(p.nsn(), PhoneStyle::WhatsApp)
            } else if rng.chance(0.5) {
                p.full()
            } else if rng.chance(0.3) {
                format!("{} {}", p.first, rng.pick(NICK_EMOJI))
            } else {
                p.first_last()
            };
            (shown, p)
        })
        .collect();
    let total = (rows + units.len() + 1) as f64;
    g.put(frac_time(0.0), GROUP, &format!("{LRM}{E2E_ID}"), true)?;
    let mut attachment = 1;
    for (k, slot) in Interleave::new(&mut rng, rows, units.len()).enumerate() {
        let t = frac_time((k + 1) as f64 / total);
        match slot {
            Slot::Planted(i) => {
                let Fields::Chat { sender, text, lrm } = &units[i].fields else {
                    continue;
                };
                let mut text = text.clone();
                if text.contains("{seq}") {
                    text = text
                        .replace("{seq}", &format!("{attachment:08}"))
                        .replace("{stamp}", &attachment_stamp(t));
                    attachment += 1;
                }
                let start = g.put(t, sender, &text, *lrm)?;
                units[i]
                    .locators
                    .push(json!({"record": start.record, "line": start.line}));
            }
            Slot::Background => {
                let x = rng.unit();
                let (shown, p) = rng.pick(&members);
                if x < 0.05 {
                    let event = match rng.below(3) {
                        0 => format!("{} menambahkan {shown}", STAFF[0]),
                        1 => format!("{shown} keluar"),
                        _ => {
                            format!("{shown} telah bergabung menggunakan tautan undangan grup ini")
                        }
                    };
                    g.put(t, GROUP, &format!("{LRM}{event}"), true)?;
                } else if x < 0.2 {
                    let staff = rng.pick(&STAFF);
                    g.put(t, staff, rng.pick::<&str>(&STAFF_POSTS), false)?;
                } else if x < 0.27 {
                    let kind = *rng.pick(&["PHOTO", "PHOTO", "STICKER", "AUDIO"]);
                    let ext = match kind {
                        "PHOTO" => "jpg",
                        "STICKER" => "webp",
                        _ => "opus",
                    };
                    let name = format!("{attachment:08}-{kind}-{}.{ext}", attachment_stamp(t));
                    g.put(t, shown, &format!("{LRM}<terlampir: {name}>"), true)?;
                    attachment += 1;
                } else {
                    let mut text = customer_message(&mut rng, p);
                    if rng.chance(0.03) && text != "Pesan ini telah dihapus" {
                        text.push_str(&format!(" {LRM}<Pesan ini diedit>"));
                    }
                    g.put(t, shown, &text, false)?;
                }
            }
        }
    }
    g.w.finish()
}
