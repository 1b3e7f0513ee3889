// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk letter register`
import type { Recorded } from "./recorded-reply";
import type { LetterRegister } from "$lib/bindings/LetterRegister";

export default {
  "{\"filter\":{\"kind\":\"access\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"access\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"acknowledgement\",\"year\":2026}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 2,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "en",
          "number": "002/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 1,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0005",
          "requester_name": "Tri Wulandari",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"acknowledgement\",\"year\":null}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 2,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "en",
          "number": "002/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 1,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0005",
          "requester_name": "Tri Wulandari",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"consent-withdrawn\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"consent-withdrawn\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"correction-done\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"correction-done\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"deletion-certificate\",\"year\":2026}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 5,
          "issued_at": "2026-12-05T16:42:54Z",
          "kind": "deletion-certificate",
          "language": "id",
          "number": "005/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"deletion-certificate\",\"year\":null}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 5,
          "issued_at": "2026-12-05T16:42:54Z",
          "kind": "deletion-certificate",
          "language": "id",
          "number": "005/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"deletion-done\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"deletion-done\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"extension\",\"year\":2026}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 4,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "extension",
          "language": "id",
          "number": "004/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0009",
          "requester_name": "Fransiska Dewi",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"extension\",\"year\":null}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 4,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "extension",
          "language": "id",
          "number": "004/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0009",
          "requester_name": "Fransiska Dewi",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"forward-to-controller\",\"year\":2026}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 3,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "forward-to-controller",
          "language": "id",
          "number": "003/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0007",
          "requester_name": "Sinta Maharani",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"forward-to-controller\",\"year\":null}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 3,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "forward-to-controller",
          "language": "id",
          "number": "003/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0007",
          "requester_name": "Sinta Maharani",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"forwarded-notice\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"forwarded-notice\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"no-data\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"no-data\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"objection-answered\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"objection-answered\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"portability\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"portability\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"refusal\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"refusal\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"restriction-done\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"restriction-done\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"verification-request\",\"year\":2026}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":\"verification-request\",\"year\":null}}": {
    "ok": {
      "letters": [],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":null,\"year\":2026}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 5,
          "issued_at": "2026-12-05T16:42:54Z",
          "kind": "deletion-certificate",
          "language": "id",
          "number": "005/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 4,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "extension",
          "language": "id",
          "number": "004/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0009",
          "requester_name": "Fransiska Dewi",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 3,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "forward-to-controller",
          "language": "id",
          "number": "003/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0007",
          "requester_name": "Sinta Maharani",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 2,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "en",
          "number": "002/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 1,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0005",
          "requester_name": "Tri Wulandari",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  },
  "{\"filter\":{\"kind\":null,\"year\":null}}": {
    "ok": {
      "letters": [
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 5,
          "issued_at": "2026-12-05T16:42:54Z",
          "kind": "deletion-certificate",
          "language": "id",
          "number": "005/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 4,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "extension",
          "language": "id",
          "number": "004/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0009",
          "requester_name": "Fransiska Dewi",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 3,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "forward-to-controller",
          "language": "id",
          "number": "003/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0007",
          "requester_name": "Sinta Maharani",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 2,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "en",
          "number": "002/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0006",
          "requester_name": "Budi Setiawan Lubis",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        },
        {
          "actor": "Wayan",
          "dated": "2026-12-06",
          "id": 1,
          "issued_at": "2026-12-05T16:42:53Z",
          "kind": "acknowledgement",
          "language": "id",
          "number": "001/PDP/CMJKD/XII/2026",
          "request_id": "REQ-2026-0005",
          "requester_name": "Tri Wulandari",
          "sent_at": null,
          "sent_to": null,
          "void_reason": null
        }
      ],
      "years": [
        2026
      ]
    }
  }
} satisfies Record<string, Recorded<LetterRegister>>;
