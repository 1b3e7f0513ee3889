// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk hit show`
import type { Recorded } from "./recorded-reply";
import type { HitRecord } from "$lib/bindings/HitRecord";

export default {
  "{\"id\":100}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "13/07/23 23.13",
            "role": "date",
            "value": "13/07/23 23.13"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 90,
          "kind": "message",
          "line": 104
        },
        "number": 90,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":101}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "14/07/23 08.53",
            "role": "date",
            "value": "14/07/23 08.53"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 91,
          "kind": "message",
          "line": 105
        },
        "number": 91,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":102}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "14/07/23 11.51",
            "role": "date",
            "value": "14/07/23 11.51"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 92,
          "kind": "message",
          "line": 106
        },
        "number": 92,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":103}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "14/07/23 18.46",
            "role": "date",
            "value": "14/07/23 18.46"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 93,
          "kind": "message",
          "line": 107
        },
        "number": 93,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":104}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "14/07/23 22.15",
            "role": "date",
            "value": "14/07/23 22.15"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer DP-nya",
            "role": "text",
            "value": "Sudah saya transfer DP-nya"
          }
        ],
        "locator": {
          "index": 94,
          "kind": "message",
          "line": 108
        },
        "number": 94,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":105}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "15/07/23 08.47",
            "role": "date",
            "value": "15/07/23 08.47"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 95,
          "kind": "message",
          "line": 109
        },
        "number": 95,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":106}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "15/07/23 18.02",
            "role": "date",
            "value": "15/07/23 18.02"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Satu lagi pak, mohon kirimkan salinan semua data saya yang disimpan ya, sudah saya email juga ke privasi@majujayakreatif.co.id",
            "role": "text",
            "value": "Satu lagi pak, mohon kirimkan salinan semua data saya yang disimpan ya, sudah saya email juga ke privasi@majujayakreatif.co.id"
          }
        ],
        "locator": {
          "index": 96,
          "kind": "message",
          "line": 110
        },
        "number": 96,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":107}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 3,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 9,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 142,
              "start": 139,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "Submission time",
            "raw": "2024-05-03T12:40:38.000Z",
            "role": "date",
            "value": "2024-05-03T12:40:38.000Z"
          },
          {
            "column": "First name",
            "raw": "tri",
            "role": "name",
            "value": "tri"
          },
          {
            "column": "Last name",
            "raw": "wulandari",
            "role": "name",
            "value": "wulandari"
          },
          {
            "column": "Email",
            "raw": "TRI.WULANDARI94@GMAIL.COM",
            "role": "email",
            "value": "TRI.WULANDARI94@GMAIL.COM"
          },
          {
            "column": "Phone",
            "raw": "0838-9895-8528",
            "role": "phone",
            "value": "0838-9895-8528"
          },
          {
            "column": "Address",
            "raw": "jl cikutra no 16 rt 13 rw 2 kel cilandak barat kec cilandak jakarta selatan",
            "role": "address",
            "value": "jl cikutra no 16 rt 13 rw 2 kel cilandak barat kec cilandak jakarta selatan"
          },
          {
            "column": "Message",
            "raw": "Halo kak, saya mau tanya soal pesanan \"undangan pernikahan\" kemarin,\napakah bisa dikirim ke alamat saya di Jakarta Selatan?\n\nTerima kasih, Tri",
            "role": "text",
            "value": "Halo kak, saya mau tanya soal pesanan \"undangan pernikahan\" kemarin,\napakah bisa dikirim ke alamat saya di Jakarta Selatan?\n\nTerima kasih, Tri"
          },
          {
            "column": "Submission ID",
            "raw": "0641b88c-7d05-48b4-830f-2b7a832d88ed",
            "role": "id",
            "value": "0641b88c-7d05-48b4-830f-2b7a832d88ed"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 20
        },
        "number": 17,
        "record_id": "0641b88c-7d05-48b4-830f-2b7a832d88ed",
        "warnings": []
      }
    }
  },
  "{\"id\":108}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 10,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 4,
              "start": 0,
              "tone": "weak"
            },
            {
              "end": 10,
              "start": 5,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "id",
            "raw": "41",
            "role": "id",
            "value": "41"
          },
          {
            "column": "name",
            "raw": "Budi Lubis",
            "role": "name",
            "value": "Budi Lubis"
          },
          {
            "column": "email",
            "raw": "budi.lubis@yahoo.co.id",
            "role": "email",
            "value": "budi.lubis@yahoo.co.id"
          },
          {
            "column": "phone_number",
            "raw": "+6288188514711",
            "role": "phone",
            "value": "+6288188514711"
          },
          {
            "column": "labels",
            "raw": "pelanggan,b2b",
            "role": "other",
            "value": "pelanggan,b2b"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 23
        },
        "number": 22,
        "record_id": "41",
        "warnings": []
      }
    }
  },
  "{\"id\":109}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "id",
            "raw": "417",
            "role": "id",
            "value": "417"
          },
          {
            "column": "name",
            "raw": "Budi Setiawan",
            "role": "name",
            "value": "Budi Setiawan"
          },
          {
            "column": "email",
            "raw": "budisetiawan@gmail.com",
            "role": "email",
            "value": "budisetiawan@gmail.com"
          },
          {
            "column": "phone_number",
            "raw": "+6288188514712",
            "role": "phone",
            "value": "+6288188514712"
          },
          {
            "column": "labels",
            "raw": "prospek",
            "role": "other",
            "value": "prospek"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 194
        },
        "number": 193,
        "record_id": "417",
        "warnings": []
      }
    }
  },
  "{\"id\":10}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 11,
              "start": 2,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Tri Wulandari",
            "role": "name",
            "value": "Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "t.wulandari@karyaprima.com",
            "role": "email",
            "value": "t.wulandari@karyaprima.com"
          },
          {
            "column": "BillingAddress",
            "raw": "CV Karya Prima, Jl. Diponegoro No.93 Sei Sikambing B Medan 20122",
            "role": "address",
            "value": "CV Karya Prima, Jl. Diponegoro No.93 Sei Sikambing B Medan 20122"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "11/04/2024",
            "role": "date",
            "value": "11/04/2024"
          },
          {
            "column": "*DueDate",
            "raw": "26/05/2024",
            "role": "date",
            "value": "26/05/2024"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10350",
            "role": "id",
            "value": "10350"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "PO dari CV Karya Prima",
            "role": "text",
            "value": "PO dari CV Karya Prima"
          },
          {
            "column": "*ProductName",
            "raw": "Paket Website UMKM",
            "role": "other",
            "value": "Paket Website UMKM"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "1",
            "role": "other",
            "value": "1"
          },
          {
            "column": "Unit",
            "raw": "Paket",
            "role": "other",
            "value": "Paket"
          },
          {
            "column": "*UnitPrice",
            "raw": "6405500",
            "role": "other",
            "value": "6405500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "YES",
            "role": "other",
            "value": "YES"
          },
          {
            "column": "#PaymentMethod",
            "raw": "Cash",
            "role": "other",
            "value": "Cash"
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "1-10002",
            "role": "other",
            "value": "1-10002"
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR, USD, CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "cell",
          "row": 281,
          "sheet": "Sheet1"
        },
        "number": 280,
        "record_id": "10350#1",
        "warnings": []
      }
    }
  },
  "{\"id\":110}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 10,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 30,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 21,
              "tone": "weak"
            },
            {
              "end": 34,
              "start": 26,
              "tone": "weak"
            },
            {
              "end": 40,
              "start": 35,
              "tone": "weak"
            },
            {
              "end": 150,
              "start": 146,
              "tone": "weak"
            },
            {
              "end": 156,
              "start": 151,
              "tone": "weak"
            },
            {
              "end": 231,
              "start": 226,
              "tone": "weak"
            },
            {
              "end": 237,
              "start": 233,
              "tone": "weak"
            },
            {
              "end": 302,
              "start": 298,
              "tone": "weak"
            },
            {
              "end": 308,
              "start": 303,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "from name",
            "raw": "Budi Lubis",
            "role": "name",
            "value": "Budi Lubis"
          },
          {
            "column": "from",
            "raw": "budi@ptsinarjayalogistik.co.id",
            "role": "email",
            "value": "budi@ptsinarjayalogistik.co.id"
          },
          {
            "column": "date",
            "raw": "2024-07-02T13:40:00+07:00",
            "role": "date",
            "value": "2024-07-02T13:40:00+07:00"
          },
          {
            "column": "subject",
            "raw": "Permohonan Penghapusan Data Pribadi",
            "role": "text",
            "value": "Permohonan Penghapusan Data Pribadi"
          },
          {
            "column": "body",
            "raw": "Selamat siang,\n\nSaya Budi Setiawan Lubis memohon agar seluruh data pribadi saya di CV Maju Jaya Kreatif dihapus.\nDulu saya terdaftar dengan email budi.lubis@yahoo.co.id dan nomor HP 0881-8851-4711.\nDi faktur mungkin tertulis \"Lubis, Budi S.\".\n\nMohon konfirmasi setelah penghapusan selesai.\n\nSalam,\nBudi Lubis\nPT Sinar Jaya Logistik\n",
            "role": "text",
            "value": "Selamat siang,\n\nSaya Budi Setiawan Lubis memohon agar seluruh data pribadi saya di CV Maju Jaya Kreatif dihapus.\nDulu saya terdaftar dengan email budi.lubis@yahoo.co.id dan nomor HP 0881-8851-4711.\nDi faktur mungkin tertulis \"Lubis, Budi S.\".\n\nMohon konfirmasi setelah penghapusan selesai.\n\nSalam,\nBudi Lubis\nPT Sinar Jaya Logistik"
          }
        ],
        "locator": {
          "kind": "mail",
          "message_id": "7b78b1ee5203d7245025b8ce@s2.mail.example"
        },
        "number": 1,
        "record_id": "<7b78b1ee5203d7245025b8ce@s2.mail.example>",
        "warnings": []
      }
    }
  },
  "{\"id\":111}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "Timestamp",
            "raw": "2023/07/08 10:18:42 AM GMT+7",
            "role": "date",
            "value": "2023/07/08 10:18:42 AM GMT+7"
          },
          {
            "column": "Email Address",
            "raw": "budisetiawan@gmail.com",
            "role": "email",
            "value": "budisetiawan@gmail.com"
          },
          {
            "column": "Nama Lengkap",
            "raw": "Budi Setiawan",
            "role": "name",
            "value": "Budi Setiawan"
          },
          {
            "column": "Nomor WhatsApp",
            "raw": "+62 881-8851-4712",
            "role": "phone",
            "value": "+62 881-8851-4712"
          },
          {
            "column": "Alamat Pengiriman",
            "raw": "Jl. Diponegoro No.17 Pleburan Semarang 50241",
            "role": "address",
            "value": "Jl. Diponegoro No.17 Pleburan Semarang 50241"
          },
          {
            "column": "Pesan / Pertanyaan",
            "raw": "Info harga banner 3x1 meter.",
            "role": "text",
            "value": "Info harga banner 3x1 meter."
          },
          {
            "column": "Saya menyetujui data saya diproses sesuai UU PDP",
            "raw": "Ya, saya setuju",
            "role": "other",
            "value": "Ya, saya setuju"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 62
        },
        "number": 54,
        "record_id": "2023/07/08 10:18:42 AM GMT+7",
        "warnings": []
      }
    }
  },
  "{\"id\":112}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 14,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 4,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 8,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 5,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 4,
              "start": 0,
              "tone": "weak"
            },
            {
              "end": 10,
              "start": 5,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "*Display Name",
            "raw": "Lubis, Budi S.",
            "role": "name",
            "value": "Lubis, Budi S."
          },
          {
            "column": "Company Name",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Title",
            "raw": "Bpk.",
            "role": "other",
            "value": "Bpk."
          },
          {
            "column": "First Name",
            "raw": "Budi",
            "role": "name",
            "value": "Budi"
          },
          {
            "column": "Middle Name",
            "raw": "Setiawan",
            "role": "name",
            "value": "Setiawan"
          },
          {
            "column": "Last Name",
            "raw": "Lubis",
            "role": "name",
            "value": "Lubis"
          },
          {
            "column": "Billing Address",
            "raw": "Perum Griya Asri Blok C No. 35",
            "role": "address",
            "value": "Perum Griya Asri Blok C No. 35"
          },
          {
            "column": "BillingAddressNo",
            "raw": "35",
            "role": "address",
            "value": "35"
          },
          {
            "column": "BillingAddressRT",
            "raw": "001",
            "role": "address",
            "value": "001"
          },
          {
            "column": "BillingAddressRW",
            "raw": "003",
            "role": "address",
            "value": "003"
          },
          {
            "column": "BillingAddressPostCode",
            "raw": "20122",
            "role": "address",
            "value": "20122"
          },
          {
            "column": "BillingAddressKelurahan",
            "raw": "Sei Sikambing B",
            "role": "address",
            "value": "Sei Sikambing B"
          },
          {
            "column": "BillingAddressKecamatan",
            "raw": "Medan Sunggal",
            "role": "address",
            "value": "Medan Sunggal"
          },
          {
            "column": "BillingAddressKabupaten",
            "raw": "Medan",
            "role": "address",
            "value": "Medan"
          },
          {
            "column": "BillingAddressProvinsi",
            "raw": "Sumatera Utara",
            "role": "address",
            "value": "Sumatera Utara"
          },
          {
            "column": "Shipping Address",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "Email",
            "raw": "budi.lubis@yahoo.co.id",
            "role": "email",
            "value": "budi.lubis@yahoo.co.id"
          },
          {
            "column": "Phone",
            "raw": "",
            "role": "phone",
            "value": ""
          },
          {
            "column": "Mobile",
            "raw": "88188514711",
            "role": "phone",
            "value": "88188514711"
          },
          {
            "column": "Fax",
            "raw": "",
            "role": "phone",
            "value": ""
          },
          {
            "column": "NPWP",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Identity Type",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Identity Number",
            "raw": "",
            "role": "nik",
            "value": ""
          },
          {
            "column": "Other Details",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Balance",
            "raw": "2.970.000,00",
            "role": "other",
            "value": "2.970.000,00"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 55
        },
        "number": 46,
        "record_id": null,
        "warnings": [
          "Mobile: a mobile number that lost its leading 0 (Excel)"
        ]
      }
    }
  },
  "{\"id\":113}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 14,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 4,
              "start": 0,
              "tone": "weak"
            },
            {
              "end": 10,
              "start": 5,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Lubis, Budi S.",
            "role": "name",
            "value": "Lubis, Budi S."
          },
          {
            "column": "Email",
            "raw": "BUDI.LUBIS@YAHOO.CO.ID",
            "role": "email",
            "value": "BUDI.LUBIS@YAHOO.CO.ID"
          },
          {
            "column": "BillingAddress",
            "raw": "Perum Griya Asri Blok C No.35 Sei Sikambing B Medan 20122",
            "role": "address",
            "value": "Perum Griya Asri Blok C No.35 Sei Sikambing B Medan 20122"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "05/02/2024",
            "role": "date",
            "value": "05/02/2024"
          },
          {
            "column": "*DueDate",
            "raw": "06/03/2024",
            "role": "date",
            "value": "06/03/2024"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10312",
            "role": "id",
            "value": "10312"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "WA 6288188514711",
            "role": "text",
            "value": "WA 6288188514711"
          },
          {
            "column": "*ProductName",
            "raw": "Konsultasi Branding (per jam)",
            "role": "other",
            "value": "Konsultasi Branding (per jam)"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "3",
            "role": "other",
            "value": "3"
          },
          {
            "column": "Unit",
            "raw": "Jam",
            "role": "other",
            "value": "Jam"
          },
          {
            "column": "*UnitPrice",
            "raw": "317500",
            "role": "other",
            "value": "317500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "YES",
            "role": "other",
            "value": "YES"
          },
          {
            "column": "#PaymentMethod",
            "raw": "Transfer Bank",
            "role": "other",
            "value": "Transfer Bank"
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "1-10002",
            "role": "other",
            "value": "1-10002"
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "USD",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "line",
          "line": 242
        },
        "number": 241,
        "record_id": "10312#1",
        "warnings": []
      }
    }
  },
  "{\"id\":114}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 14,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 4,
              "start": 0,
              "tone": "weak"
            },
            {
              "end": 10,
              "start": 5,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Lubis, Budi S.",
            "role": "name",
            "value": "Lubis, Budi S."
          },
          {
            "column": "Email",
            "raw": "BUDI.LUBIS@YAHOO.CO.ID",
            "role": "email",
            "value": "BUDI.LUBIS@YAHOO.CO.ID"
          },
          {
            "column": "BillingAddress",
            "raw": "Perum Griya Asri Blok C No.35 Sei Sikambing B Medan 20122",
            "role": "address",
            "value": "Perum Griya Asri Blok C No.35 Sei Sikambing B Medan 20122"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "05/02/2024",
            "role": "date",
            "value": "05/02/2024"
          },
          {
            "column": "*DueDate",
            "raw": "06/03/2024",
            "role": "date",
            "value": "06/03/2024"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10312",
            "role": "id",
            "value": "10312"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "WA 6288188514711",
            "role": "text",
            "value": "WA 6288188514711"
          },
          {
            "column": "*ProductName",
            "raw": "Konsultasi Branding (per jam)",
            "role": "other",
            "value": "Konsultasi Branding (per jam)"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "3",
            "role": "other",
            "value": "3"
          },
          {
            "column": "Unit",
            "raw": "Jam",
            "role": "other",
            "value": "Jam"
          },
          {
            "column": "*UnitPrice",
            "raw": "317500",
            "role": "other",
            "value": "317500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "YES",
            "role": "other",
            "value": "YES"
          },
          {
            "column": "#PaymentMethod",
            "raw": "Transfer Bank",
            "role": "other",
            "value": "Transfer Bank"
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "1-10002",
            "role": "other",
            "value": "1-10002"
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR, USD, CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "cell",
          "row": 242,
          "sheet": "Sheet1"
        },
        "number": 241,
        "record_id": "10312#1",
        "warnings": []
      }
    }
  },
  "{\"id\":11}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "18/06/23 16.44",
            "role": "date",
            "value": "18/06/23 16.44"
          },
          {
            "column": "message",
            "raw": "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.",
            "role": "text",
            "value": "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya."
          }
        ],
        "locator": {
          "index": 1,
          "kind": "message",
          "line": 1
        },
        "number": 1,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":12}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "19/06/23 09.19",
            "role": "date",
            "value": "19/06/23 09.19"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Selamat siang, ini dengan CV Maju Jaya Kreatif?",
            "role": "text",
            "value": "Selamat siang, ini dengan CV Maju Jaya Kreatif?"
          }
        ],
        "locator": {
          "index": 2,
          "kind": "message",
          "line": 2
        },
        "number": 2,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":13}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "19/06/23 17.12",
            "role": "date",
            "value": "19/06/23 17.12"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Betul Bu, ada yang bisa kami bantu? 😊",
            "role": "text",
            "value": "Betul Bu, ada yang bisa kami bantu? 😊"
          }
        ],
        "locator": {
          "index": 3,
          "kind": "message",
          "line": 3
        },
        "number": 3,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":14}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "19/06/23 23.19",
            "role": "date",
            "value": "19/06/23 23.19"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Saya mau pesan undangan pernikahan untuk anak saya, kira-kira 300 pcs",
            "role": "text",
            "value": "Saya mau pesan undangan pernikahan untuk anak saya, kira-kira 300 pcs"
          }
        ],
        "locator": {
          "index": 4,
          "kind": "message",
          "line": 4
        },
        "number": 4,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":15}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "20/06/23 09.13",
            "role": "date",
            "value": "20/06/23 09.13"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu. Untuk undangan hardcover harga mulai Rp7.500/pcs ya",
            "role": "text",
            "value": "Baik Bu. Untuk undangan hardcover harga mulai Rp7.500/pcs ya"
          }
        ],
        "locator": {
          "index": 5,
          "kind": "message",
          "line": 5
        },
        "number": 5,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":16}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "20/06/23 18.12",
            "role": "date",
            "value": "20/06/23 18.12"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "IMG-20230620-WA0007.jpg (file terlampir)\nContohnya seperti ini bisa?",
            "role": "text",
            "value": "IMG-20230620-WA0007.jpg (file terlampir)\nContohnya seperti ini bisa?"
          }
        ],
        "locator": {
          "index": 6,
          "kind": "message",
          "line": 6
        },
        "number": 6,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":17}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "20/06/23 21.01",
            "role": "date",
            "value": "20/06/23 21.01"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Bisa Bu 👍",
            "role": "text",
            "value": "Bisa Bu 👍"
          }
        ],
        "locator": {
          "index": 7,
          "kind": "message",
          "line": 8
        },
        "number": 7,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":18}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 23,
              "start": 20,
              "tone": "weak"
            },
            {
              "end": 33,
              "start": 24,
              "tone": "weak"
            },
            {
              "end": 151,
              "start": 126,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "21/06/23 09.17",
            "role": "date",
            "value": "21/06/23 09.17"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Format order:\nNama: Tri Wulandari\nNo HP: 0838-9895-8528\nAlamat: Jl. Cikutra No.16 Cilandak Barat Jakarta Selatan 12430\nEmail: tri.wulandari94@gmail.com",
            "role": "text",
            "value": "Format order:\nNama: Tri Wulandari\nNo HP: 0838-9895-8528\nAlamat: Jl. Cikutra No.16 Cilandak Barat Jakarta Selatan 12430\nEmail: tri.wulandari94@gmail.com"
          }
        ],
        "locator": {
          "index": 8,
          "kind": "message",
          "line": 9
        },
        "number": 8,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":19}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "21/06/23 18.52",
            "role": "date",
            "value": "21/06/23 18.52"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Terima kasih Bu, datanya sudah kami catat",
            "role": "text",
            "value": "Terima kasih Bu, datanya sudah kami catat"
          }
        ],
        "locator": {
          "index": 9,
          "kind": "message",
          "line": 14
        },
        "number": 9,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":1}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "id",
            "raw": "206",
            "role": "id",
            "value": "206"
          },
          {
            "column": "name",
            "raw": "Tri Wulandary",
            "role": "name",
            "value": "Tri Wulandary"
          },
          {
            "column": "email",
            "raw": "triwulandary@yahoo.com",
            "role": "email",
            "value": "triwulandary@yahoo.com"
          },
          {
            "column": "phone_number",
            "raw": "+628330748959",
            "role": "phone",
            "value": "+628330748959"
          },
          {
            "column": "labels",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "line",
          "line": 103
        },
        "number": 102,
        "record_id": "206",
        "warnings": []
      }
    }
  },
  "{\"id\":20}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "22/06/23 10.42",
            "role": "date",
            "value": "22/06/23 10.42"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "<Media tidak disertakan>",
            "role": "text",
            "value": "<Media tidak disertakan>"
          }
        ],
        "locator": {
          "index": 10,
          "kind": "message",
          "line": 15
        },
        "number": 10,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":21}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "22/06/23 16.10",
            "role": "date",
            "value": "22/06/23 16.10"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Pesan ini telah dihapus",
            "role": "text",
            "value": "Pesan ini telah dihapus"
          }
        ],
        "locator": {
          "index": 11,
          "kind": "message",
          "line": 16
        },
        "number": 11,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":22}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "23/06/23 08.03",
            "role": "date",
            "value": "23/06/23 08.03"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Invoice sudah kami kirim ke email Ibu ya",
            "role": "text",
            "value": "Invoice sudah kami kirim ke email Ibu ya"
          }
        ],
        "locator": {
          "index": 12,
          "kind": "message",
          "line": 17
        },
        "number": 12,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":23}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "23/06/23 13.58",
            "role": "date",
            "value": "23/06/23 13.58"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer ya pak, Rp2.250.000 <Pesan ini diedit>",
            "role": "text",
            "value": "Sudah saya transfer ya pak, Rp2.250.000 <Pesan ini diedit>"
          }
        ],
        "locator": {
          "index": 13,
          "kind": "message",
          "line": 18
        },
        "number": 13,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":24}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "23/06/23 23.31",
            "role": "date",
            "value": "23/06/23 23.31"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Anda menghapus pesan ini",
            "role": "text",
            "value": "Anda menghapus pesan ini"
          }
        ],
        "locator": {
          "index": 14,
          "kind": "message",
          "line": 19
        },
        "number": 14,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":25}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "24/06/23 09.25",
            "role": "date",
            "value": "24/06/23 09.25"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke, nanti suami saya yang ambil",
            "role": "text",
            "value": "Oke, nanti suami saya yang ambil"
          }
        ],
        "locator": {
          "index": 15,
          "kind": "message",
          "line": 20
        },
        "number": 15,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":26}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "24/06/23 14.03",
            "role": "date",
            "value": "24/06/23 14.03"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 16,
          "kind": "message",
          "line": 21
        },
        "number": 16,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":27}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "24/06/23 16.33",
            "role": "date",
            "value": "24/06/23 16.33"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Noted Bu 👍",
            "role": "text",
            "value": "Noted Bu 👍"
          }
        ],
        "locator": {
          "index": 17,
          "kind": "message",
          "line": 22
        },
        "number": 17,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":28}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "24/06/23 21.08",
            "role": "date",
            "value": "24/06/23 21.08"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 18,
          "kind": "message",
          "line": 23
        },
        "number": 18,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":29}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "24/06/23 22.21",
            "role": "date",
            "value": "24/06/23 22.21"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 19,
          "kind": "message",
          "line": 25
        },
        "number": 19,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":2}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "id",
            "raw": "583",
            "role": "id",
            "value": "583"
          },
          {
            "column": "name",
            "raw": "Tri Wulandari",
            "role": "name",
            "value": "Tri Wulandari"
          },
          {
            "column": "email",
            "raw": "tri.wulandari94@gmail.com",
            "role": "email",
            "value": "tri.wulandari94@gmail.com"
          },
          {
            "column": "phone_number",
            "raw": "+6283898958528",
            "role": "phone",
            "value": "+6283898958528"
          },
          {
            "column": "labels",
            "raw": "pelanggan",
            "role": "other",
            "value": "pelanggan"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 262
        },
        "number": 261,
        "record_id": "583",
        "warnings": []
      }
    }
  },
  "{\"id\":30}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "25/06/23 07.04",
            "role": "date",
            "value": "25/06/23 07.04"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kapan bisa diambil ya?",
            "role": "text",
            "value": "Kapan bisa diambil ya?"
          }
        ],
        "locator": {
          "index": 20,
          "kind": "message",
          "line": 26
        },
        "number": 20,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":31}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "25/06/23 10.24",
            "role": "date",
            "value": "25/06/23 10.24"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 21,
          "kind": "message",
          "line": 27
        },
        "number": 21,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":32}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "25/06/23 13.18",
            "role": "date",
            "value": "25/06/23 13.18"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 22,
          "kind": "message",
          "line": 28
        },
        "number": 22,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":33}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "25/06/23 18.31",
            "role": "date",
            "value": "25/06/23 18.31"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke, nanti suami saya yang ambil",
            "role": "text",
            "value": "Oke, nanti suami saya yang ambil"
          }
        ],
        "locator": {
          "index": 23,
          "kind": "message",
          "line": 29
        },
        "number": 23,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":34}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "26/06/23 08.59",
            "role": "date",
            "value": "26/06/23 08.59"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 24,
          "kind": "message",
          "line": 30
        },
        "number": 24,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":35}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "26/06/23 18.23",
            "role": "date",
            "value": "26/06/23 18.23"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke pak",
            "role": "text",
            "value": "Oke pak"
          }
        ],
        "locator": {
          "index": 25,
          "kind": "message",
          "line": 31
        },
        "number": 25,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":36}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "26/06/23 19.10",
            "role": "date",
            "value": "26/06/23 19.10"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 26,
          "kind": "message",
          "line": 32
        },
        "number": 26,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":37}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "27/06/23 08.28",
            "role": "date",
            "value": "27/06/23 08.28"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 27,
          "kind": "message",
          "line": 33
        },
        "number": 27,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":38}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "27/06/23 16.10",
            "role": "date",
            "value": "27/06/23 16.10"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 28,
          "kind": "message",
          "line": 34
        },
        "number": 28,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":39}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "27/06/23 22.06",
            "role": "date",
            "value": "27/06/23 22.06"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 29,
          "kind": "message",
          "line": 35
        },
        "number": 29,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":3}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 100,
              "start": 97,
              "tone": "weak"
            },
            {
              "end": 110,
              "start": 101,
              "tone": "weak"
            },
            {
              "end": 145,
              "start": 120,
              "tone": "strong"
            },
            {
              "end": 627,
              "start": 624,
              "tone": "weak"
            },
            {
              "end": 637,
              "start": 628,
              "tone": "weak"
            }
          ],
          "tone": "strong"
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "from name",
            "raw": "Tri Wulandari",
            "role": "name",
            "value": "Tri Wulandari"
          },
          {
            "column": "from",
            "raw": "tri.wulandari94@gmail.com",
            "role": "email",
            "value": "tri.wulandari94@gmail.com"
          },
          {
            "column": "date",
            "raw": "2024-07-01T09:12:00+07:00",
            "role": "date",
            "value": "2024-07-01T09:12:00+07:00"
          },
          {
            "column": "subject",
            "raw": "Permohonan Akses Data Pribadi – UU PDP",
            "role": "text",
            "value": "Permohonan Akses Data Pribadi – UU PDP"
          },
          {
            "column": "body",
            "raw": "Yth. Tim CV Maju Jaya Kreatif,\n\nDengan hormat,\n\nSaya yang bertanda tangan di bawah ini:\nNama   : Tri Wulandari\nEmail  : tri.wulandari94@gmail.com\nNo. HP : +62 838-9895-8528\nAlamat : Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430\n\nBerdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya mengajukan permohonan untuk mendapatkan akses dan salinan seluruh data pribadi saya yang Bapak/Ibu simpan, termasuk data pelanggan, riwayat faktur, isian formulir di website, dan percakapan WhatsApp.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nTri Wulandari\n",
            "role": "text",
            "value": "Yth. Tim CV Maju Jaya Kreatif,\n\nDengan hormat,\n\nSaya yang bertanda tangan di bawah ini:\nNama   : Tri Wulandari\nEmail  : tri.wulandari94@gmail.com\nNo. HP : +62 838-9895-8528\nAlamat : Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430\n\nBerdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, saya mengajukan permohonan untuk mendapatkan akses dan salinan seluruh data pribadi saya yang Bapak/Ibu simpan, termasuk data pelanggan, riwayat faktur, isian formulir di website, dan percakapan WhatsApp.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nTri Wulandari"
          }
        ],
        "locator": {
          "kind": "mail",
          "message_id": "c8e2c71a9949b03c0cd5e9d8@s1.mail.example"
        },
        "number": 1,
        "record_id": "<c8e2c71a9949b03c0cd5e9d8@s1.mail.example>",
        "warnings": []
      }
    }
  },
  "{\"id\":40}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "28/06/23 10.25",
            "role": "date",
            "value": "28/06/23 10.25"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke pak",
            "role": "text",
            "value": "Oke pak"
          }
        ],
        "locator": {
          "index": 30,
          "kind": "message",
          "line": 36
        },
        "number": 30,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":41}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "28/06/23 18.19",
            "role": "date",
            "value": "28/06/23 18.19"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 31,
          "kind": "message",
          "line": 37
        },
        "number": 31,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":42}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "28/06/23 19.48",
            "role": "date",
            "value": "28/06/23 19.48"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 32,
          "kind": "message",
          "line": 38
        },
        "number": 32,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":43}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "28/06/23 19.52",
            "role": "date",
            "value": "28/06/23 19.52"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 33,
          "kind": "message",
          "line": 39
        },
        "number": 33,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":44}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "29/06/23 09.09",
            "role": "date",
            "value": "29/06/23 09.09"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 34,
          "kind": "message",
          "line": 40
        },
        "number": 34,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":45}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "29/06/23 10.32",
            "role": "date",
            "value": "29/06/23 10.32"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer DP-nya",
            "role": "text",
            "value": "Sudah saya transfer DP-nya"
          }
        ],
        "locator": {
          "index": 35,
          "kind": "message",
          "line": 41
        },
        "number": 35,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":46}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "29/06/23 15.15",
            "role": "date",
            "value": "29/06/23 15.15"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 36,
          "kind": "message",
          "line": 42
        },
        "number": 36,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":47}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "30/06/23 08.39",
            "role": "date",
            "value": "30/06/23 08.39"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 37,
          "kind": "message",
          "line": 43
        },
        "number": 37,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":48}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "30/06/23 18.03",
            "role": "date",
            "value": "30/06/23 18.03"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 38,
          "kind": "message",
          "line": 45
        },
        "number": 38,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":49}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "01/07/23 10.23",
            "role": "date",
            "value": "01/07/23 10.23"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 39,
          "kind": "message",
          "line": 46
        },
        "number": 39,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":4}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 11,
              "start": 2,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 90,
              "start": 87,
              "tone": "weak"
            },
            {
              "end": 100,
              "start": 91,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "from name",
            "raw": "Tri Wulandari",
            "role": "name",
            "value": "Tri Wulandari"
          },
          {
            "column": "from",
            "raw": "t.wulandari@karyaprima.com",
            "role": "email",
            "value": "t.wulandari@karyaprima.com"
          },
          {
            "column": "date",
            "raw": "2024-06-20T10:15:00+07:00",
            "role": "date",
            "value": "2024-06-20T10:15:00+07:00"
          },
          {
            "column": "subject",
            "raw": "Pertanyaan faktur 10350",
            "role": "text",
            "value": "Pertanyaan faktur 10350"
          },
          {
            "column": "body",
            "raw": "Selamat pagi,\n\nMohon dikirimkan faktur pajak untuk invoice nomor 10350.\n\nTerima kasih,\nTri Wulandari\nStaf Keuangan CV Karya Prima\nMedan\n",
            "role": "text",
            "value": "Selamat pagi,\n\nMohon dikirimkan faktur pajak untuk invoice nomor 10350.\n\nTerima kasih,\nTri Wulandari\nStaf Keuangan CV Karya Prima\nMedan"
          }
        ],
        "locator": {
          "kind": "mail",
          "message_id": "5f2cee9f90bdaf6433d7b5c4@n1b.mail.example"
        },
        "number": 1,
        "record_id": "<5f2cee9f90bdaf6433d7b5c4@n1b.mail.example>",
        "warnings": []
      }
    }
  },
  "{\"id\":50}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "01/07/23 11.42",
            "role": "date",
            "value": "01/07/23 11.42"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 40,
          "kind": "message",
          "line": 48
        },
        "number": 40,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":51}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "01/07/23 18.15",
            "role": "date",
            "value": "01/07/23 18.15"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 41,
          "kind": "message",
          "line": 49
        },
        "number": 41,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":52}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "01/07/23 20.10",
            "role": "date",
            "value": "01/07/23 20.10"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 42,
          "kind": "message",
          "line": 50
        },
        "number": 42,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":53}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "02/07/23 08.20",
            "role": "date",
            "value": "02/07/23 08.20"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kapan bisa diambil ya?",
            "role": "text",
            "value": "Kapan bisa diambil ya?"
          }
        ],
        "locator": {
          "index": 43,
          "kind": "message",
          "line": 51
        },
        "number": 43,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":54}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "02/07/23 13.12",
            "role": "date",
            "value": "02/07/23 13.12"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 44,
          "kind": "message",
          "line": 52
        },
        "number": 44,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":55}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "02/07/23 14.50",
            "role": "date",
            "value": "02/07/23 14.50"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 45,
          "kind": "message",
          "line": 54
        },
        "number": 45,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":56}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "02/07/23 20.42",
            "role": "date",
            "value": "02/07/23 20.42"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 46,
          "kind": "message",
          "line": 55
        },
        "number": 46,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":57}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 10.31",
            "role": "date",
            "value": "03/07/23 10.31"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 47,
          "kind": "message",
          "line": 56
        },
        "number": 47,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":58}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 12.00",
            "role": "date",
            "value": "03/07/23 12.00"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 48,
          "kind": "message",
          "line": 57
        },
        "number": 48,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":59}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 12.10",
            "role": "date",
            "value": "03/07/23 12.10"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer DP-nya",
            "role": "text",
            "value": "Sudah saya transfer DP-nya"
          }
        ],
        "locator": {
          "index": 49,
          "kind": "message",
          "line": 59
        },
        "number": 49,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":5}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 17,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Ibu Tri Wulandari",
            "role": "name",
            "value": "Ibu Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "Tri.Wulandari94@Gmail.com",
            "role": "email",
            "value": "Tri.Wulandari94@Gmail.com"
          },
          {
            "column": "BillingAddress",
            "raw": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430",
            "role": "address",
            "value": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "31/05/2023",
            "role": "date",
            "value": "31/05/2023"
          },
          {
            "column": "*DueDate",
            "raw": "30/06/2023",
            "role": "date",
            "value": "30/06/2023"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10192",
            "role": "id",
            "value": "10192"
          },
          {
            "column": "Message",
            "raw": "Terima kasih atas kepercayaan Anda.",
            "role": "text",
            "value": "Terima kasih atas kepercayaan Anda."
          },
          {
            "column": "Memo",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*ProductName",
            "raw": "Banner Flexi 280gr",
            "role": "other",
            "value": "Banner Flexi 280gr"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "4",
            "role": "other",
            "value": "4"
          },
          {
            "column": "Unit",
            "raw": "Meter",
            "role": "other",
            "value": "Meter"
          },
          {
            "column": "*UnitPrice",
            "raw": "36500",
            "role": "other",
            "value": "36500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaymentMethod",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "USD",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "line",
          "line": 93
        },
        "number": 92,
        "record_id": "10192#1",
        "warnings": []
      }
    }
  },
  "{\"id\":60}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 19.34",
            "role": "date",
            "value": "03/07/23 19.34"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Noted Bu 👍",
            "role": "text",
            "value": "Noted Bu 👍"
          }
        ],
        "locator": {
          "index": 50,
          "kind": "message",
          "line": 60
        },
        "number": 50,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":61}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 20.05",
            "role": "date",
            "value": "03/07/23 20.05"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 51,
          "kind": "message",
          "line": 61
        },
        "number": 51,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":62}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "03/07/23 23.23",
            "role": "date",
            "value": "03/07/23 23.23"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 52,
          "kind": "message",
          "line": 62
        },
        "number": 52,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":63}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "04/07/23 08.53",
            "role": "date",
            "value": "04/07/23 08.53"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 53,
          "kind": "message",
          "line": 63
        },
        "number": 53,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":64}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "04/07/23 11.37",
            "role": "date",
            "value": "04/07/23 11.37"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 54,
          "kind": "message",
          "line": 64
        },
        "number": 54,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":65}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "04/07/23 15.20",
            "role": "date",
            "value": "04/07/23 15.20"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 55,
          "kind": "message",
          "line": 66
        },
        "number": 55,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":66}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "04/07/23 16.32",
            "role": "date",
            "value": "04/07/23 16.32"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Besok sore sudah jadi Bu",
            "role": "text",
            "value": "Besok sore sudah jadi Bu"
          }
        ],
        "locator": {
          "index": 56,
          "kind": "message",
          "line": 67
        },
        "number": 56,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":67}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "04/07/23 17.46",
            "role": "date",
            "value": "04/07/23 17.46"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 57,
          "kind": "message",
          "line": 68
        },
        "number": 57,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":68}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "05/07/23 08.41",
            "role": "date",
            "value": "05/07/23 08.41"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer DP-nya",
            "role": "text",
            "value": "Sudah saya transfer DP-nya"
          }
        ],
        "locator": {
          "index": 58,
          "kind": "message",
          "line": 69
        },
        "number": 58,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":69}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "05/07/23 09.47",
            "role": "date",
            "value": "05/07/23 09.47"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 59,
          "kind": "message",
          "line": 70
        },
        "number": 59,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":6}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 17,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Ibu Tri Wulandari",
            "role": "name",
            "value": "Ibu Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "Tri.Wulandari94@Gmail.com",
            "role": "email",
            "value": "Tri.Wulandari94@Gmail.com"
          },
          {
            "column": "BillingAddress",
            "raw": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430",
            "role": "address",
            "value": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "31/05/2023",
            "role": "date",
            "value": "31/05/2023"
          },
          {
            "column": "*DueDate",
            "raw": "30/06/2023",
            "role": "date",
            "value": "30/06/2023"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10192",
            "role": "id",
            "value": "10192"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*ProductName",
            "raw": "Cetak Brosur A4 Art Paper 150gr",
            "role": "other",
            "value": "Cetak Brosur A4 Art Paper 150gr"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "2",
            "role": "other",
            "value": "2"
          },
          {
            "column": "Unit",
            "raw": "Lembar",
            "role": "other",
            "value": "Lembar"
          },
          {
            "column": "*UnitPrice",
            "raw": "3000",
            "role": "other",
            "value": "3000"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaymentMethod",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "USD",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "line",
          "line": 94
        },
        "number": 93,
        "record_id": "10192#2",
        "warnings": []
      }
    }
  },
  "{\"id\":70}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "05/07/23 16.50",
            "role": "date",
            "value": "05/07/23 16.50"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 60,
          "kind": "message",
          "line": 71
        },
        "number": 60,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":71}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "06/07/23 08.08",
            "role": "date",
            "value": "06/07/23 08.08"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 61,
          "kind": "message",
          "line": 72
        },
        "number": 61,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":72}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "06/07/23 12.16",
            "role": "date",
            "value": "06/07/23 12.16"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Sudah saya transfer DP-nya",
            "role": "text",
            "value": "Sudah saya transfer DP-nya"
          }
        ],
        "locator": {
          "index": 62,
          "kind": "message",
          "line": 73
        },
        "number": 62,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":73}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "06/07/23 21.20",
            "role": "date",
            "value": "06/07/23 21.20"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 63,
          "kind": "message",
          "line": 74
        },
        "number": 63,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":74}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "07/07/23 08.07",
            "role": "date",
            "value": "07/07/23 08.07"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 64,
          "kind": "message",
          "line": 75
        },
        "number": 64,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":75}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "07/07/23 08.48",
            "role": "date",
            "value": "07/07/23 08.48"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke, nanti suami saya yang ambil",
            "role": "text",
            "value": "Oke, nanti suami saya yang ambil"
          }
        ],
        "locator": {
          "index": 65,
          "kind": "message",
          "line": 76
        },
        "number": 65,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":76}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "07/07/23 10.57",
            "role": "date",
            "value": "07/07/23 10.57"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 66,
          "kind": "message",
          "line": 77
        },
        "number": 66,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":77}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "07/07/23 18.57",
            "role": "date",
            "value": "07/07/23 18.57"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 67,
          "kind": "message",
          "line": 78
        },
        "number": 67,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":78}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "07/07/23 23.31",
            "role": "date",
            "value": "07/07/23 23.31"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 68,
          "kind": "message",
          "line": 79
        },
        "number": 68,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":79}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "08/07/23 07.24",
            "role": "date",
            "value": "08/07/23 07.24"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 69,
          "kind": "message",
          "line": 81
        },
        "number": 69,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":7}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 13,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 11,
              "start": 2,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Tri Wulandari",
            "role": "name",
            "value": "Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "t.wulandari@karyaprima.com",
            "role": "email",
            "value": "t.wulandari@karyaprima.com"
          },
          {
            "column": "BillingAddress",
            "raw": "CV Karya Prima, Jl. Diponegoro No.93 Sei Sikambing B Medan 20122",
            "role": "address",
            "value": "CV Karya Prima, Jl. Diponegoro No.93 Sei Sikambing B Medan 20122"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "11/04/2024",
            "role": "date",
            "value": "11/04/2024"
          },
          {
            "column": "*DueDate",
            "raw": "26/05/2024",
            "role": "date",
            "value": "26/05/2024"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10350",
            "role": "id",
            "value": "10350"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "PO dari CV Karya Prima",
            "role": "text",
            "value": "PO dari CV Karya Prima"
          },
          {
            "column": "*ProductName",
            "raw": "Paket Website UMKM",
            "role": "other",
            "value": "Paket Website UMKM"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "1",
            "role": "other",
            "value": "1"
          },
          {
            "column": "Unit",
            "raw": "Paket",
            "role": "other",
            "value": "Paket"
          },
          {
            "column": "*UnitPrice",
            "raw": "6405500",
            "role": "other",
            "value": "6405500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "YES",
            "role": "other",
            "value": "YES"
          },
          {
            "column": "#PaymentMethod",
            "raw": "Cash",
            "role": "other",
            "value": "Cash"
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "1-10002",
            "role": "other",
            "value": "1-10002"
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "USD",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "line",
          "line": 281
        },
        "number": 280,
        "record_id": "10350#1",
        "warnings": []
      }
    }
  },
  "{\"id\":80}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "08/07/23 09.25",
            "role": "date",
            "value": "08/07/23 09.25"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 70,
          "kind": "message",
          "line": 82
        },
        "number": 70,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":81}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "08/07/23 15.33",
            "role": "date",
            "value": "08/07/23 15.33"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 71,
          "kind": "message",
          "line": 83
        },
        "number": 71,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":82}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "08/07/23 20.17",
            "role": "date",
            "value": "08/07/23 20.17"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 72,
          "kind": "message",
          "line": 84
        },
        "number": 72,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":83}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 10.12",
            "role": "date",
            "value": "09/07/23 10.12"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Siap Bu 🙏",
            "role": "text",
            "value": "Siap Bu 🙏"
          }
        ],
        "locator": {
          "index": 73,
          "kind": "message",
          "line": 85
        },
        "number": 73,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":84}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 11.17",
            "role": "date",
            "value": "09/07/23 11.17"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kapan bisa diambil ya?",
            "role": "text",
            "value": "Kapan bisa diambil ya?"
          }
        ],
        "locator": {
          "index": 74,
          "kind": "message",
          "line": 86
        },
        "number": 74,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":85}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 12.07",
            "role": "date",
            "value": "09/07/23 12.07"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 75,
          "kind": "message",
          "line": 87
        },
        "number": 75,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":86}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 15.17",
            "role": "date",
            "value": "09/07/23 15.17"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 76,
          "kind": "message",
          "line": 88
        },
        "number": 76,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":87}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 20.13",
            "role": "date",
            "value": "09/07/23 20.13"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 77,
          "kind": "message",
          "line": 89
        },
        "number": 77,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":88}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "09/07/23 21.33",
            "role": "date",
            "value": "09/07/23 21.33"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke, nanti suami saya yang ambil",
            "role": "text",
            "value": "Oke, nanti suami saya yang ambil"
          }
        ],
        "locator": {
          "index": 78,
          "kind": "message",
          "line": 90
        },
        "number": 78,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":89}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "10/07/23 10.29",
            "role": "date",
            "value": "10/07/23 10.29"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Proof cetak sudah kami kirim ya Bu",
            "role": "text",
            "value": "Proof cetak sudah kami kirim ya Bu"
          }
        ],
        "locator": {
          "index": 79,
          "kind": "message",
          "line": 91
        },
        "number": 79,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":8}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 17,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Ibu Tri Wulandari",
            "role": "name",
            "value": "Ibu Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "Tri.Wulandari94@Gmail.com",
            "role": "email",
            "value": "Tri.Wulandari94@Gmail.com"
          },
          {
            "column": "BillingAddress",
            "raw": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430",
            "role": "address",
            "value": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "31/05/2023",
            "role": "date",
            "value": "31/05/2023"
          },
          {
            "column": "*DueDate",
            "raw": "30/06/2023",
            "role": "date",
            "value": "30/06/2023"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10192",
            "role": "id",
            "value": "10192"
          },
          {
            "column": "Message",
            "raw": "Terima kasih atas kepercayaan Anda.",
            "role": "text",
            "value": "Terima kasih atas kepercayaan Anda."
          },
          {
            "column": "Memo",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*ProductName",
            "raw": "Banner Flexi 280gr",
            "role": "other",
            "value": "Banner Flexi 280gr"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "4",
            "role": "other",
            "value": "4"
          },
          {
            "column": "Unit",
            "raw": "Meter",
            "role": "other",
            "value": "Meter"
          },
          {
            "column": "*UnitPrice",
            "raw": "36500",
            "role": "other",
            "value": "36500"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaymentMethod",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR, USD, CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "cell",
          "row": 93,
          "sheet": "Sheet1"
        },
        "number": 92,
        "record_id": "10192#1",
        "warnings": []
      }
    }
  },
  "{\"id\":90}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "10/07/23 15.59",
            "role": "date",
            "value": "10/07/23 15.59"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Bisa tambah 20 pcs lagi?",
            "role": "text",
            "value": "Bisa tambah 20 pcs lagi?"
          }
        ],
        "locator": {
          "index": 80,
          "kind": "message",
          "line": 92
        },
        "number": 80,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":91}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "10/07/23 21.51",
            "role": "date",
            "value": "10/07/23 21.51"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Terima kasih 🙏",
            "role": "text",
            "value": "Terima kasih 🙏"
          }
        ],
        "locator": {
          "index": 81,
          "kind": "message",
          "line": 93
        },
        "number": 81,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":92}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "11/07/23 09.04",
            "role": "date",
            "value": "11/07/23 09.04"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Warna kertasnya cream ya",
            "role": "text",
            "value": "Warna kertasnya cream ya"
          }
        ],
        "locator": {
          "index": 82,
          "kind": "message",
          "line": 94
        },
        "number": 82,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":93}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "11/07/23 16.14",
            "role": "date",
            "value": "11/07/23 16.14"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Noted Bu 👍",
            "role": "text",
            "value": "Noted Bu 👍"
          }
        ],
        "locator": {
          "index": 83,
          "kind": "message",
          "line": 95
        },
        "number": 83,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":94}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "12/07/23 10.54",
            "role": "date",
            "value": "12/07/23 10.54"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kapan bisa diambil ya?",
            "role": "text",
            "value": "Kapan bisa diambil ya?"
          }
        ],
        "locator": {
          "index": 84,
          "kind": "message",
          "line": 96
        },
        "number": 84,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":95}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "12/07/23 13.03",
            "role": "date",
            "value": "12/07/23 13.03"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Mohon ditunggu, sedang proses cetak",
            "role": "text",
            "value": "Mohon ditunggu, sedang proses cetak"
          }
        ],
        "locator": {
          "index": 85,
          "kind": "message",
          "line": 97
        },
        "number": 85,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":96}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "12/07/23 17.09",
            "role": "date",
            "value": "12/07/23 17.09"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 86,
          "kind": "message",
          "line": 98
        },
        "number": 86,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":97}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "13/07/23 08.01",
            "role": "date",
            "value": "13/07/23 08.01"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Oke pak",
            "role": "text",
            "value": "Oke pak"
          }
        ],
        "locator": {
          "index": 87,
          "kind": "message",
          "line": 100
        },
        "number": 87,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":98}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        null,
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "13/07/23 09.47",
            "role": "date",
            "value": "13/07/23 09.47"
          },
          {
            "column": "author",
            "raw": "Rina Admin MJK",
            "role": "name",
            "value": "Rina Admin MJK"
          },
          {
            "column": "message",
            "raw": "Baik Bu",
            "role": "text",
            "value": "Baik Bu"
          }
        ],
        "locator": {
          "index": 88,
          "kind": "message",
          "line": 101
        },
        "number": 88,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":99}": {
    "ok": {
      "fields": [
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [
            {
              "end": 16,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        null
      ],
      "record": {
        "fields": [
          {
            "column": "time",
            "raw": "13/07/23 13.42",
            "role": "date",
            "value": "13/07/23 13.42"
          },
          {
            "column": "author",
            "raw": "Bu Tri Wulandari",
            "role": "name",
            "value": "Bu Tri Wulandari"
          },
          {
            "column": "message",
            "raw": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria",
            "role": "text",
            "value": "Kak, nama di undangan tolong dicek lagi ya,\nada salah huruf di nama mempelai pria"
          }
        ],
        "locator": {
          "index": 89,
          "kind": "message",
          "line": 102
        },
        "number": 89,
        "record_id": null,
        "warnings": []
      }
    }
  },
  "{\"id\":9}": {
    "ok": {
      "fields": [
        {
          "marks": [
            {
              "end": 17,
              "start": 0,
              "tone": "weak"
            }
          ],
          "tone": "weak"
        },
        {
          "marks": [
            {
              "end": 25,
              "start": 0,
              "tone": "strong"
            }
          ],
          "tone": "strong"
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        },
        {
          "marks": [],
          "tone": null
        }
      ],
      "identifiers": [
        "weak",
        "strong"
      ],
      "record": {
        "fields": [
          {
            "column": "*Customer",
            "raw": "Ibu Tri Wulandari",
            "role": "name",
            "value": "Ibu Tri Wulandari"
          },
          {
            "column": "Email",
            "raw": "Tri.Wulandari94@Gmail.com",
            "role": "email",
            "value": "Tri.Wulandari94@Gmail.com"
          },
          {
            "column": "BillingAddress",
            "raw": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430",
            "role": "address",
            "value": "Jl. Cikutra No. 16, RT 013/RW 002, Cilandak Barat, Cilandak, Jakarta Selatan, DKI Jakarta 12430"
          },
          {
            "column": "ShippingAddress",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "*InvoiceDate",
            "raw": "2023-05-31",
            "role": "date",
            "value": "2023-05-31"
          },
          {
            "column": "*DueDate",
            "raw": "2023-06-30",
            "role": "date",
            "value": "2023-06-30"
          },
          {
            "column": "ShippingDate",
            "raw": "",
            "role": "date",
            "value": ""
          },
          {
            "column": "ShipVia",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TrackingNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "CustomerRefNo",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "*InvoiceNumber",
            "raw": "10192",
            "role": "id",
            "value": "10192"
          },
          {
            "column": "Message",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "Memo",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*ProductName",
            "raw": "Cetak Brosur A4 Art Paper 150gr",
            "role": "other",
            "value": "Cetak Brosur A4 Art Paper 150gr"
          },
          {
            "column": "Description",
            "raw": "",
            "role": "text",
            "value": ""
          },
          {
            "column": "*Quantity",
            "raw": "2",
            "role": "other",
            "value": "2"
          },
          {
            "column": "Unit",
            "raw": "Lembar",
            "role": "other",
            "value": "Lembar"
          },
          {
            "column": "*UnitPrice",
            "raw": "3000",
            "role": "other",
            "value": "3000"
          },
          {
            "column": "ProductDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "InvoiceDiscountRate(%)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "TaxName",
            "raw": "PPN",
            "role": "other",
            "value": "PPN"
          },
          {
            "column": "TaxRate(%)",
            "raw": "11%",
            "role": "other",
            "value": "11%"
          },
          {
            "column": "ShippingFee",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WitholdingAmount(value or %)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#paid?(yes/no)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaymentMethod",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#PaidToAccountCode",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "Tags (use ; to separate tags)",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "WarehouseName",
            "raw": "",
            "role": "other",
            "value": ""
          },
          {
            "column": "#currency code(example: IDR, USD, CAD)",
            "raw": "",
            "role": "other",
            "value": ""
          }
        ],
        "locator": {
          "kind": "cell",
          "row": 94,
          "sheet": "Sheet1"
        },
        "number": 93,
        "record_id": "10192#2",
        "warnings": []
      }
    }
  }
} satisfies Record<string, Recorded<HitRecord>>;
