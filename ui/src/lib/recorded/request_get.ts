// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk request show`
import type { Recorded } from "./recorded-reply";
import type { RequestDetail } from "$lib/bindings/RequestDetail";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "ok": {
      "channel": "email",
      "clocks": null,
      "controller": null,
      "created_at": "2026-10-26T16:42:51Z",
      "events": [
        {
          "actor": "Demo",
          "at": "2026-10-26T16:42:51Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Demo",
          "at": "2026-10-26T16:42:51Z",
          "from_state": null,
          "kind": "note",
          "text": "Meminta salinan data pesanan kartu nama tahun 2024.",
          "to_state": null
        },
        {
          "actor": "Demo",
          "at": "2026-10-27T12:42:51Z",
          "from_state": "received",
          "kind": "state",
          "text": "Kode verifikasi dikirim ke e-mail pemohon.",
          "to_state": "verifying"
        },
        {
          "actor": "Demo",
          "at": "2026-10-28T08:42:51Z",
          "from_state": "verifying",
          "kind": "state",
          "text": "Identitas cocok dengan data pelanggan.",
          "to_state": "searching"
        },
        {
          "actor": "Demo",
          "at": "2026-10-29T04:42:51Z",
          "from_state": "searching",
          "kind": "state",
          "text": "Data ditemukan di CRM dan faktur.",
          "to_state": "fulfilling"
        },
        {
          "actor": "Demo",
          "at": "2026-10-30T00:42:51Z",
          "from_state": "fulfilling",
          "kind": "state",
          "text": "Salinan data dikirim dan diterima pemohon.",
          "to_state": "closed"
        }
      ],
      "guide": {
        "last_letter": null,
        "next": null,
        "steps": [
          {
            "status": "not-needed",
            "step": "summary"
          },
          {
            "status": "not-needed",
            "step": "verify"
          },
          {
            "status": "not-needed",
            "step": "search"
          },
          {
            "status": "not-needed",
            "step": "fulfil"
          },
          {
            "status": "not-needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0001",
      "is_demo": true,
      "next_states": [],
      "purged_at": null,
      "received_at": "2026-10-27T00:42:51+08:00",
      "requester": {
        "emails": [
          "ayu.lestari@example.co.id"
        ],
        "name": "Ni Made Ayu Lestari",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "access"
      ],
      "state": "closed",
      "updated_at": "2026-10-30T00:42:51Z"
    }
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": {
      "channel": "email",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-11",
        "policy_ends_at": "2027-01-11T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-11-24T00:42:51+08:00",
        "remaining_hours": -217,
        "remaining_working_days": 22,
        "statutory_due": "2026-11-27T00:42:51+08:00",
        "statutory_overdue": true,
        "statutory_rights": [
          "withdraw-consent"
        ],
        "stricter": "statutory",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "policy_after_statutory",
            "message": "the policy window ends 2027-01-11 23:59 but the law's 3 × 24 hours end 2026-11-27 00:42: answer by the statutory deadline",
            "year": null
          },
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-11-23T16:42:51Z",
      "events": [
        {
          "actor": "Demo",
          "at": "2026-11-23T16:42:51Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Demo",
          "at": "2026-11-23T16:42:51Z",
          "from_state": null,
          "kind": "note",
          "text": "Tidak ingin lagi menerima promosi lewat WhatsApp; minta data dihapus.",
          "to_state": null
        },
        {
          "actor": "Demo",
          "at": "2026-11-24T12:42:51Z",
          "from_state": "received",
          "kind": "state",
          "text": "Menunggu konfirmasi kode dari pemohon.",
          "to_state": "verifying"
        },
        {
          "actor": "Demo",
          "at": "2026-11-25T08:42:51Z",
          "from_state": "verifying",
          "kind": "state",
          "text": "Kode dikonfirmasi.",
          "to_state": "searching"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Pencarian: 17 file diperiksa, 0 temuan kuat, 0 temuan mungkin",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "needed",
            "step": "verify"
          },
          {
            "status": "done",
            "step": "search"
          },
          {
            "status": "not-needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": true
      },
      "id": "REQ-2026-0002",
      "is_demo": true,
      "next_states": [
        "verifying",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-11-24T00:42:51+08:00",
      "requester": {
        "emails": [
          "yohanes.pratama@example.com"
        ],
        "name": "Yohanes Pratama",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [
          "+6281234567801"
        ],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "deletion",
        "withdraw-consent"
      ],
      "state": "searching",
      "updated_at": "2026-11-25T08:42:51Z"
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": {
      "channel": "phone",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-19",
        "policy_ends_at": "2027-01-19T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-02T00:42:51+08:00",
        "remaining_hours": -25,
        "remaining_working_days": 28,
        "statutory_due": "2026-12-05T00:42:51+08:00",
        "statutory_overdue": true,
        "statutory_rights": [
          "correction"
        ],
        "stricter": "statutory",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "policy_after_statutory",
            "message": "the policy window ends 2027-01-19 23:59 but the law's 3 × 24 hours end 2026-12-05 00:42: answer by the statutory deadline",
            "year": null
          },
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-01T16:42:51Z",
      "events": [
        {
          "actor": "Demo",
          "at": "2026-12-01T16:42:51Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Demo",
          "at": "2026-12-01T16:42:51Z",
          "from_state": null,
          "kind": "note",
          "text": "Alamat pengiriman lama masih tercatat; minta diperbarui.",
          "to_state": null
        },
        {
          "actor": "Demo",
          "at": "2026-12-02T12:42:51Z",
          "from_state": "received",
          "kind": "state",
          "text": "Pemohon akan datang membawa KTP.",
          "to_state": "verifying"
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "needed",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "not-needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": true
      },
      "id": "REQ-2026-0003",
      "is_demo": true,
      "next_states": [
        "searching",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-02T00:42:51+08:00",
      "requester": {
        "emails": [],
        "name": "Dewi Anggraini",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [
          "+6285722334410"
        ],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "correction"
      ],
      "state": "verifying",
      "updated_at": "2026-12-02T12:42:51Z"
    }
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "ok": {
      "channel": "walk-in",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-21",
        "policy_ends_at": "2027-01-21T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-05T00:42:51+08:00",
        "remaining_hours": 47,
        "remaining_working_days": 30,
        "statutory_due": "2026-12-08T00:42:51+08:00",
        "statutory_overdue": false,
        "statutory_rights": [
          "access"
        ],
        "stricter": "statutory",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "policy_after_statutory",
            "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-08 00:42: answer by the statutory deadline",
            "year": null
          },
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-04T16:42:51Z",
      "events": [
        {
          "actor": "Demo",
          "at": "2026-12-04T16:42:51Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Demo",
          "at": "2026-12-04T16:42:51Z",
          "from_state": null,
          "kind": "note",
          "text": "Orang tua meminta data anaknya (peserta lomba desain sekolah).",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Kewenangan wali dilihat: Kartu keluarga, dilihat asli",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Kode verifikasi dibuat (berlaku 30 menit, sampai 06-12-2026 01:12 WITA), untuk dikirim petugas",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "needed",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": true
      },
      "id": "REQ-2026-0004",
      "is_demo": true,
      "next_states": [
        "verifying",
        "searching",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-05T00:42:51+08:00",
      "requester": {
        "emails": [
          "gregorius.manurung@example.net"
        ],
        "name": "Gregorius Manurung",
        "nik_masked": null,
        "on_behalf_of": "Clara Manurung",
        "phones": [],
        "postal_address": null,
        "role": "guardian"
      },
      "rights": [
        "access",
        "portability"
      ],
      "state": "received",
      "updated_at": "2026-12-04T16:42:51Z"
    }
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": {
      "channel": "email",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-21",
        "policy_ends_at": "2027-01-21T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-04T19:54:51+08:00",
        "remaining_hours": 43,
        "remaining_working_days": 30,
        "statutory_due": "2026-12-07T19:54:51+08:00",
        "statutory_overdue": false,
        "statutory_rights": [
          "access"
        ],
        "stricter": "statutory",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "policy_after_statutory",
            "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 19:54: answer by the statutory deadline",
            "year": null
          },
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-05T16:42:52Z",
      "events": [
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Meminta salinan data pesanan dan faktur atas namanya.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": "received",
          "kind": "state",
          "text": "Kode verifikasi dikirim lewat e-mail.",
          "to_state": "verifying"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Pencarian: 17 file diperiksa, 103 temuan kuat, 4 temuan mungkin",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": "verifying",
          "kind": "state",
          "text": "pencarian data dijalankan",
          "to_state": "searching"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Kode verifikasi dibuat (berlaku 30 menit, sampai 06-12-2026 01:12 WITA), untuk dikirim petugas",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Kode verifikasi salah (4 kali lagi sebelum terkunci)",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Kode verifikasi benar: identitas terverifikasi",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "letter",
          "text": "Surat 001/PDP/CMJKD/XII/2026 diterbitkan: Tanda Terima Permohonan terkait Data Pribadi (id)",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "bundle",
          "text": "Paket akses REQ-2026-0005-paket-akses.zip dibuat: 103 catatan, 16 berkas, 5 disamarkan, 25480 byte, SHA-256 000dad72f4bd3a00cb2f0ca9b447a678bfea7646acb00961c0d2e63ea1b37a6e, dilindungi kata sandi; rekam jejak pemrosesan untuk 6 berkas",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:54Z",
          "from_state": null,
          "kind": "bundle",
          "text": "Bundel portabilitas REQ-2026-0005-data-pribadi.zip dibuat: 103 catatan, 14 berkas, 5 disamarkan, 18821 byte, SHA-256 0728b8a8c6abc9c4d6e17ccb49b9ad6f163d5a397fa9f059dd9831ddcef80b2e",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "confirm-hits"
        },
        "steps": [
          {
            "status": "done",
            "step": "summary"
          },
          {
            "status": "done",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "done",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0005",
      "is_demo": false,
      "next_states": [
        "verifying",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-04T19:54:51+08:00",
      "requester": {
        "emails": [
          "tri.wulandari94@gmail.com"
        ],
        "name": "Tri Wulandari",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "access"
      ],
      "state": "searching",
      "updated_at": "2026-12-05T16:42:52Z"
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "channel": "web-form",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": true,
        "paused_since": "2026-12-06T00:42:52+08:00",
        "policy_days": 30,
        "policy_due": "2027-01-19",
        "policy_ends_at": "2027-01-19T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-02T00:42:51+08:00",
        "remaining_hours": null,
        "remaining_working_days": 28,
        "statutory_due": null,
        "statutory_overdue": false,
        "statutory_rights": [],
        "stricter": "policy",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          },
          {
            "code": "paused",
            "message": "paused since 2026-12-06 00:42: the policy window stands still and its due date moves on while the pause lasts",
            "year": null
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-05T16:42:52Z",
      "events": [
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": "received",
          "kind": "state",
          "text": "Menunggu fotokopi KTP.",
          "to_state": "verifying"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "pause",
          "text": "Menunggu fotokopi KTP dari pemohon.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Pencarian: 17 file diperiksa, 1 temuan kuat, 6 temuan mungkin",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": "verifying",
          "kind": "state",
          "text": "pencarian data dijalankan",
          "to_state": "searching"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "plan",
          "text": "Rencana tindakan: jurnal_customers_excel_id.csv baris 46 (-) dari delete menjadi restrict; alasan: Masih ada tagihan atas nama pemohon; kontak dibatasi sampai lunas.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "plan",
          "text": "Daftar periksa: mailbox selesai (1 catatan); E-mail permohonan dihapus dari kotak masuk.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "NIK dilihat pada KTP: 317101******0001",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "letter",
          "text": "Surat 002/PDP/CMJKD/XII/2026 diterbitkan: Acknowledgement of your personal data request (en)",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:54Z",
          "from_state": null,
          "kind": "redaction",
          "text": "Ekspor lokal disamarkan ke /home/staf/Dokumen/Penyamaran REQ-2026-0006: email/02_permohonan_penghapusan_data.eml (1 dihapus, 0 disamarkan, 0 dikoreksi; SHA-256 fafc4ad6a27e → berkas dihapus utuh); jurnal_customers_excel_id.csv (0 dihapus, 1 disamarkan, 0 dikoreksi; SHA-256 2f39fbbf6892 → 5f4467981850); jurnal_sales_invoices.csv (0 dihapus, 1 disamarkan, 0 dikoreksi; SHA-256 f0ffcbe02ffd → 334d6a958eb2); jurnal_sales_invoices.xlsx (0 dihapus, 1 disamarkan, 0 dikoreksi; SHA-256 3ce09f18044b → 4a1ec5ef6a7c); pencarian ulang: 0 temuan tak terjelaskan",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:54Z",
          "from_state": null,
          "kind": "plan",
          "text": "Daftar periksa: jurnal selesai (3 catatan); Kontak dibatasi di Jurnal; faktur tetap disimpan sampai masa simpannya berakhir.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:54Z",
          "from_state": null,
          "kind": "letter",
          "text": "Berita acara penghapusan 005/PDP/CMJKD/XII/2026 diterbitkan (id); kode verifikasi 5TBT-3HAC-CZ6N; kunci fed2 5bed e273 99e0 d524 1b0f 87fd 814c 0ab6 ce8f 369a 23ee f0e8 a1af 41da 6cbc",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "confirm-hits"
        },
        "steps": [
          {
            "status": "done",
            "step": "summary"
          },
          {
            "status": "done",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0006",
      "is_demo": false,
      "next_states": [
        "verifying",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-02T00:42:51+08:00",
      "requester": {
        "emails": [
          "budi@ptsinarjayalogistik.co.id"
        ],
        "name": "Budi Setiawan Lubis",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "deletion"
      ],
      "state": "searching",
      "updated_at": "2026-12-05T16:42:52Z"
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": {
      "channel": "email",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-20",
        "policy_ends_at": "2027-01-20T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-03T00:42:51+08:00",
        "remaining_hours": null,
        "remaining_working_days": 29,
        "statutory_due": null,
        "statutory_overdue": false,
        "statutory_rights": [],
        "stricter": "policy",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": {
        "contact": "privasi@kliniksehat.example",
        "name": "Klinik Sehat Sentosa"
      },
      "created_at": "2026-12-05T16:42:52Z",
      "events": [
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "letter",
          "text": "Surat 003/PDP/CMJKD/XII/2026 diterbitkan: Penerusan Permohonan Subjek Data Pribadi (id)",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "not-needed",
            "step": "verify"
          },
          {
            "status": "not-needed",
            "step": "search"
          },
          {
            "status": "not-needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0007",
      "is_demo": false,
      "next_states": [
        "verifying",
        "searching",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-03T00:42:51+08:00",
      "requester": {
        "emails": [
          "sinta.m@example.com"
        ],
        "name": "Sinta Maharani",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "objection"
      ],
      "state": "received",
      "updated_at": "2026-12-05T16:42:52Z"
    }
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": {
      "channel": "email",
      "clocks": {
        "extended": false,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-21",
        "policy_ends_at": "2027-01-21T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-12-04T00:42:51+08:00",
        "remaining_hours": 23,
        "remaining_working_days": 30,
        "statutory_due": "2026-12-07T00:42:51+08:00",
        "statutory_overdue": false,
        "statutory_rights": [
          "restriction"
        ],
        "stricter": "statutory",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "policy_after_statutory",
            "message": "the policy window ends 2027-01-21 23:59 but the law's 3 × 24 hours end 2026-12-07 00:42: answer by the statutory deadline",
            "year": null
          },
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-05T16:42:52Z",
      "events": [
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Minta datanya tidak dipakai untuk survei pelanggan.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "note",
          "text": "Pemohon menelepon menanyakan status.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "verification",
          "text": "Verifikasi dilewati atas keputusan atasan: Pemohon dikenal atasan; permintaan tanpa data keluar.",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "done",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "not-needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0008",
      "is_demo": false,
      "next_states": [
        "verifying",
        "searching",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-12-04T00:42:51+08:00",
      "requester": {
        "emails": [
          "hendra.g@example.com"
        ],
        "name": "Hendra Gunawan",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "restriction"
      ],
      "state": "received",
      "updated_at": "2026-12-05T16:42:52Z"
    }
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "ok": {
      "channel": "web-form",
      "clocks": {
        "extended": true,
        "observes_cuti_bersama": true,
        "paused": false,
        "paused_since": null,
        "policy_days": 30,
        "policy_due": "2027-01-21",
        "policy_ends_at": "2027-01-21T23:59:59+08:00",
        "policy_overdue": false,
        "received_at": "2026-11-27T00:42:51+08:00",
        "remaining_hours": null,
        "remaining_working_days": 30,
        "statutory_due": null,
        "statutory_overdue": false,
        "statutory_rights": [],
        "stricter": "policy",
        "time_zone": "Asia/Makassar",
        "warnings": [
          {
            "code": "provisional_holidays",
            "message": "the 2027 holiday table is not yet confirmed against the decree; check the due date if the decree differs",
            "year": 2027
          }
        ]
      },
      "controller": null,
      "created_at": "2026-12-05T16:42:52Z",
      "events": [
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "created",
          "text": "",
          "to_state": "received"
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:52Z",
          "from_state": null,
          "kind": "extension",
          "text": "due 2027-01-21 (was 2027-01-14): Data tersebar di arsip lama; butuh waktu tambahan.",
          "to_state": null
        },
        {
          "actor": "Wayan",
          "at": "2026-12-05T16:42:53Z",
          "from_state": null,
          "kind": "letter",
          "text": "Surat 004/PDP/CMJKD/XII/2026 diterbitkan: Pemberitahuan Perpanjangan Waktu Tanggapan (id)",
          "to_state": null
        }
      ],
      "guide": {
        "last_letter": null,
        "next": {
          "action": "issue-letter",
          "kind": "acknowledgement"
        },
        "steps": [
          {
            "status": "needed",
            "step": "summary"
          },
          {
            "status": "not-needed",
            "step": "verify"
          },
          {
            "status": "needed",
            "step": "search"
          },
          {
            "status": "needed",
            "step": "fulfil"
          },
          {
            "status": "needed",
            "step": "letters"
          }
        ],
        "unverified": false
      },
      "id": "REQ-2026-0009",
      "is_demo": false,
      "next_states": [
        "verifying",
        "searching",
        "fulfilling",
        "closed",
        "rejected",
        "withdrawn"
      ],
      "purged_at": null,
      "received_at": "2026-11-27T00:42:51+08:00",
      "requester": {
        "emails": [
          "fransiska.dewi@example.com"
        ],
        "name": "Fransiska Dewi",
        "nik_masked": null,
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "role": "subject"
      },
      "rights": [
        "information"
      ],
      "state": "received",
      "updated_at": "2026-12-05T16:42:52Z"
    }
  }
} satisfies Record<string, Recorded<RequestDetail>>;
