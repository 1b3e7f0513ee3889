//! The words intake knows, as roots (both languages): the phrases that name each right, the words
//! that make a message worth a look, and the marks of mail that is clearly something else.
//!
//! A phrase is a line of slots separated by spaces; a slot is one or more roots separated by `|`
//! or a GROUP in capitals; `root*` takes only a derived form (`perbaiki`, not `baik`), `root=`
//! only the bare word (`salah`, not `kesalahan`); a slot
//! written `+SLOT` may stand further from the slot before it (a passive after a long subject:
//! "mohon data anak saya di program les *dihapus*"); a leading `~` makes the phrase weak (it
//! yields to any other right's phrase in its clause); a leading `!` makes it count only when
//! denied ("*jangan* hubungi saya lagi", "data saya *tidak* boleh dipakai untuk iklan"); a
//! leading `?` marks an ask without an object ("tolong hapus"): it makes a request only when the
//! message says whose data it is. Words are
//! matched on their roots (see `stem.rs`), so `hapus` also finds `dihapus`, `penghapusan`,
//! `hapusin`, `diapus`.

use crate::vocabulary::Right;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Groups of roots that phrases share, by name.
pub(super) const GROUPS: &[(&str, &str)] = &[
    ("DATA", "data informasi info information akun account detail record rekam riwayat history identitas ktp nik profile chat percakapan"),
    // What one looks at or asks a copy of: the data, not the account one logs into.
    ("RECORDS", "data informasi info information detail record rekam riwayat history identitas ktp nik profile chat percakapan"),
    ("FIELD", "alamat nama nomor email telepon hp wa address name number phone ejaan spelling tanggal date birth lahir surname kontak"),
    ("ME", "saya me my kami our us anak her his him their them beliau dia"),
    ("MY", "saya my kami our"),
    ("DEL", "hapus musnah delete erase remove wipe purge destroy hilang* bersih* turun* takedown"),
    ("CONTACT", "kirim hubung telepon sms wa email pesan contact call send message text spam ganggu"),
    ("ADS", "promosi iklan pemasaran marketing advertising newsletter broadcast tawar* offer spam"),
    ("FILEFORMAT", "excel csv json xml xlsx spreadsheet"),
    ("VENDOR", "vendor penyedia provider kompetitor competitor supplier agensi agency percetakan printer perusahaan company layanan service platform aplikasi klinik clinic dokter doctor hospital bank sekolah school"),
    ("AUTO", "otomatis automated automatic automatically algoritma algorithm sistem system komputer computer mesin machine ai chatbot bot"),
    ("USE", "proses olah guna pakai use process processing"),
    ("WHILE", "sementara dulu sampai until while selama temporarily"),
];

pub(super) const INFORMATION: &[&str] = &[
    "tuju|purpose USE|DATA|kumpul*|collect",
    "dasar|basis hukum|legal",
    "legal|hukum basis|dasar",
    "dari mana +DATA|FIELD|dapat|peroleh|tahu",
    "DATA|FIELD dari mana",
    "where|how you get|obtain|find|got",
    "siapa|who beri|kasih|bagi|jual|give|gave|share|sell|sold DATA|FIELD|MY",
    "DATA|FIELD bagi|jual|share|sell|beri siapa|who|whom|pihak|third",
    "siapa|who|whom|pihak|third DATA bagi|jual|share|sell|beri|akses|access",
    "untuk|buat apa DATA",
    "DATA +untuk|buat apa",
    "what|apa do|lakukan|perbuat with|dengan DATA",
    "what use|do DATA for",
    "berapa lama DATA|simpan",
    "DATA +simpan|store|keep|retain sampai|until kapan|when",
    "sampai kapan DATA +simpan|store|keep",
    "dasar apa",
    "what|apa purpose|tuju",
    "why|kenapa|mengapa +simpan|keep|hold|store|collect|kumpul*|USE",
    "apakah|whether +USE untuk|for|buat",
    "explain|jelas*|penjelasan|tell|beritahu +how|why|bagaimana|mengapa|kenapa +DATA|USE|collect|kumpul*|simpan|share|bagi",
    "explain|jelas*|penjelasan +what|apa|which +collect|kumpul*|USE|simpan|share|bagi|hold|keep|store|ungkap*|bocor|leak|disclose|expose",
    "which|siapa|who|whom +share|bagi|jual|sell",
    "daftar|list pihak|third|penerima|recipient",
    "pihak|siapa|who|whom +terima|receive|dapat|get DATA",
    "how long keep|store|retain|hold",
    "informasi|penjelasan|jelas*|information|explain|explanation tentang|mengenai|about|on|how USE|DATA",
    "bagaimana|how DATA USE|simpan|store|lindung|protect|handle",
    "bagaimana|how you USE|simpan|store|handle|lindung|protect DATA",
    "kebijakan|policy privasi|privacy",
    "mengapa|kenapa|why simpan|punya|hold|have|keep|store|USE|minta|tanya|ask|kumpul*|collect DATA|FIELD",
    "DATA|FIELD +simpan|store|keep sampai|until kapan|when",
    "simpan|store|keep sampai|until kapan|when",
];
pub(super) const ACCESS: &[&str] = &[
    "akses|access RECORDS|FIELD",
    "lihat|see|view|periksa RECORDS MY",
    "~tahu|know DATA",
    "DATA apa",
    "~apa DATA",
    "what DATA|personal have|hold|keep|store|collect|USE|about|on",
    "subject access",
    "permohonan|permintaan|request akses|access",
    "dsar",
    "~simpan|punya|hold|have|keep|store DATA|FIELD ME",
    "~simpan|punya|hold|have|keep|store MY DATA",
    "~DATA +simpan|hold|have|keep|store|process|collect tentang|about|on|mengenai ME",
];
/// Asking for a copy: access, unless the same message asks for it as a file to take elsewhere.
pub(super) const COPY: &[&str] = &[
    "salin|copy RECORDS|FIELD",
    "~minta|kirim|send|give|provide|beri|peroleh|dapat|obtain|get|request|download|unduh RECORDS ME",
    "~minta|kirim|send|give|provide|beri|peroleh|dapat|obtain|get|request|download|unduh MY RECORDS",
];
pub(super) const PORTABILITY: &[&str] = &[
    "portabilitas|portability|portable",
    "format|file|berkas|bentuk|export|ekspor FILEFORMAT",
    "file|berkas|format digital|elektronik|electronic",
    "FILEFORMAT format|file|berkas",
    "DATA FILEFORMAT",
    "FILEFORMAT DATA",
    "baca mesin",
    "machine readable",
    "machine-readable",
    "pindah|transfer|move|migrate|port|ekspor|export DATA",
    "pindah|switch|move|migrate VENDOR",
    "kirim|send|transfer DATA VENDOR",
];
pub(super) const CORRECTION: &[&str] = &[
    "baik*|koreksi|ubah|ganti|baru*|update|correct|fix|rectify|benar*|amend|change|edit|lengkap* FIELD|DATA",
    "FIELD|DATA salah=|keliru|wrong|incorrect|outdated|typo|inaccurate",
    "FIELD|DATA +benar*|update|ubah*|ganti*|baik*|baru*|koreksi*|change*|correct*",
    "salah=|keliru|wrong|incorrect|outdated|inaccurate FIELD|DATA",
    "salah ketik|tulis|eja|input",
    "typo",
    "misspell|misspelled",
    "!FIELD sesuai|benar|valid|akurat|aktif|berlaku|accurate|correct|active",
    "longer correct|valid|accurate|current|active",
    "?mohon|tolong|please|harap baik*|koreksi|benar*|correct|rectify|baru*|ubah*|ganti*|update",
    "ganti|ubah|change|replace|update ke|jadi|menjadi|to|dengan|with FIELD",
];
pub(super) const DELETION: &[&str] = &[
    "DEL DATA|FIELD|semua|all|everything|seluruh|what|anything|whatever|sisa",
    "DATA|FIELD +DEL",
    "DEL dari|from sistem|system|database|basis|server|catat|record|arsip|archive|situs|site|website",
    "?mohon|tolong|minta|please|harap +DEL",
    "?DEL sekarang|segera|now|immediately|asap",
    "perlu|need|wajib|required +DEL",
    "right be forgotten",
    "lupa* saya",
    "DEL foto|photo|photograph|gambar|image|cv|resume ME",
    "DEL MY foto|photo|photograph|gambar|image|cv|resume",
    "!simpan|keep|store|retain DATA",
    "!DATA +simpan|keep|store|retain",
    "tutup|close akun|account",
    "akhir*|end proses|processing",
];
pub(super) const WITHDRAW_CONSENT: &[&str] = &[
    "tarik|cabut|withdraw|revoke|retract|batal* setuju|izin|consent|permission|agreement|kembali",
    "setuju*|izin|consent|permission +tarik|cabut|withdraw|revoke|batal*",
    "!lagi setuju|izin|consent|agree",
    "!setuju|izin|consent|agree lagi|longer|anymore",
    "longer consent|agree|want|wish",
    // A footer's link word too: a request only when the message says whose ("unsubscribe me").
    "?unsubscribe",
    "henti|stop|cease langgan|subscription|subscribe|CONTACT|ADS",
    "?mohon|tolong|please|harap stop|henti",
    "!izin*|allow|permit",
    "!CONTACT lagi|again|anymore|ADS|ME",
    "!terima|receive|get ADS|CONTACT|lagi|again|anymore",
    "!mau|ingin|want|wish|like CONTACT",
    "opt out",
    "opt-out|optout",
    "keluar*|remove|DEL|take ME|FIELD dari|from|off list|daftar|mailing|milis|grup|group|broadcast|subscriber",
    "!DATA +USE ADS",
    "!USE DATA ADS",
    "henti|stop USE +ADS",
    "!setuju|izin|consent|agree DATA|FIELD|ADS",
    // "Dulu saya centang … sekarang saya berubah pikiran": the consent given is taken back.
    "?ubah pikir",
    "?change mind",
];
pub(super) const RESTRICTION: &[&str] = &[
    "batas*|tunda|beku*|suspend|restrict|limit|pause|freeze|postpone USE|DATA|akses|access|akun|account",
    "USE|DATA +batas*|tunda|beku*|restrict|suspend|limit|freeze",
    "tahan|hold WHILE",
    "WHILE tahan|hold",
    "?mohon|tolong|please|harap hold",
    "!USE WHILE",
    "henti|stop|cease WHILE USE",
    "henti|stop|cease USE WHILE",
    "henti|stop|cease USE",
    "!USE DATA WHILE",
    "!USE DATA",
    "!DATA +USE +WHILE",
    // "data saya jangan disebar ke siapa-siapa": no disclosure beyond what is needed.
    "!DATA +sebar|share|bagi|jual|sell",
    "?mohon|tolong|please|harap batas*|restrict|limit",
];
pub(super) const OBJECTION: &[&str] = &[
    "putus*|decision|nilai*|hitung*|calculate|score|scoring|skor|evaluasi|evaluation|assessment|tolak|reject|denied AUTO",
    "AUTO putus*|decision|nilai*|score|scoring|evaluation|assessment|tolak|reject|profil*",
    "profil*",
    "berat*|object|objection|oppose +profil*|AUTO|sasar*|target*",
    "tinjau*|review|periksa|check manusia|human|orang|petugas|staf|staff|person|manual|manually",
    "manusia|human|manual|staf|staff|petugas|person tinjau*|review|intervention|campur*",
    "tanpa|without manusia|human|campur*|intervensi|intervention|involvement",
];

pub(super) const COMPENSATION: &[&str] = &[
    "ganti rugi",
    "kompensasi|compensation|compensate|damages",
    "tuntut|gugat|sue|claim rugi|kompensasi|compensation|damages",
];

/// All rights with their phrases, in the register's order; access has a second table,
/// [`COPY`].
pub(super) const RIGHTS: &[(Right, &[&str])] = &[
    (Right::Information, INFORMATION),
    (Right::Access, ACCESS),
    (Right::Portability, PORTABILITY),
    (Right::Correction, CORRECTION),
    (Right::Deletion, DELETION),
    (Right::WithdrawConsent, WITHDRAW_CONSENT),
    (Right::Restriction, RESTRICTION),
    (Right::Objection, OBJECTION),
    (Right::Compensation, COMPENSATION),
];

/// Words that say the message is about the writer or about personal data.
pub(super) const CONTEXT: &[&str] = &[
    "pribadi|personal|privasi|privacy|pdp|gdpr|27/2022",
    "bocor|leak|breach|salahguna|misuse",
    "lindung|protection DATA",
    "MY DATA|FIELD",
    "DATA|FIELD MY",
];
/// First-person words: a right named by someone for themselves (or their child).
pub(super) const FIRST_PERSON: &str = "saya me my i kami our us anak";
/// The writer alone: a mailing says "we" and "our", a person "I" and "saya".
pub(super) const SINGULAR: &str = "saya me my i";
/// Words before a right's phrase that deny it ("tidak perlu dihapus").
/// `no` denies only before `need`, `longer`, `more` (elsewhere it is often *nomor*).
pub(super) const NEGATORS: &str = "tidak jangan bukan not never no tanpa without";
pub(super) const AFTER_NO: &str = "need longer more";
/// Words before a negator that make it a question tag ("bisa ga dihapus?").
pub(super) const QUESTION_TAG: &str = "bisa boleh tahu apakah dapat";
/// Words after a negator that undo it ("jangan lupa", "tidak hanya").
pub(super) const NOT_NEGATING: &str =
    "lupa forget hanya only ragu segan masalah problem berat bisa dapat can could able sempat tahu know ingat remember yakin sure sadar aware paham understand";
/// Words after a negator that make it a refusal, not a denial, of consent, processing or a
/// decision ("tidak setuju dinilai otomatis" objects; it does not deny the objection).
pub(super) const REFUSING: &str = "setuju terima mau ingin suka agree accept want like";
/// Asks that end the reach of a negator before them ("kalau tidak bisa, mohon hapus").
pub(super) const ASKS_STRONG: &str = "mohon tolong please kindly harap";
/// Words that start the reason for another request ("… karena saya tidak mau dihubungi lagi").
pub(super) const BECAUSE: &str = "karena sebab soalnya because since alasan reason";
/// Words that ask: they end a reason and start a new request.
pub(super) const ASKS: &str = "mohon tolong minta please kindly harap sekalian also";
/// Words that end the reach of a negator.
pub(super) const BREAKS: &str = "tapi namun tetapi but however melainkan";
/// Words of a clause that tells the reader what to do (a newsletter's footer), not an ask.
pub(super) const LINK_WORDS: &str =
    "klik click tap tautan link url here sini recipient dituju confidential rahasia baca read";
pub(super) const IF_WORDS: &str = "jika apabila bila if";
pub(super) const WISH_WORDS: &str = "ingin mau want wish like prefer";

/// Address words and particles that phrases step over.
const FILLERS: &str = "kak kakak ka min mimin admin gan agan sis bro bang mas mba mbak om dong deh ya yah sih nih kok loh lho nah aja saja yang the a an pls plz dear hi halo hai nggih pun";

/// Informal spellings and abbreviations, folded before stemming.
const ALIASES: &[(&str, &str)] = &[
    (
        "ga gak nggak enggak ngga engga gk g tdk tak ndak nda kagak ngak gx ora tra tara",
        "tidak",
    ),
    ("udh udah sdh dah uda", "sudah"),
    ("blm belom", "belum"),
    ("aja sj", "saja"),
    ("sy aku gue gw ane saia sya aq kulo kula abdi", "saya"),
    ("i'd i'm i've i'll", "i"),
    ("yg", "yang"),
    ("dgn dg", "dengan"),
    ("utk tuk untk", "untuk"),
    ("krn karna krena", "karena"),
    ("tlg tlng tulung", "tolong"),
    ("mhn", "mohon"),
    ("jgn jngn", "jangan"),
    ("lg lgi", "lagi"),
    ("dr", "dari"),
    ("kalo klo", "kalau"),
    ("tp", "tapi"),
    ("gmn gimana bgmn", "bagaimana"),
    ("knp napa", "kenapa"),
    ("tau ngertos ngerti", "tahu"),
    ("sampe", "sampai"),
    ("bates batesi", "batas"),
    // Javanese and Sundanese: busak, pupus = hapus; ojo = jangan; wae = saja; dapet = dapat.
    ("busak pupus", "hapus"),
    ("ojo", "jangan"),
    ("wae", "saja"),
    ("dapet", "dapat"),
    ("liat", "lihat"),
    ("ttg", "tentang"),
    ("mboten boten", "tidak"),
    ("malih", "lagi"),
    ("mawon", "saja"),
    ("permohonan", "permohonan"),
    ("makasih makasi mksh trims thx", "makasih"),
    ("plis", "please"),
    ("apus hpus hps", "hapus"),
    ("ilang", "hilang"),
    ("simpen", "simpan"),
    ("bener", "benar"),
    ("nomer", "nomor"),
    ("e-mail imel surel", "email"),
    ("whatsapp watsap", "wa"),
    ("promo", "promosi"),
    ("apapun", "apapun"),
    ("don't dont doesn't didn't won't cannot", "not"),
    ("pake", "pakai"),
    ("telpon telfon", "telepon"),
    ("unsub", "unsubscribe"),
];

/// Roots and function words the tokeniser keeps whole (everything the tables above name, and
/// the words a run-together word may be split into).
const FUNCTION_WORDS: &str = "saya kami anda kalian dari untuk dengan yang mohon tolong minta ingin mau sudah belum lagi tidak jangan semua seluruh ini itu apa mana siapa kapan bagaimana kenapa mengapa perlu usah bisa boleh tahu hak atas nama pada ke di dan atau juga karena kalau terima kasih pun salahguna terbaru";

fn words(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.split([' ', '|'])
        .map(|w| {
            w.trim_start_matches(['~', '!', '?', '+'])
                .trim_end_matches(['*', '='])
        })
        .filter(|w| !w.is_empty() && !w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
}

fn lexicon() -> &'static HashMap<&'static str, &'static str> {
    static LEXICON: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut all: Vec<&'static str> = Vec::new();
        for (_, g) in GROUPS {
            all.extend(words(g));
        }
        for (_, phrases) in RIGHTS {
            phrases.iter().for_each(|p| all.extend(words(p)));
        }
        COPY.iter().for_each(|p| all.extend(words(p)));
        CONTEXT.iter().for_each(|p| all.extend(words(p)));
        for (_, list) in super::triage::CUES.iter().chain(super::triage::MARKS) {
            list.iter().for_each(|p| all.extend(words(p)));
        }
        for s in [
            FIRST_PERSON,
            SINGULAR,
            NEGATORS,
            AFTER_NO,
            QUESTION_TAG,
            NOT_NEGATING,
            BECAUSE,
            ASKS,
            BREAKS,
            LINK_WORDS,
            IF_WORDS,
            WISH_WORDS,
            FILLERS,
            FUNCTION_WORDS,
        ] {
            all.extend(words(s));
        }
        for s in super::scopes::SCOPE_WORDS {
            all.extend(words(s));
        }
        all.extend(ALIASES.iter().map(|(_, to)| *to));
        all.into_iter().map(|w| (w, w)).collect()
    })
}

/// The lexicon's entry for a root, if it knows it.
pub(super) fn known(word: &str) -> Option<&'static str> {
    lexicon().get(word).copied()
}

/// The standard spelling of an informal word.
pub(super) fn alias(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        ALIASES
            .iter()
            .flat_map(|(from, to)| from.split(' ').map(move |f| (f, *to)))
            .collect()
    })
    .get(word)
    .copied()
}

/// Whether a root is an address word or particle.
pub(super) fn is_filler(root: &str) -> bool {
    FILLERS.split(' ').any(|f| f == root)
}

/// The roots of a group, for the matcher.
pub(super) fn group(name: &str) -> Option<&'static str> {
    GROUPS.iter().find(|(n, _)| *n == name).map(|(_, g)| *g)
}
