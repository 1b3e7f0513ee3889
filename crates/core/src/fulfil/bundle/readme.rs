//! `README.txt` in both languages: what the files are, how to open them, how to check them.

use super::writer::Meta;

/// The read-me; `extras` are the files added beside the data: (name, what it is in Indonesian,
/// in English).
pub fn text(meta: &Meta, extras: &[(&str, &str, &str)]) -> String {
    let list = |english: bool| -> String {
        extras
            .iter()
            .map(|(name, id, en)| format!("- {name}: {}\r\n", if english { en } else { id }))
            .collect()
    };
    format!(
        "DATA PRIBADI ANDA — {r}\r\n\
{o}, {g}\r\n\
\r\n\
Isi berkas:\r\n\
- index.html  : buka di peramban (browser) untuk membaca semua data sebagai tabel.\r\n\
- data/…/*.csv : data per sumber, dapat dibuka dengan Excel, LibreOffice atau Google Sheets.\r\n\
- data/…/*.json: data yang sama untuk dibaca oleh sistem lain (nilai persis seperti tercatat).\r\n\
- manifest.json: daftar berkas dengan ukuran, jumlah catatan dan sidik SHA-256.\r\n\
- SHA256SUMS.txt: sidik setiap berkas. Periksa dengan: sha256sum -c SHA256SUMS.txt\r\n\
  (Windows PowerShell: Get-FileHash <berkas> -Algorithm SHA256)\r\n\
{extras_id}\
Nomor telepon dan alamat e-mail orang lain disamarkan sebagai [disamarkan] (Pasal 33 UU PDP).\r\n\
\r\n\
YOUR PERSONAL DATA — {r}\r\n\
\r\n\
- index.html  : open in a web browser to read all the data as tables.\r\n\
- data/…/*.csv : the data per source, opens in Excel, LibreOffice or Google Sheets.\r\n\
- data/…/*.json: the same data for other systems to read (values exactly as recorded).\r\n\
- manifest.json: every file with its size, record count and SHA-256.\r\n\
- SHA256SUMS.txt: the SHA-256 of every file. Check with: sha256sum -c SHA256SUMS.txt\r\n\
{extras_en}\
Other people's phone numbers and e-mail addresses are masked as [disamarkan] (UU PDP Art. 33).\r\n",
        r = meta.request_id,
        o = meta.office,
        g = meta.generated_at.format("%Y-%m-%d %H:%M %:z"),
        extras_id = list(false),
        extras_en = list(true),
    )
}
