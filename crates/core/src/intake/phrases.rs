//! The phrases that name each right, in Bahasa Indonesia and English, and the words that put a
//! message in the personal-data context. Each phrase is a sequence of word slots; each slot
//! lists the word forms that fill it (affixes listed, not stemmed).

use super::rights::Phrase;
use crate::vocabulary::Right;

pub(super) const DATA: &[&str] = &[
    "data",
    "informasi",
    "info",
    "information",
    "akun",
    "account",
    "details",
    "records",
    "rekaman",
    "riwayat",
];
pub(super) const DELETE: &[&str] = &[
    "hapus",
    "hapuskan",
    "dihapus",
    "dihapuskan",
    "menghapus",
    "menghapuskan",
    "hapusin",
    "penghapusan",
    "musnahkan",
    "dimusnahkan",
    "memusnahkan",
    "pemusnahan",
    "delete",
    "deleted",
    "deleting",
    "erase",
    "erased",
    "remove",
    "removed",
];
pub(super) const CORRECT: &[&str] = &[
    "perbaiki",
    "diperbaiki",
    "memperbaiki",
    "perbaikan",
    "koreksi",
    "dikoreksi",
    "mengoreksi",
    "perbarui",
    "diperbarui",
    "memperbarui",
    "pembaruan",
    "update",
    "updated",
    "correct",
    "corrected",
    "correction",
    "rectify",
    "rectification",
    "ubah",
    "diubah",
    "mengubah",
    "perubahan",
    "ganti",
    "diganti",
    "mengganti",
    "change",
    "changed",
    "fix",
    "lengkapi",
    "melengkapi",
];
pub(super) const PERSONAL_FIELD: &[&str] = &[
    "data", "alamat", "nama", "nomor", "email", "e-mail", "address", "name", "number", "phone",
    "telepon", "hp", "details", "ejaan", "spelling", "tanggal", "date", "birth", "lahir",
];

pub(super) const DELETION: &[Phrase] = &[
    &[DELETE, DATA],
    &[DATA, DELETE],
    &[DELETE, PERSONAL_FIELD],
    &[&["erasure", "penghapusan", "pemusnahan"]],
    &[&["right"], &["be"], &["forgotten"]],
    &[&["tutup", "menutup", "close"], &["akun", "account"]],
];
pub(super) const ACCESS: &[Phrase] = &[
    &[
        &["akses", "mengakses", "access", "salinan", "copy", "copies"],
        DATA,
    ],
    &[
        &[
            "minta",
            "meminta",
            "mendapatkan",
            "memperoleh",
            "request",
            "see",
            "lihat",
            "melihat",
            "mengetahui",
            "know",
        ],
        DATA,
        &["saya", "my", "me", "anak"],
    ],
    &[DATA, &["apa"], &["saja"]],
    &[&["what", "which"], &["personal", "data", "information"]],
    &[&["subject"], &["access"], &["request"]],
];
pub(super) const PORTABILITY: &[Phrase] = &[
    &[&["portabilitas", "portability", "portable"]],
    &[&["dibaca"], &["mesin"]],
    &[&["machine"], &["readable"]],
    &[&["machine-readable"]],
    &[&["format"], &["csv", "json", "xml", "excel", "xlsx"]],
    &[
        &[
            "pindahkan",
            "memindahkan",
            "transfer",
            "ekspor",
            "mengekspor",
            "export",
        ],
        DATA,
    ],
];
pub(super) const CORRECTION: &[Phrase] = &[
    &[CORRECT, PERSONAL_FIELD],
    &[
        &["salah"],
        &["ketik", "tulis", "eja", "nama", "alamat", "nomor"],
    ],
    &[
        &["wrong", "incorrect", "outdated", "misspelled"],
        PERSONAL_FIELD,
    ],
    &[
        &["tidak", "sudah"],
        &["sesuai", "berlaku", "benar"],
        &["lagi"],
    ],
];
pub(super) const WITHDRAW_CONSENT: &[Phrase] = &[
    &[
        &[
            "tarik",
            "menarik",
            "ditarik",
            "cabut",
            "mencabut",
            "dicabut",
            "penarikan",
            "pencabutan",
            "withdraw",
            "withdrawing",
            "withdrawal",
            "revoke",
            "revoking",
        ],
        &["persetujuan", "consent", "izin", "kembali"],
    ],
    &[&["unsubscribe"]],
    &[
        &["berhenti"],
        &[
            "berlangganan",
            "mengirim",
            "mengirimi",
            "menerima",
            "kirim",
            "menghubungi",
        ],
    ],
    &[
        &["stop", "no"],
        &[
            "sending",
            "send",
            "messages",
            "promotions",
            "promotion",
            "marketing",
            "contacting",
            "emails",
            "longer",
        ],
    ],
    &[
        &["jangan", "tidak"],
        &[
            "kirim",
            "dikirim",
            "mengirim",
            "mengirimi",
            "menerima",
            "hubungi",
            "menghubungi",
            "dihubungi",
        ],
        &[
            "promosi",
            "iklan",
            "pesan",
            "broadcast",
            "lagi",
            "penawaran",
        ],
    ],
    &[&["opt"], &["out"]],
    &[&["opt-out"]],
];
pub(super) const RESTRICTION: &[Phrase] = &[&[
    &[
        "batasi",
        "membatasi",
        "dibatasi",
        "pembatasan",
        "tunda",
        "menunda",
        "ditunda",
        "penundaan",
        "restrict",
        "restriction",
        "suspend",
        "pause",
        "hentikan",
        "menghentikan",
        "dihentikan",
        "stop",
        "freeze",
        "bekukan",
        "membekukan",
    ],
    &[
        "pemrosesan",
        "pengolahan",
        "processing",
        "penggunaan",
        "use",
        "using",
        "memproses",
        "mengolah",
    ],
]];
pub(super) const OBJECTION: &[Phrase] = &[
    &[
        &[
            "keputusan",
            "decision",
            "decisions",
            "pemrosesan",
            "processing",
            "penilaian",
            "scoring",
        ],
        &["otomatis", "automated", "automatic", "otomatisasi"],
    ],
    &[&["profiling", "pemrofilan", "profil"]],
    &[
        &["object", "keberatan", "menolak", "objection"],
        &["to", "atas", "terhadap", "dengan"],
    ],
];
pub(super) const INFORMATION: &[Phrase] = &[
    &[
        &["tujuan", "purpose", "dasar", "basis"],
        &[
            "pemrosesan",
            "pengolahan",
            "processing",
            "hukum",
            "legal",
            "penggunaan",
        ],
    ],
    &[
        &["dari"],
        &["mana"],
        &["data", "mendapatkan", "memperoleh", "mendapat", "tahu"],
    ],
    &[
        &["where", "how"],
        &["did", "do"],
        &["you"],
        &["get", "obtain", "got", "find"],
    ],
    &[
        &["informasi", "penjelasan", "information"],
        &["tentang", "mengenai", "about", "on"],
        &[
            "pemrosesan",
            "pengolahan",
            "penggunaan",
            "processing",
            "use",
            "data",
        ],
    ],
    &[
        &["why"],
        &["do", "does"],
        &["you"],
        &["have", "hold", "keep", "process"],
    ],
    &[&["untuk"], &["apa"], &["data"]],
    &[
        &["siapa"],
        &["saja"],
        &["menerima", "mengakses", "dibagikan"],
    ],
    &[&["who"], &["has", "have", "receives"], &["access", "my"]],
];

/// Words that place a message in the personal-data context (UU PDP, privacy, "my data").
pub(super) const CONTEXT: &[Phrase] = &[
    &[&["pribadi", "personal", "privasi", "privacy", "pdp", "gdpr"]],
    &[
        &["data", "informasi", "akun", "account"],
        &["saya", "kami", "anak", "aku"],
    ],
    &[
        &["my", "our"],
        &["data", "information", "account", "details"],
    ],
    &[
        &["my"],
        &[
            "consent", "number", "phone", "email", "address", "name", "details",
        ],
    ],
    &[
        &["nomor", "hp", "persetujuan", "alamat", "email", "nama"],
        &["saya", "aku"],
    ],
    &[&["27/2022"]],
    &[&["pelindungan", "perlindungan", "protection"], &["data"]],
];

/// All rights with their phrases, in the register's order.
pub(super) const RIGHTS: &[(Right, &[Phrase])] = &[
    (Right::Information, INFORMATION),
    (Right::Access, ACCESS),
    (Right::Portability, PORTABILITY),
    (Right::Correction, CORRECTION),
    (Right::Deletion, DELETION),
    (Right::WithdrawConsent, WITHDRAW_CONSENT),
    (Right::Restriction, RESTRICTION),
    (Right::Objection, OBJECTION),
];
