//! The invented office's vocabulary: Indonesian given names and family names, cities with real
//! kelurahan/kecamatan/postcode triples, streets, products, e-mail domains and operator prefixes.
//! Every person made from these is invented.

/// Men's given names (Javanese, Sundanese, Muslim, Christian, Chinese-Indonesian).
pub const FIRST_MALE: &[&str] = &[
    "Agus", "Ahmad", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Deni", "Dimas", "Eko", "Fajar",
    "Fauzi", "Galih", "Hadi", "Hendra", "Heru", "Ilham", "Irfan", "Joko", "Kevin", "Lukman",
    "Muhammad", "Rizki", "Rudi", "Ryan", "Sigit", "Slamet", "Taufik", "Teguh", "Wahyu", "Yoga",
    "Yusuf", "Reza", "Aditya", "Bayu", "Dodi", "Fikri", "Gilang", "Hasan", "Iwan", "Johan",
    "Nanda", "Oki", "Rahmat", "Rangga", "Satria", "Tommy", "Ujang", "Wawan", "Yanto", "Asep",
    "Cecep", "Dadang", "Hendrik", "Stevanus", "Yohanes", "Michael", "Daniel", "Rafi", "Bagus",
    "Danu", "Ferry", "Gunawan", "Imam", "Krisna", "Mulyadi",
];

/// Women's given names.
pub const FIRST_FEMALE: &[&str] = &[
    "Ani",
    "Ayu",
    "Dewi",
    "Dian",
    "Dina",
    "Eka",
    "Endah",
    "Fitri",
    "Indah",
    "Intan",
    "Lina",
    "Lia",
    "Maya",
    "Mega",
    "Nia",
    "Novi",
    "Nur",
    "Putri",
    "Rina",
    "Rini",
    "Ratna",
    "Sari",
    "Siti",
    "Sri",
    "Tika",
    "Tri",
    "Wulan",
    "Yuni",
    "Yulia",
    "Anisa",
    "Annisa",
    "Citra",
    "Desi",
    "Evi",
    "Fanny",
    "Gita",
    "Hana",
    "Ira",
    "Kartika",
    "Laras",
    "Melati",
    "Nadia",
    "Nisa",
    "Okta",
    "Puspa",
    "Rahma",
    "Salsabila",
    "Tiara",
    "Vina",
    "Winda",
    "Yanti",
    "Zahra",
    "Cindy",
    "Jessica",
    "Grace",
    "Yohana",
    "Meilani",
    "Stefani",
    "Felicia",
    "Aulia",
    "Bunga",
    "Dinda",
    "Elisa",
    "Farah",
    "Hesti",
    "Kurnia",
    "Lusi",
    "Mira",
];

/// Family names and second names (Javanese, Batak marga, Minahasa, Chinese-Indonesian, …).
pub const FAMILY: &[&str] = &[
    "Santoso",
    "Wibowo",
    "Hidayat",
    "Saputra",
    "Pratama",
    "Kurniawan",
    "Setiawan",
    "Gunawan",
    "Susanto",
    "Wijaya",
    "Hartono",
    "Prasetyo",
    "Sulistyo",
    "Purnomo",
    "Suryadi",
    "Permana",
    "Ramadhan",
    "Firmansyah",
    "Maulana",
    "Hakim",
    "Syahputra",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Simanjuntak",
    "Sitompul",
    "Panjaitan",
    "Hutapea",
    "Tambunan",
    "Sinaga",
    "Manurung",
    "Pardede",
    "Tanjung",
    "Halim",
    "Salim",
    "Kusuma",
    "Wenas",
    "Rumengan",
    "Pattinama",
    "Latuconsina",
    "Daulay",
    "Rangkuti",
    "Effendi",
    "Irawan",
    "Hermawan",
    "Nugraha",
    "Iskandar",
    "Munandar",
    "Syahrial",
    "Anwar",
    "Rusdi",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Surbakti",
    "Setiadi",
    "Tanoto",
    "Gozali",
    "Chandra",
    "Sutanto",
    "Budiman",
    "Sihombing",
    "Nainggolan",
];

/// Second names mostly borne by women.
pub const FAMILY_FEMALE: &[&str] = &[
    "Putri",
    "Lestari",
    "Wulandari",
    "Rahmawati",
    "Puspitasari",
    "Anggraini",
    "Handayani",
    "Susanti",
    "Fitriani",
    "Safitri",
    "Permatasari",
    "Maharani",
    "Novitasari",
    "Yuliani",
    "Utami",
    "Kusumawati",
    "Pratiwi",
    "Rahayu",
    "Hidayati",
    "Oktaviani",
    "Ramadhani",
];

/// What people put after a WhatsApp push name.
pub const NICK_EMOJI: &[&str] = &["🌷", "🌸", "✨", "🙏", "😊", "💕", "🌻", "⭐", "🍀", "☕"];

/// An area of a city: kelurahan, kecamatan, postcode.
pub struct Area {
    pub kelurahan: &'static str,
    pub kecamatan: &'static str,
    pub postcode: &'static str,
}

/// A city (kota/kabupaten) with its province and some of its areas.
pub struct City {
    pub name: &'static str,
    pub province: &'static str,
    pub areas: &'static [Area],
}

/// The cities, in a fixed order: planted people name them by index.
pub const CITIES: &[City] = &[
    City {
        name: "Jakarta Selatan",
        province: "DKI Jakarta",
        areas: &[
            Area {
                kelurahan: "Tebet Barat",
                kecamatan: "Tebet",
                postcode: "12810",
            },
            Area {
                kelurahan: "Kramat Pela",
                kecamatan: "Kebayoran Baru",
                postcode: "12130",
            },
            Area {
                kelurahan: "Cilandak Barat",
                kecamatan: "Cilandak",
                postcode: "12430",
            },
        ],
    },
    City {
        name: "Jakarta Timur",
        province: "DKI Jakarta",
        areas: &[
            Area {
                kelurahan: "Rawamangun",
                kecamatan: "Pulo Gadung",
                postcode: "13220",
            },
            Area {
                kelurahan: "Cipinang Melayu",
                kecamatan: "Makasar",
                postcode: "13620",
            },
        ],
    },
    City {
        name: "Jakarta Pusat",
        province: "DKI Jakarta",
        areas: &[
            Area {
                kelurahan: "Cempaka Putih Timur",
                kecamatan: "Cempaka Putih",
                postcode: "10510",
            },
            Area {
                kelurahan: "Kebon Kacang",
                kecamatan: "Tanah Abang",
                postcode: "10240",
            },
        ],
    },
    City {
        name: "Jakarta Utara",
        province: "DKI Jakarta",
        areas: &[
            Area {
                kelurahan: "Ancol",
                kecamatan: "Pademangan",
                postcode: "14430",
            },
            Area {
                kelurahan: "Kelapa Gading Barat",
                kecamatan: "Kelapa Gading",
                postcode: "14240",
            },
        ],
    },
    City {
        name: "Bandung",
        province: "Jawa Barat",
        areas: &[
            Area {
                kelurahan: "Dago",
                kecamatan: "Coblong",
                postcode: "40135",
            },
            Area {
                kelurahan: "Cihapit",
                kecamatan: "Bandung Wetan",
                postcode: "40114",
            },
            Area {
                kelurahan: "Antapani Kidul",
                kecamatan: "Antapani",
                postcode: "40291",
            },
        ],
    },
    City {
        name: "Bekasi",
        province: "Jawa Barat",
        areas: &[
            Area {
                kelurahan: "Jakasampurna",
                kecamatan: "Bekasi Barat",
                postcode: "17145",
            },
            Area {
                kelurahan: "Pekayon Jaya",
                kecamatan: "Bekasi Selatan",
                postcode: "17148",
            },
        ],
    },
    City {
        name: "Depok",
        province: "Jawa Barat",
        areas: &[
            Area {
                kelurahan: "Beji",
                kecamatan: "Beji",
                postcode: "16421",
            },
            Area {
                kelurahan: "Mekarsari",
                kecamatan: "Cimanggis",
                postcode: "16452",
            },
        ],
    },
    City {
        name: "Bogor",
        province: "Jawa Barat",
        areas: &[
            Area {
                kelurahan: "Tegallega",
                kecamatan: "Bogor Tengah",
                postcode: "16129",
            },
            Area {
                kelurahan: "Baranangsiang",
                kecamatan: "Bogor Timur",
                postcode: "16143",
            },
        ],
    },
    City {
        name: "Tangerang Selatan",
        province: "Banten",
        areas: &[
            Area {
                kelurahan: "Pondok Aren",
                kecamatan: "Pondok Aren",
                postcode: "15224",
            },
            Area {
                kelurahan: "Rawa Buntu",
                kecamatan: "Serpong",
                postcode: "15318",
            },
        ],
    },
    City {
        name: "Surabaya",
        province: "Jawa Timur",
        areas: &[
            Area {
                kelurahan: "Gubeng",
                kecamatan: "Gubeng",
                postcode: "60281",
            },
            Area {
                kelurahan: "Darmo",
                kecamatan: "Wonokromo",
                postcode: "60241",
            },
            Area {
                kelurahan: "Manyar Sabrangan",
                kecamatan: "Mulyorejo",
                postcode: "60116",
            },
        ],
    },
    City {
        name: "Semarang",
        province: "Jawa Tengah",
        areas: &[
            Area {
                kelurahan: "Pleburan",
                kecamatan: "Semarang Selatan",
                postcode: "50241",
            },
            Area {
                kelurahan: "Tembalang",
                kecamatan: "Tembalang",
                postcode: "50275",
            },
        ],
    },
    City {
        name: "Yogyakarta",
        province: "DI Yogyakarta",
        areas: &[
            Area {
                kelurahan: "Terban",
                kecamatan: "Gondokusuman",
                postcode: "55223",
            },
            Area {
                kelurahan: "Prawirodirjan",
                kecamatan: "Gondomanan",
                postcode: "55121",
            },
        ],
    },
    City {
        name: "Medan",
        province: "Sumatera Utara",
        areas: &[
            Area {
                kelurahan: "Petisah Tengah",
                kecamatan: "Medan Petisah",
                postcode: "20112",
            },
            Area {
                kelurahan: "Sei Sikambing B",
                kecamatan: "Medan Sunggal",
                postcode: "20122",
            },
        ],
    },
    City {
        name: "Denpasar",
        province: "Bali",
        areas: &[
            Area {
                kelurahan: "Sumerta Kelod",
                kecamatan: "Denpasar Timur",
                postcode: "80239",
            },
            Area {
                kelurahan: "Panjer",
                kecamatan: "Denpasar Selatan",
                postcode: "80225",
            },
        ],
    },
    City {
        name: "Makassar",
        province: "Sulawesi Selatan",
        areas: &[
            Area {
                kelurahan: "Pandang",
                kecamatan: "Panakkukang",
                postcode: "90231",
            },
            Area {
                kelurahan: "Maricaya",
                kecamatan: "Makassar",
                postcode: "90142",
            },
        ],
    },
    City {
        name: "Malang",
        province: "Jawa Timur",
        areas: &[
            Area {
                kelurahan: "Lowokwaru",
                kecamatan: "Lowokwaru",
                postcode: "65141",
            },
            Area {
                kelurahan: "Klojen",
                kecamatan: "Klojen",
                postcode: "65111",
            },
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

/// Honorifics and Balinese birth-order words: not name tokens when comparing names.
pub const PARTICLES: &[&str] = &[
    "bapak", "bpk", "bu", "gede", "h", "hj", "i", "ibu", "kadek", "kak", "ketut", "komang", "luh",
    "made", "mas", "mbak", "ni", "nyoman", "pak", "putu", "wayan",
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
