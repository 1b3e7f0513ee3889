//! One module per export kind: the records planted in it and the writer that streams it.

pub mod chatwoot;
pub mod customers;
pub mod email;
pub mod flamingo;
pub mod forms;
pub mod jurnal;
mod jurnal_line;
pub mod legacy;
pub mod whatsapp;
pub mod whatsapp_chats;
pub mod wix;

use crate::cast::Cast;
use crate::people::Person;
use crate::pools::PRODUCTS;
use crate::rng::Rng;
use crate::write::rupiah;
use std::path::{Path, PathBuf};

/// What every writer needs: where to write and who lives in the office's world.
pub struct Office<'a> {
    pub seed: u64,
    pub out: &'a Path,
    pub cast: &'a Cast,
    pub universe: &'a [Person],
}

impl Office<'_> {
    pub fn path(&self, file: &str) -> PathBuf {
        self.out.join(file)
    }

    /// A random background person.
    pub fn someone<'p>(&'p self, rng: &mut Rng) -> &'p Person {
        rng.pick(self.universe)
    }

    /// The random stream of one export.
    pub fn rng(&self, label: &str) -> Rng {
        Rng::new(label, self.seed)
    }
}

/// The office.
pub const BUSINESS: &str = "CV Maju Jaya Kreatif";
pub const BUSINESS_DOMAIN: &str = "majujayakreatif.co.id";
/// The staff who answer the chats.
pub const STAFF: [&str; 3] = ["Rina Admin MJK", "Hadi MJK", "Yosef Desain"];

/// What customers write in web forms.
pub const FORM_MESSAGES: &[&str] = &[
    "Mau tanya harga cetak brosur A5 1000 lembar.",
    "Apakah bisa kirim ke luar kota?",
    "Saya butuh desain logo untuk usaha katering, bisa konsultasi dulu?",
    "Minta pricelist undangan pernikahan ya kak.\nTerima kasih.",
    "Halo, pesanan saya kapan jadi? No invoice {inv}",
    "Bisa cetak stiker label produk ukuran 5x5 cm?",
    "Tolong hubungi saya lewat WhatsApp.",
    "Apakah menerima pembayaran QRIS?",
    "Saya mau pesan kalender meja 2024, minimal order berapa?",
    "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri.",
];

/// A form message, with an invoice number where it asks about one.
pub fn form_message(rng: &mut Rng) -> String {
    let m = rng.pick(FORM_MESSAGES);
    m.replace("{inv}", &(10_000 + rng.between(1, 9999)).to_string())
}

/// A customer's business name: `CV Sinar Abadi`.
pub fn company_name(rng: &mut Rng) -> String {
    use crate::pools::{COMPANY_PREFIX, COMPANY_WORDS};
    let a = rng.below(COMPANY_WORDS.len());
    let mut b = rng.below(COMPANY_WORDS.len() - 1);
    if b >= a {
        b += 1;
    }
    let prefix = rng.pick(COMPANY_PREFIX);
    format!("{prefix} {} {}", COMPANY_WORDS[a], COMPANY_WORDS[b])
}

/// A transfer amount as chats write it: `Rp250.000`.
pub fn amount(rng: &mut Rng) -> String {
    format!(
        "Rp{}",
        rupiah(u64::from(rng.between(5, 400)) * 10_000, false)
    )
}

/// A product name from the catalogue.
pub fn product(rng: &mut Rng) -> &'static str {
    rng.pick(PRODUCTS).name
}
