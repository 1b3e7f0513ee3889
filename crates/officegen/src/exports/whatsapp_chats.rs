//! WhatsApp Android exports of two 1:1 chats: with S1 in the Indonesian locale
//! (`dd/mm/yy HH.MM - Sender: text`) and with S5 in the English-US locale with a 12-hour clock
//! (`M/D/YY, h:mm<U+202F>PM - Sender: text`). The whole file is the subject's.

use super::{Office, BUSINESS_DOMAIN, STAFF};
use crate::cast::Key;
use crate::people::AddressStyle;
use crate::phone::{format, PhoneStyle};
use crate::rng::Rng;
use crate::timeline::at;
use crate::unit::{Fields, Unit};
use crate::write::{Charset, RecordWriter};
use chrono::{DateTime, Duration, FixedOffset, Timelike};
use serde_json::json;
use std::io;
use std::path::PathBuf;

const E2E_EN: &str = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.";

/// A line of a scripted chat: who (none for a system line), what, and whether the subject wrote it.
type Said = (Option<String>, String, bool);

/// A written chat: its file name (under `whatsapp/`), its unit and its full text.
pub struct Chat {
    pub file: String,
    pub unit: Unit,
    pub text: String,
    pub records: u64,
}

fn indonesian(t: DateTime<FixedOffset>) -> String {
    t.format("%d/%m/%y %H.%M - ").to_string()
}

fn english(t: DateTime<FixedOffset>) -> String {
    let h12 = if t.hour().is_multiple_of(12) {
        12
    } else {
        t.hour() % 12
    };
    let half = if t.hour() >= 12 { "PM" } else { "AM" };
    format!(
        "{}, {h12}:{}\u{202f}{half} - ",
        t.format("%-m/%-d/%y"),
        t.format("%M")
    )
}

/// Writes a script with random gaps between messages; returns the unit's locators and the text.
fn write_script(
    path: PathBuf,
    script: &[Said],
    prefix: fn(DateTime<FixedOffset>) -> String,
    rng: &mut Rng,
    mut t: DateTime<FixedOffset>,
    max_gap: u32,
) -> io::Result<(Vec<serde_json::Value>, String)> {
    let mut w = RecordWriter::create(&path, Charset::Utf8)?;
    let (mut locators, mut all) = (Vec::new(), String::new());
    for (sender, text, by_subject) in script {
        t += Duration::minutes(i64::from(rng.between(1, max_gap)))
            + Duration::seconds(i64::from(rng.between(0, 59)));
        if t.hour() < 7 {
            t = t.with_hour(rng.between(8, 10)).unwrap_or(t);
        }
        let body = text.replace("{date}", &t.format("%Y%m%d").to_string());
        let who = sender
            .as_ref()
            .map(|s| format!("{s}: "))
            .unwrap_or_default();
        let line = format!("{}{who}{body}\n", prefix(t));
        let start = w.record(&line)?;
        all.push_str(&line);
        locators.push(
            json!({"record": start.record, "line": start.line, "authored_by_subject": by_subject}),
        );
    }
    w.finish()?;
    Ok((locators, all))
}

fn said(sender: Option<&str>, text: &str, by_subject: bool) -> Said {
    (sender.map(String::from), text.to_string(), by_subject)
}

/// The chat with S1, saved in the office's phone as "Bu <name>".
pub fn write_s1(o: &Office) -> io::Result<Chat> {
    let mut rng = o.rng("whatsapp-android");
    let s1 = o.cast.get(Key::S1);
    let saved = format!("Bu {}", s1.full());
    let file = format!("whatsapp/Chat WhatsApp dengan {saved}.txt");
    let me = STAFF[0];
    let (s, m) = (Some(saved.as_str()), Some(me));
    let order = format!(
        "Format order:\nNama: {}\nNo HP: {}\nAlamat: {}\nEmail: {}",
        s1.full(),
        format(s1.nsn(), PhoneStyle::LocalDash),
        s1.address.line(AddressStyle::Short),
        s1.email()
    );
    let mut script = vec![
        said(None, super::whatsapp::E2E_ID, false),
        said(s, "Selamat siang, ini dengan CV Maju Jaya Kreatif?", true),
        said(m, "Betul Bu, ada yang bisa kami bantu? 😊", false),
        said(
            s,
            "Saya mau pesan undangan pernikahan untuk anak saya, kira-kira 300 pcs",
            true,
        ),
        said(
            m,
            "Baik Bu. Untuk undangan hardcover harga mulai Rp7.500/pcs ya",
            false,
        ),
        said(
            s,
            "IMG-{date}-WA0007.jpg (file terlampir)\nContohnya seperti ini bisa?",
            true,
        ),
        said(m, "Bisa Bu 👍", false),
        said(s, &order, true),
        said(m, "Terima kasih Bu, datanya sudah kami catat", false),
        said(s, "<Media tidak disertakan>", true),
        said(s, "Pesan ini telah dihapus", true),
        said(m, "Invoice sudah kami kirim ke email Ibu ya", false),
        said(
            s,
            "Sudah saya transfer ya pak, Rp2.250.000 <Pesan ini diedit>",
            true,
        ),
        said(m, "Anda menghapus pesan ini", false),
    ];
    let hers = [
        "Terima kasih 🙏",
        "Oke pak",
        "Kapan bisa diambil ya?",
        "Oke, nanti suami saya yang ambil",
        "Warna kertasnya cream ya",
        "Sudah saya transfer DP-nya",
        "Bisa tambah 20 pcs lagi?",
        "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
    ];
    let ours = [
        "Baik Bu",
        "Siap Bu 🙏",
        "Besok sore sudah jadi Bu",
        "Noted Bu 👍",
        "Proof cetak sudah kami kirim ya Bu",
        "Mohon ditunggu, sedang proses cetak",
    ];
    for _ in 0..rng.between(60, 90) {
        if rng.chance(0.55) {
            script.push(said(s, rng.pick::<&str>(&hers), true));
        } else {
            script.push(said(m, rng.pick::<&str>(&ours), false));
        }
    }
    let ask = format!(
        "Satu lagi pak, mohon kirimkan salinan semua data saya yang disimpan ya, sudah saya email juga ke privasi@{BUSINESS_DOMAIN}"
    );
    script.push(said(s, &ask, true));
    let start = at(2023, rng.between(3, 9), rng.between(1, 28), 9, 0);
    let (locators, text) = write_script(o.path(&file), &script, indonesian, &mut rng, start, 600)?;
    Ok(chat(
        file,
        Key::S1,
        "one_to_one_chat_whole_file_saved_contact_with_honorific",
        s1.email(),
        locators,
        text,
    ))
}

/// The chat with S5, in English, ending with his deletion request.
pub fn write_s5(o: &Office) -> io::Result<Chat> {
    let mut rng = o.rng("whatsapp-english");
    let s5 = o.cast.get(Key::S5);
    let name = s5.full();
    let file = format!("whatsapp/WhatsApp Chat with {name}.txt");
    let (s, m) = (Some(name.as_str()), Some(STAFF[1]));
    let mut script = vec![
        said(None, E2E_EN, false),
        said(s, "Hi, is this Maju Jaya Kreatif?", true),
        said(m, "Yes sir, how can we help?", false),
        said(
            s,
            &format!(
                "I need 5 boxes of business cards. My email is {}",
                s5.email()
            ),
            true,
        ),
        said(m, "Noted. Please send the design file", false),
        said(s, "<Media omitted>", true),
        said(
            s,
            &format!(
                "Also my other number: {}",
                format(s5.nsn(), PhoneStyle::IntlSpace)
            ),
            true,
        ),
        said(m, "Thank you, invoice will be sent by email", false),
    ];
    let small_talk = [
        "ok",
        "Thanks!",
        "Sudah transfer ya",
        "Can I pick it up tomorrow?",
        "Sure 👍",
        "This message was deleted",
        "Is the office open on Saturday?",
    ];
    for _ in 0..rng.between(25, 40) {
        let his = rng.chance(0.5);
        script.push(said(
            if his { s } else { m },
            rng.pick::<&str>(&small_talk),
            his,
        ));
    }
    script.push(said(
        s,
        "One more thing: please delete my phone number and email from your customer list after this order, thanks.\n(Request under the PDP law)",
        true,
    ));
    let start = at(2024, rng.between(1, 4), rng.between(1, 28), 10, 0);
    let (locators, text) = write_script(o.path(&file), &script, english, &mut rng, start, 300)?;
    Ok(chat(
        file,
        Key::S5,
        "one_to_one_chat_whole_file_en_locale_12h_nnbsp",
        s5.email(),
        locators,
        text,
    ))
}

fn chat(
    file: String,
    key: Key,
    variant: &'static str,
    email: &str,
    locators: Vec<serde_json::Value>,
    text: String,
) -> Chat {
    let mut unit = Unit::matching(key, variant, Fields::WholeFile, &[email]);
    let records = locators.len() as u64;
    unit.locators = locators;
    unit.whole_file = true;
    Chat {
        file,
        unit,
        text,
        records,
    }
}
