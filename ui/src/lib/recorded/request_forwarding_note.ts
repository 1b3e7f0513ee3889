// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk request forward-note`
import type { Recorded } from "./recorded-reply";

export default {
  "{\"id\":\"REQ-2026-0001\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0001 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0001\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0001 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0002\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0002 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0002\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0002 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0003\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0003 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0003\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0003 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0004\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0004 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0004\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0004 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0005\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0005 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0005\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0005 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0006\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0006 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0006\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0006 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0007\",\"lang\":\"en\"}": {
    "ok": "To: Klinik Sehat Sentosa (privasi@kliniksehat.example)\nFrom: CV Maju Jaya Kreatif (DEMO), Jl. Contoh Raya No. 1, Denpasar, Bali 80111\nSubject: Forwarding of a data-subject request REQ-2026-0007\n\nDear Sir or Madam,\n\nOn 3 December 2026 00:42 WITA we received by e-mail a request to exercise data-subject rights. It concerns data we process on behalf of Klinik Sehat Sentosa as the controller. Under Indonesia's Personal Data Protection Law (UU No. 27/2022) the decision on the request rests with the controller, so we forward it to you for action.\n\nRequester: Sinta Maharani (the data subject)\nContact: sinta.m@example.com\nRights requested:\n- objection to automated decisions (Art. 10)\nOur reference: REQ-2026-0007\n\nWe stand ready to search and prepare the data on your instructions and will not answer the requester without your approval.\n\nYours faithfully,\nCV Maju Jaya Kreatif (DEMO)"
  },
  "{\"id\":\"REQ-2026-0007\",\"lang\":\"id\"}": {
    "ok": "Kepada: Klinik Sehat Sentosa (privasi@kliniksehat.example)\nDari: CV Maju Jaya Kreatif (DEMO), Jl. Contoh Raya No. 1, Denpasar, Bali 80111\nPerihal: Penerusan permintaan subjek data REQ-2026-0007\n\nDengan hormat,\n\nPada 3 Desember 2026 00.42 WITA kami menerima lewat e-mail permintaan pelaksanaan hak subjek data pribadi. Permintaan ini menyangkut data yang kami proses atas nama Klinik Sehat Sentosa selaku Pengendali Data Pribadi. Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, keputusan atas permintaan ini ada pada Pengendali; karena itu kami meneruskannya kepada Anda untuk ditindaklanjuti.\n\nPemohon: Sinta Maharani (subjek data sendiri)\nKontak: sinta.m@example.com\nHak yang diminta:\n- keberatan atas keputusan otomatis (Pasal 10)\nNomor kami: REQ-2026-0007\n\nKami siap membantu mencari dan menyiapkan data sesuai instruksi Anda dan tidak akan menjawab pemohon tanpa persetujuan Anda.\n\nHormat kami,\nCV Maju Jaya Kreatif (DEMO)"
  },
  "{\"id\":\"REQ-2026-0008\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0008 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0008\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0008 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0009\",\"lang\":\"en\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0009 names no client (controller) to forward to",
      "reason": "required"
    }
  },
  "{\"id\":\"REQ-2026-0009\",\"lang\":\"id\"}": {
    "error": {
      "code": "invalid_input",
      "field": "controller",
      "message": "controller: REQ-2026-0009 names no client (controller) to forward to",
      "reason": "required"
    }
  }
} satisfies Record<string, Recorded<string>>;
