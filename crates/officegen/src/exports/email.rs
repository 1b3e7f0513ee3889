//! The request e-mails (.eml): four data subjects asking for access or deletion, in Indonesian
//! and English, one from a new work address as base64 multipart, and the exact namesake of S1
//! asking about an invoice (not a request, and not S1).

use super::whatsapp::s6_shown;
use super::{Office, BUSINESS, BUSINESS_DOMAIN};
use crate::cast::Key;
use crate::mime::{Mail, Transfer};
use crate::people::AddressStyle;
use crate::phone::{format, PhoneStyle};
use crate::rng::stable_hex;
use crate::timeline::at;
use crate::unit::{Fields, Unit};
use serde_json::json;
use std::io;

/// A written e-mail: its file, its unit and its plain text.
pub struct Email {
    pub file: &'static str,
    pub unit: Unit,
    pub text: String,
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Writes the five e-mails; `n1b_invoice` is the number of N1b's planted invoice.
pub fn write(o: &Office, n1b_invoice: &str) -> io::Result<Vec<Email>> {
    let c = o.cast;
    let (s1, s2, s4, s4f, s6, n1b) = (
        c.get(Key::S1),
        c.get(Key::S2),
        c.get(Key::S4),
        c.get(Key::S4F),
        c.get(Key::S6),
        c.get(Key::N1b),
    );
    let to = format!("Privasi {BUSINESS} <privasi@{BUSINESS_DOMAIN}>");
    let id = |tag: &str| {
        format!(
            "<{}@{tag}.mail.example>",
            stable_hex(&format!("{}-{tag}", o.seed), 24)
        )
    };
    let s6_nick = &c.planted(Key::S6).nick;
    let s2_text = format!(
        "Selamat siang,\n\nSaya {} memohon agar seluruh data pribadi saya di {BUSINESS} dihapus.\nDulu saya terdaftar dengan email {} dan nomor HP {}.\nDi faktur mungkin tertulis \"{}, {} {}.\".\n\nMohon konfirmasi setelah penghapusan selesai.\n\nSalam,\n{}\nPT Sinar Jaya Logistik\n",
        s2.full(),
        s2.email(),
        format(s2.nsn(), PhoneStyle::LocalDash),
        s2.last,
        s2.first,
        &s2.middle[..1],
        s2.first_last()
    );
    let s2_html = format!(
        "<html><body>{}</body></html>",
        s2_text
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", escape_html(p)))
            .collect::<String>()
    );
    let s2_boundary = format!("==MJK_{}", stable_hex(&format!("b-{}-s2", o.seed), 20));
    let company = &c.planted(Key::N1b).company;
    let family = s6.last.split(' ').next_back().unwrap_or_default();
    let mails = [
        (
            "email/01_permohonan_akses_data_pribadi.eml",
            Key::S1,
            "request_email_bahasa_access",
            format!("{} <{}>", s1.full(), s1.email()),
            to.clone(),
            "Permohonan Akses Data Pribadi – UU PDP".to_string(),
            at(2024, 7, 1, 9, 12),
            "s1",
            format!(
                "Yth. Tim {BUSINESS},\n\nDengan hormat,\n\nSaya yang bertanda tangan di bawah ini:\nNama   : {}\nEmail  : {}\nNo. HP : {}\nAlamat : {}\n\nBerdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya mengajukan permohonan untuk mendapatkan akses dan salinan seluruh data pribadi saya yang Bapak/Ibu simpan, termasuk data pelanggan, riwayat faktur, isian formulir di website, dan percakapan WhatsApp.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\n{}\n",
                s1.full(), s1.email(), format(s1.nsn(), PhoneStyle::WhatsApp), s1.address.line(AddressStyle::Formal), s1.full()
            ),
            Transfer::QuotedPrintable,
        ),
        (
            "email/02_permohonan_penghapusan_data.eml",
            Key::S2,
            "request_email_bahasa_erasure_new_work_address_base64",
            format!("{} <{}>", s2.first_last(), s2.emails[1]),
            to.clone(),
            "Permohonan Penghapusan Data Pribadi".to_string(),
            at(2024, 7, 2, 13, 40),
            "s2",
            s2_text,
            Transfer::Base64,
        ),
        (
            "email/03_request_to_delete_my_data.eml",
            Key::S6,
            "request_email_english_erasure",
            format!("{s6_nick} {family} <{}>", s6.email()),
            to.clone(),
            "Request to delete my personal data (PDP Law)".to_string(),
            at(2024, 7, 3, 20, 5),
            "s6",
            format!(
                "Hello,\n\nMy name is {} ({s6_nick}). I would like you to delete all personal data you hold about me, under Indonesia's Personal Data Protection Law (UU No. 27/2022).\n\nYou may find me as \"{}\" in your WhatsApp customer group, with phone {}, and on invoices under my full name.\n\nBest regards,\n{s6_nick}\n",
                s6.full(), s6_shown(o), format(s6.nsn(), PhoneStyle::IntlSpace)
            ),
            Transfer::SevenBit,
        ),
        (
            "email/04_permintaan_salinan_data.eml",
            Key::S4,
            "request_email_bahasa_access_explains_shared_phone",
            format!("{} <{}>", s4.full(), s4.email()),
            to.clone(),
            "Permintaan salinan data pribadi saya".to_string(),
            at(2024, 7, 4, 8, 30),
            "s4",
            format!(
                "Halo Admin {BUSINESS},\n\nSaya {} ingin meminta salinan data pribadi saya.\nCatatan: nomor WhatsApp {} adalah nomor ayah saya (Bapak {}) yang kadang saya pakai untuk memesan. Data atas nama ayah saya bukan data saya.\n\nTerima kasih,\n{}\n",
                s4.full(), format(s4.nsn(), PhoneStyle::LocalDash), s4f.first_last(), s4.full()
            ),
            Transfer::QuotedPrintable,
        ),
        (
            "email/05_pertanyaan_faktur.eml",
            Key::N1b,
            "exact_namesake_unrelated_email",
            format!("{} <{}>", n1b.full(), n1b.email()),
            format!("Admin {BUSINESS} <admin@{BUSINESS_DOMAIN}>"),
            format!("Pertanyaan faktur {n1b_invoice}"),
            at(2024, 6, 20, 10, 15),
            "n1b",
            format!(
                "Selamat pagi,\n\nMohon dikirimkan faktur pajak untuk invoice nomor {n1b_invoice}.\n\nTerima kasih,\n{}\nStaf Keuangan {company}\n{}\n",
                n1b.full(), n1b.address.city().name
            ),
            Transfer::QuotedPrintable,
        ),
    ];
    let mut written = Vec::new();
    for (file, key, variant, from, to, subject, date, tag, text, transfer) in mails {
        let message_id = id(tag);
        let html = (key == Key::S2).then_some((s2_html.as_str(), s2_boundary.as_str()));
        let mail = Mail {
            from: &from,
            to: &to,
            subject: &subject,
            date,
            message_id: &message_id,
            text: &text,
            html,
            transfer,
        };
        let path = o.path(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, mail.to_bytes())?;
        let from_address = from
            .rsplit_once('<')
            .map_or("", |(_, a)| a.trim_end_matches('>'))
            .to_string();
        let mut unit = if key == Key::N1b {
            Unit::not_matching(
                key,
                variant,
                "same_name_different_person",
                Fields::WholeFile,
                &[&from_address],
            )
        } else {
            Unit::matching(key, variant, Fields::WholeFile, &[&from_address])
        };
        unit.locators
            .push(json!({"record": 1, "record_id": message_id}));
        written.push(Email { file, unit, text });
    }
    Ok(written)
}
