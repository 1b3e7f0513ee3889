//! Guessing a column's role from its header, in Bahasa Indonesia or English, for layouts PDP Desk
//! does not know by name ("Nomor WhatsApp", "Alamat Pengiriman", "E-mail", "No. KTP"…).

use crate::vocabulary::FieldRole;

/// The header folded for comparison: lower case, `*` `#` and punctuation as spaces.
pub fn fold_header(h: &str) -> String {
    h.trim()
        .trim_start_matches(['\u{feff}', '\'', '*', '#'])
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_word(folded: &str, words: &[&str]) -> bool {
    folded.split(' ').any(|w| words.contains(&w))
}

/// The role a header suggests; `Other` when nothing fits. Order matters: "Email Address" is an
/// e-mail, "Nomor WhatsApp" a phone, "Identity Type" nothing.
pub fn guess(header: &str) -> FieldRole {
    let f = fold_header(header);
    let compact = f.replace(' ', "");
    if has_word(&f, &["email", "mail", "surel", "surat elektronik"]) || compact.contains("email") {
        return FieldRole::Email;
    }
    if has_word(&f, &["nik", "ktp"])
        || compact.contains("identitynumber")
        || compact.contains("nomorinduk")
    {
        return FieldRole::Nik;
    }
    if has_word(
        &f,
        &[
            "phone",
            "telepon",
            "telp",
            "tlp",
            "hp",
            "handphone",
            "whatsapp",
            "wa",
            "mobile",
            "ponsel",
            "fax",
            "tel",
            "telephone",
            "seluler",
        ],
    ) || compact.contains("phone")
        || compact.contains("telepon")
    {
        return FieldRole::Phone;
    }
    if has_word(
        &f,
        &[
            "date",
            "tanggal",
            "tgl",
            "timestamp",
            "time",
            "waktu",
            "created",
            "updated",
            "at",
        ],
    ) || compact.ends_with("date")
    {
        return FieldRole::Date;
    }
    if compact.contains("address")
        || has_word(
            &f,
            &[
                "alamat",
                "address",
                "billing",
                "shipping",
                "kota",
                "city",
                "kelurahan",
                "kecamatan",
                "kabupaten",
                "provinsi",
                "rt",
                "rw",
                "postcode",
                "kodepos",
            ],
        )
    {
        return FieldRole::Address;
    }
    if has_word(
        &f,
        &[
            "name",
            "nama",
            "customer",
            "pelanggan",
            "pemohon",
            "contact",
            "kontak",
        ],
    ) || compact.ends_with("name")
    {
        return FieldRole::Name;
    }
    if has_word(
        &f,
        &[
            "message",
            "pesan",
            "catatan",
            "notes",
            "note",
            "memo",
            "description",
            "deskripsi",
            "keterangan",
            "pertanyaan",
            "subject",
            "komentar",
            "comment",
        ],
    ) {
        return FieldRole::Text;
    }
    if matches!(f.as_str(), "id" | "no" | "nomor" | "kode" | "code")
        || compact.ends_with("id") && f.split(' ').count() <= 2
    {
        return FieldRole::Id;
    }
    FieldRole::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldRole::*;

    #[test]
    fn headers_in_both_languages() {
        let cases = [
            ("Email Address", Email),
            ("your-email", Email),
            ("contact_email", Email),
            ("Nomor WhatsApp", Phone),
            ("phone_number", Phone),
            ("Telepon", Phone),
            ("No. HP", Phone),
            ("Identity Number", Nik),
            ("No KTP", Nik),
            ("Alamat Pengiriman", Address),
            ("BillingAddress", Address),
            ("Nama Lengkap", Name),
            ("*Display Name", Name),
            ("your-name", Name),
            ("First name", Name),
            ("Timestamp", Date),
            ("*InvoiceDate", Date),
            ("Pesan / Pertanyaan", Text),
            ("Catatan", Text),
            ("No", Id),
            ("Submission ID", Id),
            ("Identity Type", Other),
            ("Balance", Other),
            ("labels", Other),
        ];
        for (h, want) in cases {
            assert_eq!(guess(h), want, "header {h:?}");
        }
    }
}
