// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk calendar YEAR`
import type { Recorded } from "./recorded-reply";
import type { CalendarYear } from "$lib/bindings/CalendarYear";

export default {
  "{\"year\":2025}": {
    "ok": {
      "confidence": "confirmed",
      "covered": true,
      "days": [
        {
          "closes_office": true,
          "date": "2025-01-01",
          "kind": "LN",
          "name": "Tahun Baru 2025 Masehi"
        },
        {
          "closes_office": true,
          "date": "2025-01-27",
          "kind": "LN",
          "name": "Isra Mikraj Nabi Muhammad SAW"
        },
        {
          "closes_office": true,
          "date": "2025-01-28",
          "kind": "CB",
          "name": "Tahun Baru Imlek 2576 Kongzili"
        },
        {
          "closes_office": true,
          "date": "2025-01-29",
          "kind": "LN",
          "name": "Tahun Baru Imlek 2576 Kongzili"
        },
        {
          "closes_office": true,
          "date": "2025-03-28",
          "kind": "CB",
          "name": "Hari Suci Nyepi (Tahun Baru Saka 1947)"
        },
        {
          "closes_office": false,
          "date": "2025-03-29",
          "kind": "LN",
          "name": "Hari Suci Nyepi (Tahun Baru Saka 1947)"
        },
        {
          "closes_office": true,
          "date": "2025-03-31",
          "kind": "LN",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-01",
          "kind": "LN",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-02",
          "kind": "CB",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-03",
          "kind": "CB",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-04",
          "kind": "CB",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-07",
          "kind": "CB",
          "name": "Idulfitri 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-04-18",
          "kind": "LN",
          "name": "Wafat Yesus Kristus"
        },
        {
          "closes_office": false,
          "date": "2025-04-20",
          "kind": "LN",
          "name": "Kebangkitan Yesus Kristus (Paskah)"
        },
        {
          "closes_office": true,
          "date": "2025-05-01",
          "kind": "LN",
          "name": "Hari Buruh Internasional"
        },
        {
          "closes_office": true,
          "date": "2025-05-12",
          "kind": "LN",
          "name": "Hari Raya Waisak 2569 BE"
        },
        {
          "closes_office": true,
          "date": "2025-05-13",
          "kind": "CB",
          "name": "Hari Raya Waisak"
        },
        {
          "closes_office": true,
          "date": "2025-05-29",
          "kind": "LN",
          "name": "Kenaikan Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2025-05-30",
          "kind": "CB",
          "name": "Kenaikan Yesus Kristus"
        },
        {
          "closes_office": false,
          "date": "2025-06-01",
          "kind": "LN",
          "name": "Hari Lahir Pancasila"
        },
        {
          "closes_office": true,
          "date": "2025-06-06",
          "kind": "LN",
          "name": "Iduladha 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-06-09",
          "kind": "CB",
          "name": "Iduladha 1446 H"
        },
        {
          "closes_office": true,
          "date": "2025-06-27",
          "kind": "LN",
          "name": "1 Muharam Tahun Baru Islam 1447 H"
        },
        {
          "closes_office": false,
          "date": "2025-08-17",
          "kind": "LN",
          "name": "Proklamasi Kemerdekaan"
        },
        {
          "closes_office": true,
          "date": "2025-08-18",
          "kind": "CB",
          "name": "HUT ke-80 RI"
        },
        {
          "closes_office": true,
          "date": "2025-09-05",
          "kind": "LN",
          "name": "Maulid Nabi Muhammad SAW"
        },
        {
          "closes_office": true,
          "date": "2025-12-25",
          "kind": "LN",
          "name": "Kelahiran Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2025-12-26",
          "kind": "CB",
          "name": "Kelahiran Yesus Kristus"
        }
      ],
      "decree": "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024 (14 Oktober 2024), diubah dengan SKB No. 933/2025, 1/2025, 3/2025 (7 Agustus 2025: cuti bersama 18 Agustus)",
      "observes_cuti_bersama": true,
      "working_days": 237,
      "year": 2025
    }
  },
  "{\"year\":2026}": {
    "ok": {
      "confidence": "confirmed",
      "covered": true,
      "days": [
        {
          "closes_office": true,
          "date": "2026-01-01",
          "kind": "LN",
          "name": "Tahun Baru 2026 Masehi"
        },
        {
          "closes_office": true,
          "date": "2026-01-16",
          "kind": "LN",
          "name": "Isra Mikraj Nabi Muhammad SAW"
        },
        {
          "closes_office": true,
          "date": "2026-02-16",
          "kind": "CB",
          "name": "Tahun Baru Imlek 2577 Kongzili"
        },
        {
          "closes_office": true,
          "date": "2026-02-17",
          "kind": "LN",
          "name": "Tahun Baru Imlek 2577 Kongzili"
        },
        {
          "closes_office": true,
          "date": "2026-03-18",
          "kind": "CB",
          "name": "Hari Suci Nyepi"
        },
        {
          "closes_office": true,
          "date": "2026-03-19",
          "kind": "LN",
          "name": "Hari Suci Nyepi (Tahun Baru Saka 1948)"
        },
        {
          "closes_office": true,
          "date": "2026-03-20",
          "kind": "CB",
          "name": "Idulfitri 1447 H"
        },
        {
          "closes_office": false,
          "date": "2026-03-21",
          "kind": "LN",
          "name": "Idulfitri 1447 H"
        },
        {
          "closes_office": false,
          "date": "2026-03-22",
          "kind": "LN",
          "name": "Idulfitri 1447 H"
        },
        {
          "closes_office": true,
          "date": "2026-03-23",
          "kind": "CB",
          "name": "Idulfitri 1447 H"
        },
        {
          "closes_office": true,
          "date": "2026-03-24",
          "kind": "CB",
          "name": "Idulfitri 1447 H"
        },
        {
          "closes_office": true,
          "date": "2026-04-03",
          "kind": "LN",
          "name": "Wafat Yesus Kristus"
        },
        {
          "closes_office": false,
          "date": "2026-04-05",
          "kind": "LN",
          "name": "Kebangkitan Yesus Kristus (Paskah)"
        },
        {
          "closes_office": true,
          "date": "2026-05-01",
          "kind": "LN",
          "name": "Hari Buruh Internasional"
        },
        {
          "closes_office": true,
          "date": "2026-05-14",
          "kind": "LN",
          "name": "Kenaikan Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2026-05-15",
          "kind": "CB",
          "name": "Kenaikan Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2026-05-27",
          "kind": "LN",
          "name": "Iduladha 1447 H"
        },
        {
          "closes_office": true,
          "date": "2026-05-28",
          "kind": "CB",
          "name": "Iduladha 1447 H"
        },
        {
          "closes_office": false,
          "date": "2026-05-31",
          "kind": "LN",
          "name": "Hari Raya Waisak 2570 BE"
        },
        {
          "closes_office": true,
          "date": "2026-06-01",
          "kind": "LN",
          "name": "Hari Lahir Pancasila"
        },
        {
          "closes_office": true,
          "date": "2026-06-16",
          "kind": "LN",
          "name": "1 Muharam Tahun Baru Islam 1448 H"
        },
        {
          "closes_office": true,
          "date": "2026-08-17",
          "kind": "LN",
          "name": "Proklamasi Kemerdekaan"
        },
        {
          "closes_office": true,
          "date": "2026-08-25",
          "kind": "LN",
          "name": "Maulid Nabi Muhammad SAW"
        },
        {
          "closes_office": false,
          "date": "2026-12-19",
          "kind": "closure",
          "name": "Kantor tutup: odalan pura"
        },
        {
          "closes_office": true,
          "date": "2026-12-24",
          "kind": "CB",
          "name": "Kelahiran Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2026-12-25",
          "kind": "LN",
          "name": "Kelahiran Yesus Kristus (Natal)"
        }
      ],
      "decree": "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025 (19 September 2025)",
      "observes_cuti_bersama": true,
      "working_days": 240,
      "year": 2026
    }
  },
  "{\"year\":2027}": {
    "ok": {
      "confidence": "medium",
      "covered": true,
      "days": [
        {
          "closes_office": true,
          "date": "2027-01-01",
          "kind": "LN",
          "name": "Tahun Baru 2027 Masehi"
        },
        {
          "closes_office": true,
          "date": "2027-01-05",
          "kind": "LN",
          "name": "Isra Mikraj Nabi Muhammad SAW (1448 H)"
        },
        {
          "closes_office": true,
          "date": "2027-02-05",
          "kind": "CB",
          "name": "Tahun Baru Imlek 2578 Kongzili"
        },
        {
          "closes_office": false,
          "date": "2027-02-06",
          "kind": "LN",
          "name": "Tahun Baru Imlek 2578 Kongzili"
        },
        {
          "closes_office": true,
          "date": "2027-03-08",
          "kind": "LN",
          "name": "Hari Suci Nyepi (Tahun Baru Saka 1949)"
        },
        {
          "closes_office": true,
          "date": "2027-03-09",
          "kind": "CB",
          "name": "Idulfitri 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-03-10",
          "kind": "LN",
          "name": "Idulfitri 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-03-11",
          "kind": "LN",
          "name": "Idulfitri 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-03-12",
          "kind": "CB",
          "name": "Idulfitri 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-03-15",
          "kind": "CB",
          "name": "Idulfitri 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-03-25",
          "kind": "CB",
          "name": "Wafat Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2027-03-26",
          "kind": "LN",
          "name": "Wafat Yesus Kristus"
        },
        {
          "closes_office": false,
          "date": "2027-03-28",
          "kind": "LN",
          "name": "Kebangkitan Yesus Kristus (Paskah)"
        },
        {
          "closes_office": false,
          "date": "2027-05-01",
          "kind": "LN",
          "name": "Hari Buruh Internasional"
        },
        {
          "closes_office": true,
          "date": "2027-05-06",
          "kind": "LN",
          "name": "Kenaikan Yesus Kristus"
        },
        {
          "closes_office": true,
          "date": "2027-05-17",
          "kind": "LN",
          "name": "Iduladha 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-05-18",
          "kind": "CB",
          "name": "Iduladha 1448 H"
        },
        {
          "closes_office": true,
          "date": "2027-05-19",
          "kind": "CB",
          "name": "Hari Raya Waisak 2571 BE"
        },
        {
          "closes_office": true,
          "date": "2027-05-20",
          "kind": "LN",
          "name": "Hari Raya Waisak 2571 BE"
        },
        {
          "closes_office": true,
          "date": "2027-06-01",
          "kind": "LN",
          "name": "Hari Lahir Pancasila"
        },
        {
          "closes_office": false,
          "date": "2027-06-06",
          "kind": "LN",
          "name": "1 Muharam Tahun Baru Islam 1449 H"
        },
        {
          "closes_office": false,
          "date": "2027-08-15",
          "kind": "LN",
          "name": "Maulid Nabi Muhammad SAW"
        },
        {
          "closes_office": true,
          "date": "2027-08-17",
          "kind": "LN",
          "name": "Proklamasi Kemerdekaan"
        },
        {
          "closes_office": true,
          "date": "2027-12-24",
          "kind": "CB",
          "name": "Kelahiran Yesus Kristus (Natal)"
        },
        {
          "closes_office": false,
          "date": "2027-12-25",
          "kind": "LN",
          "name": "Kelahiran Yesus Kristus (Natal)"
        },
        {
          "closes_office": false,
          "date": "2027-12-26",
          "kind": "LN",
          "name": "Isra Mikraj Nabi Muhammad SAW (1449 H)"
        }
      ],
      "decree": "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205/2026, 3/2026, 2/2026 (15 September 2026)",
      "observes_cuti_bersama": true,
      "working_days": 242,
      "year": 2027
    }
  }
} satisfies Record<string, Recorded<CalendarYear>>;
