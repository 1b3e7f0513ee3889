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
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "consent-withdrawn",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": "no record is confirmed as the requester's: the no-data letter answers this",
          "why_not": {
            "code": "nothing_confirmed"
          }
        },
        {
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "correction-done",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "portability",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
          "bytes": 21779,
          "dated": "2026-12-06",
          "email_body": "Dengan hormat,\n\nDengan ini kami menyampaikan bahwa permohonan Bapak/Ibu Tri Wulandari mengenai hak atas akses dan salinan (Pasal 7) telah kami terima melalui e-mail pada tanggal 4 Desember 2026 dan telah dicatat dalam register kami dengan nomor REQ-2026-0005.\n\nSesuai kebijakan privasi CV Maju Jaya Kreatif (DEMO), permohonan ini akan kami tanggapi paling lambat tanggal 21 Januari 2027 (30 hari kerja sejak permohonan diterima).\n\nUntuk hak atas akses dan salinan (Pasal 7), Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi mewajibkan kami menindaklanjutinya dalam waktu 3 x 24 (tiga kali dua puluh empat) jam, yaitu paling lambat 7 Desember 2026 pukul 19.54 WITA.\n\nSebelum data pribadi apa pun kami berikan atau kami ubah, kami perlu memastikan bahwa permohonan ini benar diajukan oleh pemilik data atau kuasanya. Apabila diperlukan, kami akan menghubungi Bapak/Ibu Tri Wulandari untuk verifikasi identitas.\n\nMohon mencantumkan nomor registrasi REQ-2026-0005 dalam setiap korespondensi terkait permohonan ini.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Tri Wulandari, kami ucapkan terima kasih.\n\nHormat kami,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)\n\nSurat resmi terlampir dalam format PDF.",
          "email_subject": "Tanda Terima Permohonan terkait Data Pribadi [001/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0005/001-PDP-CMJKD-XII-2026-acknowledgement-id.pdf",
          "id": 1,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-05T16:42:53Z",
          "pages": 1,
          "request_id": "REQ-2026-0005",
          "sent_at": null,
          "sent_to": null,
          "sha256": "2d8ae75904c25e4ee7392bd4e2370c9809228418498645b0c6c41845e8923749",
          "text": "subject: Tanda Terima Permohonan terkait Data Pribadi\nattachment: -\ncc: Arsip\n---\nDengan hormat,\n\nDengan ini kami menyampaikan bahwa permohonan Bapak/Ibu Tri Wulandari mengenai hak atas akses dan salinan (Pasal 7) telah kami terima melalui e-mail pada tanggal 4 Desember 2026 dan telah dicatat dalam register kami dengan nomor REQ-2026-0005.\n\nSesuai kebijakan privasi CV Maju Jaya Kreatif (DEMO), permohonan ini akan kami tanggapi paling lambat tanggal 21 Januari 2027 (30 hari kerja sejak permohonan diterima).\n\nUntuk hak atas akses dan salinan (Pasal 7), Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi mewajibkan kami menindaklanjutinya dalam waktu 3 x 24 (tiga kali dua puluh empat) jam, yaitu paling lambat 7 Desember 2026 pukul 19.54 WITA.\n\nSebelum data pribadi apa pun kami berikan atau kami ubah, kami perlu memastikan bahwa permohonan ini benar diajukan oleh pemilik data atau kuasanya. Apabila diperlukan, kami akan menghubungi Bapak/Ibu Tri Wulandari untuk verifikasi identitas.\n\nMohon mencantumkan nomor registrasi REQ-2026-0005 dalam setiap korespondensi terkait permohonan ini.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Tri Wulandari, kami ucapkan terima kasih.",
          "void_reason": null
        }
      ],
      "offers": [
        {
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": "the requester is verified: everything the office asks for these rights is met",
          "why_not": {
            "code": "already_verified"
          }
        },
        {
          "grounds": [],
          "kind": "access",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "records are confirmed as the requester's: this is not a no-data answer",
          "why_not": {
            "code": "records_confirmed"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
      "issued": [
        {
          "actor": "Wayan",
          "bytes": 21527,
          "dated": "2026-12-06",
          "email_body": "Dear Mr/Ms Budi Setiawan Lubis,\n\nWe confirm that we received your request concerning your right to erasure and destruction (Art. 8) by web form on 2 December 2026. It has been entered in our register under the reference REQ-2026-0006.\n\nUnder the privacy policy of CV Maju Jaya Kreatif (DEMO), we will answer your request by 19 January 2027 at the latest (30 working days from receipt).\n\nBefore we disclose or change any personal data, we need to be sure that the request comes from the person the data is about or from someone authorised to act for them. Where needed, we will contact you to verify your identity.\n\nPlease quote the reference REQ-2026-0006 in all correspondence about this request.\n\nThank you for your attention. Should you have any question, please reply to this letter quoting our reference REQ-2026-0006.\n\nYours sincerely,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)\n\nThe signed letter is attached as a PDF.",
          "email_subject": "Acknowledgement of your personal data request [002/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0006/002-PDP-CMJKD-XII-2026-acknowledgement-en.pdf",
          "id": 2,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "en",
          "number": "002/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-05T16:42:53Z",
          "pages": 1,
          "request_id": "REQ-2026-0006",
          "sent_at": null,
          "sent_to": null,
          "sha256": "b3bf7738bee34081c0d530660e60bee03a97d9d9c16969b4cc81af06160c1032",
          "text": "subject: Acknowledgement of your personal data request\nattachment: -\ncc: File\n---\nDear Mr/Ms Budi Setiawan Lubis,\n\nWe confirm that we received your request concerning your right to erasure and destruction (Art. 8) by web form on 2 December 2026. It has been entered in our register under the reference REQ-2026-0006.\n\nUnder the privacy policy of CV Maju Jaya Kreatif (DEMO), we will answer your request by 19 January 2027 at the latest (30 working days from receipt).\n\n\nBefore we disclose or change any personal data, we need to be sure that the request comes from the person the data is about or from someone authorised to act for them. Where needed, we will contact you to verify your identity.\n\nPlease quote the reference REQ-2026-0006 in all correspondence about this request.\n\nThank you for your attention. Should you have any question, please reply to this letter quoting our reference REQ-2026-0006.",
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "bytes": 41165,
          "dated": "2026-12-06",
          "email_body": "Dengan hormat,\n\nterlampir Berita Acara Penghapusan Data Pribadi nomor 005/PDP/CMJKD/XII/2026 atas permohonan REQ-2026-0006 dalam format PDF yang ditandatangani secara elektronik.\n\nKode verifikasi: 5TBT-3HAC-CZ6N\nSidik jari kunci kantor (SHA-256): fed2 5bed e273 99e0 d524 1b0f 87fd 814c 0ab6 ce8f 369a 23ee f0e8 a1af 41da 6cbc\n\nHormat kami,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)",
          "email_subject": "Berita Acara Penghapusan Data Pribadi [005/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0006/005-PDP-CMJKD-XII-2026-deletion-certificate-id.pdf",
          "id": 5,
          "issued_at": "2026-12-05T16:42:54Z",
          "kind": "deletion-certificate",
          "language": "id",
          "number": "005/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-05T16:42:54Z",
          "pages": 2,
          "request_id": "REQ-2026-0006",
          "sent_at": null,
          "sent_to": null,
          "sha256": "9d8db230ff7504f8b03804a63e81248a597c9ae8caaf7da3a7521947ef80d581",
          "text": "{\"format\":\"pdpdesk/berita-acara-penghapusan/1\",\"number\":\"005/PDP/CMJKD/XII/2026\",\"language\":\"id\",\"issued_at\":\"2026-12-05T16:42:54Z\",\"dated\":\"2026-12-06\",\"place\":\"Denpasar\",\"office\":{\"name\":\"CV Maju Jaya Kreatif (DEMO)\",\"address\":\"Jl. Contoh Raya No. 1, Denpasar, Bali 80111\",\"signatory_name\":\"Ni Made Contoh\",\"signatory_position\":\"Petugas Pelindungan Data Pribadi\"},\"request\":{\"id\":\"REQ-2026-0006\",\"received_at\":\"2026-12-02T00:42:51+08:00\",\"rights\":[\"deletion\"]},\"subject\":{\"name\":\"Budi Setiawan Lubis\",\"requester\":null,\"emails\":[\"bu…@ptsinarjayalogistik.co.id\"],\"phones\":[],\"nik\":null},\"sources\":[{\"system\":\"jurnal\",\"file\":\"jurnal_customers_excel_id.csv\",\"kind\":\"jurnal-customers\",\"action\":\"restrict\",\"records\":1},{\"system\":\"jurnal\",\"file\":\"jurnal_sales_invoices.csv\",\"kind\":\"jurnal-invoices\",\"action\":\"retain\",\"records\":1},{\"system\":\"jurnal\",\"file\":\"jurnal_sales_invoices.xlsx\",\"kind\":\"jurnal-invoices\",\"action\":\"retain\",\"records\":1},{\"system\":\"mailbox\",\"file\":\"email/02_permohonan_penghapusan_data.eml\",\"kind\":\"mail\",\"action\":\"delete\",\"records\":1}],\"retained\":[{\"system\":\"jurnal\",\"file\":\"jurnal_sales_invoices.csv\",\"reference\":\"10312#1\",\"ground\":\"bookkeeping\",\"until\":\"2034-12-31\"},{\"system\":\"jurnal\",\"file\":\"jurnal_sales_invoices.xlsx\",\"reference\":\"10312#1\",\"ground\":\"bookkeeping\",\"until\":\"2034-12-31\"}],\"open_systems\":[],\"redactions\":[{\"file\":\"email/02_permohonan_penghapusan_data.eml\",\"made_at\":\"2026-12-05T16:42:54Z\",\"before_sha256\":\"fafc4ad6a27e35b6b974cc2c132e90d0a6de063474d5ed2a3c4b783cea7d04b8\",\"after_sha256\":null,\"replaced\":false},{\"file\":\"jurnal_customers_excel_id.csv\",\"made_at\":\"2026-12-05T16:42:54Z\",\"before_sha256\":\"2f39fbbf6892e10fd39bde79b5f2ef0e47129a3c14bb12833ed5301b3b2a76f8\",\"after_sha256\":\"5f446798185069921c4b707c21cb48e60d519b886f6de3643d1b474168350600\",\"replaced\":false},{\"file\":\"jurnal_sales_invoices.csv\",\"made_at\":\"2026-12-05T16:42:54Z\",\"before_sha256\":\"f0ffcbe02ffdf35c08244faf579e5e0d10c3f48769fed75b0c6b193306a55b03\",\"after_sha256\":\"334d6a958eb22793bdfad66918f1170bda30732f5f3bb41497950e0bb6ea180b\",\"replaced\":false},{\"file\":\"jurnal_sales_invoices.xlsx\",\"made_at\":\"2026-12-05T16:42:54Z\",\"before_sha256\":\"3ce09f18044bdb390b332e3edaf2effcb845bf7585f068978b07bd00006e4d9a\",\"after_sha256\":\"4a1ec5ef6a7c07a868ac52a63bd4652496945a58cce4026a17146d33d523f1e1\",\"replaced\":false}],\"public_key\":\"8568048fe66dd4213f838183511475b544689b2cef8a622a813e51a73b30efc0\"}",
          "void_reason": null
        }
      ],
      "offers": [
        {
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": "the requester is verified: everything the office asks for these rights is met",
          "why_not": {
            "code": "already_verified"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "deletion-done",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "records are confirmed as the requester's: this is not a no-data answer",
          "why_not": {
            "code": "records_confirmed"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
      "issued": [
        {
          "actor": "Wayan",
          "bytes": 21212,
          "dated": "2026-12-06",
          "email_body": "Dengan hormat,\n\nKami, CV Maju Jaya Kreatif (DEMO), selaku Prosesor Data Pribadi yang memproses data pribadi atas nama Klinik Sehat Sentosa, telah menerima permohonan dari Sinta Maharani melalui e-mail pada tanggal 3 Desember 2026 (nomor registrasi kami REQ-2026-0007) mengenai hak atas keberatan atas keputusan otomatis (Pasal 10).\n\nSesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, permohonan tersebut merupakan kewenangan Klinik Sehat Sentosa selaku Pengendali Data Pribadi. Oleh karena itu, permohonan ini kami teruskan untuk ditindaklanjuti, dengan catatan sebagai berikut:\n\n1. Permohonan diterima pada tanggal 3 Desember 2026; batas waktu tanggapan menurut kebijakan kami adalah 20 Januari 2027.\n2. Kontak pemohon: sinta.m@example.com.\n\nKami siap membantu pelaksanaannya sesuai instruksi Klinik Sehat Sentosa.\n\nDemikian kami sampaikan. Atas perhatian dan kerja samanya, kami ucapkan terima kasih.\n\nHormat kami,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)\n\nSurat resmi terlampir dalam format PDF.",
          "email_subject": "Penerusan Permohonan Subjek Data Pribadi [003/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0007/003-PDP-CMJKD-XII-2026-forward-to-controller-id.pdf",
          "id": 3,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "forward-to-controller",
          "language": "id",
          "number": "003/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-05T16:42:53Z",
          "pages": 1,
          "request_id": "REQ-2026-0007",
          "sent_at": null,
          "sent_to": null,
          "sha256": "01d20153b2a11621c9db74f75341ebb3a06145314fde3a6f46fbb819a384b56f",
          "text": "subject: Penerusan Permohonan Subjek Data Pribadi\nattachment: -\ncc: Arsip\n---\nDengan hormat,\n\nKami, CV Maju Jaya Kreatif (DEMO), selaku Prosesor Data Pribadi yang memproses data pribadi atas nama Klinik Sehat Sentosa, telah menerima permohonan dari Sinta Maharani melalui e-mail pada tanggal 3 Desember 2026 (nomor registrasi kami REQ-2026-0007) mengenai hak atas keberatan atas keputusan otomatis (Pasal 10).\n\nSesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, permohonan tersebut merupakan kewenangan Klinik Sehat Sentosa selaku Pengendali Data Pribadi. Oleh karena itu, permohonan ini kami teruskan untuk ditindaklanjuti, dengan catatan sebagai berikut:\n\n- Permohonan diterima pada tanggal 3 Desember 2026; batas waktu tanggapan menurut kebijakan kami adalah 20 Januari 2027.\n- Kontak pemohon: sinta.m@example.com.\n\nKami siap membantu pelaksanaannya sesuai instruksi Klinik Sehat Sentosa.\n\nDemikian kami sampaikan. Atas perhatian dan kerja samanya, kami ucapkan terima kasih.",
          "void_reason": null
        }
      ],
      "offers": [
        {
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "objection-answered",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
          "kind": "restriction-done",
          "needs_verification": true,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "identity",
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": "the policy window has not been extended",
          "why_not": {
            "code": "not_extended"
          }
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
      "issued": [
        {
          "actor": "Wayan",
          "bytes": 21420,
          "dated": "2026-12-06",
          "email_body": "Dengan hormat,\n\nMenindaklanjuti permohonan Bapak/Ibu Fransiska Dewi yang kami terima melalui formulir web pada tanggal 27 November 2026 (nomor registrasi REQ-2026-0009) mengenai hak atas informasi tentang pemrosesan (Pasal 5), dengan ini kami beritahukan bahwa waktu tanggapan atas permohonan tersebut kami perpanjang sampai dengan tanggal 21 Januari 2027.\n\nAlasan perpanjangan: due 2027-01-21 (was 2027-01-14): Data tersebar di arsip lama; butuh waktu tambahan.\n\nKami akan menyampaikan tanggapan secepatnya, dan tidak melewati tanggal tersebut.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Fransiska Dewi, kami ucapkan terima kasih.\n\nHormat kami,\n\nNi Made Contoh\nPetugas Pelindungan Data Pribadi\nCV Maju Jaya Kreatif (DEMO)\n\nSurat resmi terlampir dalam format PDF.",
          "email_subject": "Pemberitahuan Perpanjangan Waktu Tanggapan [004/PDP/CMJKD/XII/2026]",
          "file": "letters/REQ-2026-0009/004-PDP-CMJKD-XII-2026-extension-id.pdf",
          "id": 4,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "extension",
          "language": "id",
          "number": "004/PDP/CMJKD/XII/2026",
          "numbered_at": "2026-12-05T16:42:53Z",
          "pages": 1,
          "request_id": "REQ-2026-0009",
          "sent_at": null,
          "sent_to": null,
          "sha256": "86cf07a5a60640f0a2efbd7e41c6adf8498b35bbf4a92a7471ccd5efc887814c",
          "text": "subject: Pemberitahuan Perpanjangan Waktu Tanggapan\nattachment: -\ncc: Arsip\n---\nDengan hormat,\n\nMenindaklanjuti permohonan Bapak/Ibu Fransiska Dewi yang kami terima melalui formulir web pada tanggal 27 November 2026 (nomor registrasi REQ-2026-0009) mengenai hak atas informasi tentang pemrosesan (Pasal 5), dengan ini kami beritahukan bahwa waktu tanggapan atas permohonan tersebut kami perpanjang sampai dengan tanggal 21 Januari 2027.\n\nAlasan perpanjangan: due 2027-01-21 (was 2027-01-14): Data tersebar di arsip lama; butuh waktu tambahan.\n\nKami akan menyampaikan tanggapan secepatnya, dan tidak melewati tanggal tersebut.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu Fransiska Dewi, kami ucapkan terima kasih.",
          "void_reason": null
        }
      ],
      "offers": [
        {
          "grounds": [],
          "kind": "acknowledgement",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "verification-request",
          "needs_verification": false,
          "not_now": "the office asks no proof of identity for the rights of this request",
          "why_not": {
            "code": "nothing_to_verify"
          }
        },
        {
          "grounds": [],
          "kind": "access",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [],
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
          "grounds": [
            "third-party",
            "exception"
          ],
          "kind": "refusal",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "extension",
          "needs_verification": false,
          "not_now": null,
          "why_not": null
        },
        {
          "grounds": [],
          "kind": "no-data",
          "needs_verification": true,
          "not_now": "search the office's sources for this request first",
          "why_not": {
            "code": "not_searched"
          }
        },
        {
          "grounds": [],
          "kind": "forward-to-controller",
          "needs_verification": false,
          "not_now": "the office is the controller of this request's data",
          "why_not": {
            "code": "office_is_controller"
          }
        },
        {
          "grounds": [],
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
