// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk letter list`
import type { Recorded } from "./recorded-reply";
import type { RequestLetters } from "$lib/bindings/RequestLetters";

export default {
  "{\"id\":\"REQ-2026-0001\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": "the request is closed",
          "why_not": {
            "code": "request_ended",
            "params": {
              "state": "closed"
            }
          }
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0001"
    }
  },
  "{\"id\":\"REQ-2026-0002\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "the request does not ask for access",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "access"
            }
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "no record is confirmed as the requester's: the no-data letter answers this",
          "why_not": {
            "code": "nothing_confirmed"
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0002"
    }
  },
  "{\"id\":\"REQ-2026-0003\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "the request does not ask for access",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "access"
            }
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0003"
    }
  },
  "{\"id\":\"REQ-2026-0004\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0004"
    }
  },
  "{\"id\":\"REQ-2026-0005\"}": {
    "ok": {
      "issued": [
        {
          "actor": "Wayan",
          "bytes": 21776,
          "dated": "2026-12-04",
          "email_body": "Dengan hormat,\n\nDengan ini kami menyampaikan bahwa permohonan Bapak/Ibu Tri Wulandari mengenai hak atas akses dan salinan (Pasal 7) telah kami terima melalui e-mail pada tanggal 2 Desember 2026 dan telah dicatat dalam register kami dengan nomor REQ-2026-0005.\n\nSesuai kebijakan privasi CV Maju Jaya Kreatif (DEMO), permohonan ini akan kami tanggapi paling lambat tanggal 19 Januari 2027 (30 hari kerja sejak permohonan diterima).\n\nUntuk hak atas akses dan salinan (Pasal 7), Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi mewajibkan kami menindaklanjutinya dalam waktu 3 x 24 (tiga kali dua puluh empat) jam, yaitu paling lambat 5 Desember 2026 pukul 19.29 WITA.\n\nSebelum data pribadi apa pun kami berikan atau kami ubah, kami perlu memastikan bahwa permohonan ini benar diajukan oleh pemilik data atau kuasanya. Apabila diperlukan, kami akan menghubungi Bapak/Ibu Tri Wulandari untuk verifikasi identitas.\n\nMohon mencantumkan nomor registrasi REQ-2026-0005 dalam setiap korespondensi terkait permohonan ini.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Tri Wulandari, kami ucapkan terima kasih.\n\nHormat kami,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)\n\nSurat resmi terlampir dalam format PDF.",
          "email_subject": "Tanda Terima Permohonan terkait Data Pribadi [001/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0005/001-PDP-CMJKD-XII-2026-acknowledgement-id.pdf",
          "id": 1,
          "issued_at": "2026-12-03T16:17:58Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-03T16:17:58Z",
          "pages": 1,
          "request_id": "REQ-2026-0005",
          "sent_at": null,
          "sent_to": null,
          "sha256": "b4768e48abfb41082a61b66bc004fe81367e88fc6861f4c06b272b3fbd2c2b50",
          "text": "subject: Tanda Terima Permohonan terkait Data Pribadi\nattachment: -\ncc: Arsip\n---\nDengan hormat,\n\nDengan ini kami menyampaikan bahwa permohonan Bapak/Ibu Tri Wulandari mengenai hak atas akses dan salinan (Pasal 7) telah kami terima melalui e-mail pada tanggal 2 Desember 2026 dan telah dicatat dalam register kami dengan nomor REQ-2026-0005.\n\nSesuai kebijakan privasi CV Maju Jaya Kreatif (DEMO), permohonan ini akan kami tanggapi paling lambat tanggal 19 Januari 2027 (30 hari kerja sejak permohonan diterima).\n\nUntuk hak atas akses dan salinan (Pasal 7), Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi mewajibkan kami menindaklanjutinya dalam waktu 3 x 24 (tiga kali dua puluh empat) jam, yaitu paling lambat 5 Desember 2026 pukul 19.29 WITA.\n\nSebelum data pribadi apa pun kami berikan atau kami ubah, kami perlu memastikan bahwa permohonan ini benar diajukan oleh pemilik data atau kuasanya. Apabila diperlukan, kami akan menghubungi Bapak/Ibu Tri Wulandari untuk verifikasi identitas.\n\nMohon mencantumkan nomor registrasi REQ-2026-0005 dalam setiap korespondensi terkait permohonan ini.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Tri Wulandari, kami ucapkan terima kasih.",
          "void_reason": null
        }
      ],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "records are confirmed as the requester's: this is not a no-data answer",
          "why_not": {
            "code": "records_confirmed"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0005"
    }
  },
  "{\"id\":\"REQ-2026-0006\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "the request does not ask for access",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "access"
            }
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "no record is confirmed as the requester's: the no-data letter answers this",
          "why_not": {
            "code": "nothing_confirmed"
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0006"
    }
  },
  "{\"id\":\"REQ-2026-0007\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "the request does not ask for access",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "access"
            }
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        }
      ],
      "request_id": "REQ-2026-0007"
    }
  },
  "{\"id\":\"REQ-2026-0008\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "the request does not ask for access",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "access"
            }
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0008"
    }
  },
  "{\"id\":\"REQ-2026-0009\"}": {
    "ok": {
      "issued": [],
      "offers": [
        {
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "portability",
          "needs_verification": true,
          "not_now": "the request does not ask for portability",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "portability"
            }
          }
        },
        {
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for correction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "correction"
            }
          }
        },
        {
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": "the request does not ask for withdraw-consent",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "withdraw-consent"
            }
          }
        },
        {
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": "the request does not ask for restriction",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "restriction"
            }
          }
        },
        {
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": "the request does not ask for objection",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "objection"
            }
          }
        },
        {
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "the request does not ask for deletion",
          "why_not": {
            "code": "right_not_asked",
            "params": {
              "right": "deletion"
            }
          }
        },
        {
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "extension",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "kind": "forwarded-notice",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        }
      ],
      "request_id": "REQ-2026-0009"
    }
  }
} satisfies Record<string, Recorded<RequestLetters>>;
