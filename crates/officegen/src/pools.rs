//! The invented office's world: cities with real kelurahan/kecamatan/postcode triples, streets,
//! business names, the print shop's products, e-mail domains and operator prefixes.

/// A city (kota/kabupaten) with its province and some of its areas.
pub struct City {
    pub name: &'static str,
    pub province: &'static str,
    /// kelurahan, kecamatan, postcode
    pub areas: &'static [(&'static str, &'static str, &'static str)],
}

/// The cities, in a fixed order: planted people name them by index.
pub const CITIES: &[City] = &[
    City {
        name: "Jakarta Selatan",
        province: "DKI Jakarta",
        areas: &[
            ("Tebet Barat", "Tebet", "12810"),
            ("Kramat Pela", "Kebayoran Baru", "12130"),
            ("Cilandak Barat", "Cilandak", "12430"),
        ],
    },
    City {
        name: "Jakarta Timur",
        province: "DKI Jakarta",
        areas: &[
            ("Rawamangun", "Pulo Gadung", "13220"),
            ("Cipinang Melayu", "Makasar", "13620"),
        ],
    },
    City {
        name: "Jakarta Pusat",
        province: "DKI Jakarta",
        areas: &[
            ("Cempaka Putih Timur", "Cempaka Putih", "10510"),
            ("Kebon Kacang", "Tanah Abang", "10240"),
        ],
    },
    City {
        name: "Jakarta Utara",
        province: "DKI Jakarta",
        areas: &[
            ("Ancol", "Pademangan", "14430"),
            ("Kelapa Gading Barat", "Kelapa Gading", "14240"),
        ],
    },
    City {
        name: "Bandung",
        province: "Jawa Barat",
        areas: &[
            ("Dago", "Coblong", "40135"),
            ("Cihapit", "Bandung Wetan", "40114"),
            ("Antapani Kidul", "Antapani", "40291"),
        ],
    },
    City {
        name: "Bekasi",
        province: "Jawa Barat",
        areas: &[
            ("Jakasampurna", "Bekasi Barat", "17145"),
            ("Pekayon Jaya", "Bekasi Selatan", "17148"),
        ],
    },
    City {
        name: "Depok",
        province: "Jawa Barat",
        areas: &[
            ("Beji", "Beji", "16421"),
            ("Mekarsari", "Cimanggis", "16452"),
        ],
    },
    City {
        name: "Bogor",
        province: "Jawa Barat",
        areas: &[
            ("Tegallega", "Bogor Tengah", "16129"),
            ("Baranangsiang", "Bogor Timur", "16143"),
        ],
    },
    City {
        name: "Tangerang Selatan",
        province: "Banten",
        areas: &[
            ("Pondok Aren", "Pondok Aren", "15224"),
            ("Rawa Buntu", "Serpong", "15318"),
        ],
    },
    City {
        name: "Surabaya",
        province: "Jawa Timur",
        areas: &[
            ("Gubeng", "Gubeng", "60281"),
            ("Darmo", "Wonokromo", "60241"),
            ("Manyar Sabrangan", "Mulyorejo", "60116"),
        ],
    },
    City {
        name: "Semarang",
        province: "Jawa Tengah",
        areas: &[
            ("Pleburan", "Semarang Selatan", "50241"),
            ("Tembalang", "Tembalang", "50275"),
        ],
    },
    City {
        name: "Yogyakarta",
        province: "DI Yogyakarta",
        areas: &[
            ("Terban", "Gondokusuman", "55223"),
            ("Prawirodirjan", "Gondomanan", "55121"),
        ],
    },
    City {
        name: "Medan",
        province: "Sumatera Utara",
        areas: &[
            ("Petisah Tengah", "Medan Petisah", "20112"),
            ("Sei Sikambing B", "Medan Sunggal", "20122"),
        ],
    },
    City {
        name: "Denpasar",
        province: "Bali",
        areas: &[
            ("Sumerta Kelod", "Denpasar Timur", "80239"),
            ("Panjer", "Denpasar Selatan", "80225"),
        ],
    },
    City {
        name: "Makassar",
        province: "Sulawesi Selatan",
        areas: &[
            ("Pandang", "Panakkukang", "90231"),
            ("Maricaya", "Makassar", "90142"),
        ],
    },
    City {
        name: "Malang",
        province: "Jawa Timur",
        areas: &[
            ("Lowokwaru", "Lowokwaru", "65141"),
            ("Klojen", "Klojen", "65111"),
        ],
    },
];

/// Street names, gangs and housing estates.
pub const STREETS: &[&str] = &[
    "Jl. Melati",
    "Jl. Mawar",
    "Jl. Kenanga",
    "Jl. Merdeka",
    "Jl. Jend. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Diponegoro",
    "Jl. Gatot Subroto",
    "Jl. Pahlawan",
    "Jl. Veteran",
    "Jl. Cendrawasih",
    "Jl. Anggrek",
    "Jl. Flamboyan",
    "Jl. Raya Pasar Minggu",
    "Jl. Kaliurang",
    "Jl. Pemuda",
    "Gg. Haji Naim",
    "Gg. Masjid",
    "Jl. Teuku Umar",
    "Jl. Imam Bonjol",
    "Perum Griya Asri Blok C",
    "Komplek Taman Sari Blok F",
    "Jl. Raya Bogor",
    "Jl. Cikutra",
    "Jl. Dr. Wahidin",
];

/// Words of small-business names.
pub const COMPANY_WORDS: &[&str] = &[
    "Maju",
    "Jaya",
    "Abadi",
    "Sentosa",
    "Makmur",
    "Sejahtera",
    "Berkah",
    "Mandiri",
    "Sukses",
    "Karya",
    "Prima",
    "Utama",
    "Cahaya",
    "Sinar",
    "Mitra",
    "Bersama",
    "Nusantara",
    "Gemilang",
    "Indah",
    "Mulia",
    "Rezeki",
    "Harapan",
    "Bintang",
    "Samudra",
];

/// Legal forms and kinds of business.
pub const COMPANY_PREFIX: &[&str] = &[
    "PT", "CV", "Toko", "Klinik", "Yayasan", "UD", "Koperasi", "Apotek",
];

/// A product of the print shop: name, unit, lowest and highest price in rupiah.
pub struct Product {
    pub name: &'static str,
    pub unit: &'static str,
    pub low: u32,
    pub high: u32,
}

/// The print shop's catalogue.
pub const PRODUCTS: &[Product] = &[
    Product {
        name: "Cetak Brosur A4 Art Paper 150gr",
        unit: "Lembar",
        low: 1500,
        high: 3500,
    },
    Product {
        name: "Kartu Nama 1 Box (100 pcs)",
        unit: "Box",
        low: 35000,
        high: 75000,
    },
    Product {
        name: "Banner Flexi 280gr",
        unit: "Meter",
        low: 25000,
        high: 45000,
    },
    Product {
        name: "Stiker Vinyl Cutting",
        unit: "Lembar",
        low: 15000,
        high: 40000,
    },
    Product {
        name: "Jasa Desain Logo",
        unit: "Paket",
        low: 500000,
        high: 2500000,
    },
    Product {
        name: "Cetak Undangan Pernikahan",
        unit: "Pcs",
        low: 3500,
        high: 12000,
    },
    Product {
        name: "Stempel Flash",
        unit: "Pcs",
        low: 85000,
        high: 150000,
    },
    Product {
        name: "Kalender Meja 2024",
        unit: "Pcs",
        low: 25000,
        high: 55000,
    },
    Product {
        name: "Paket Website UMKM",
        unit: "Paket",
        low: 2500000,
        high: 7500000,
    },
    Product {
        name: "Konsultasi Branding (per jam)",
        unit: "Jam",
        low: 250000,
        high: 750000,
    },
    Product {
        name: "X-Banner 60x160",
        unit: "Pcs",
        low: 95000,
        high: 175000,
    },
    Product {
        name: "Nota NCR 2 Ply (1 rim)",
        unit: "Rim",
        low: 150000,
        high: 350000,
    },
    Product {
        name: "Map Folder Custom",
        unit: "Pcs",
        low: 4500,
        high: 12000,
    },
    Product {
        name: "Sablon Kaos DTF",
        unit: "Pcs",
        low: 45000,
        high: 95000,
    },
];

/// E-mail domains by how often Indonesian customers use them.
pub const EMAIL_DOMAINS: &[(&str, u32)] = &[
    ("gmail.com", 46),
    ("yahoo.com", 11),
    ("yahoo.co.id", 10),
    ("ymail.com", 3),
    ("hotmail.com", 5),
    ("outlook.com", 5),
    ("icloud.com", 3),
    ("rocketmail.com", 1),
    ("ui.ac.id", 1),
    ("ugm.ac.id", 1),
    ("telkom.net", 1),
];

/// Mobile operator prefixes (after the 0 / +62).
pub const OPERATOR_PREFIXES: &[&str] = &[
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855",
    "856", "857", "858", "817", "818", "819", "859", "877", "878", "831", "832", "833", "838",
    "895", "896", "897", "898", "899", "881", "882", "883", "887", "888", "889",
];

/// Labels a Chatwoot inbox uses.
pub const CHATWOOT_LABELS: &[&str] = &[
    "pelanggan",
    "vip",
    "prospek",
    "komplain",
    "reseller",
    "b2b",
    "desain",
    "cetak",
];
