// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk intake-record`
import type { Recorded } from "./recorded-reply";
import type { RecordProposal } from "$lib/bindings/RecordProposal";

export default {
  "{\"file\":\"/home/staf/.local/share/pdpdesk/demo-exports/whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt\",\"which\":{\"at\":{\"index\":1,\"kind\":\"message\",\"line\":0}}}": {
    "ok": {
      "classification": {
        "class": "not-request",
        "context": [],
        "reasons": [
          {
            "code": "nothing-asked",
            "right": null,
            "words": []
          }
        ],
        "rights": []
      },
      "file": "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt",
      "form": {
        "channel": "chat",
        "emails": [],
        "name": "",
        "nik": null,
        "notes": "Diterima lewat whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt, message 1 (line 1)",
        "on_behalf_of": null,
        "phones": [],
        "postal_address": null,
        "received_at": null,
        "rights": [],
        "role": "subject"
      },
      "kind": "whatsapp-chat",
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
      },
      "source": "/home/staf/.local/share/pdpdesk/demo-exports",
      "text": "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya."
    }
  },
  "{\"file\":\"/home/staf/.local/share/pdpdesk/demo-exports/wix_form_submissions.csv\",\"which\":{\"at\":{\"kind\":\"line\",\"line\":2}}}": {
    "ok": {
      "classification": {
        "class": "not-request",
        "context": [],
        "reasons": [
          {
            "code": "nothing-asked",
            "right": null,
            "words": []
          }
        ],
        "rights": []
      },
      "file": "wix_form_submissions.csv",
      "form": {
        "channel": "web-form",
        "emails": [
          "mulyadi508@ymail.com"
        ],
        "name": "mulyadi",
        "nik": null,
        "notes": "Diterima lewat wix_form_submissions.csv, line 2",
        "on_behalf_of": null,
        "phones": [
          "+628899862098"
        ],
        "postal_address": null,
        "received_at": "2024-06-28T14:59:59+00:00",
        "rights": [],
        "role": "subject"
      },
      "kind": "wix-forms",
      "record": {
        "fields": [
          {
            "column": "Submission time",
            "raw": "2024-06-28T14:59:59.000Z",
            "role": "date",
            "value": "2024-06-28T14:59:59.000Z"
          },
          {
            "column": "First name",
            "raw": "mulyadi",
            "role": "name",
            "value": "mulyadi"
          },
          {
            "column": "Last name",
            "raw": "",
            "role": "name",
            "value": ""
          },
          {
            "column": "Email",
            "raw": "mulyadi508@ymail.com",
            "role": "email",
            "value": "mulyadi508@ymail.com"
          },
          {
            "column": "Phone",
            "raw": "08899862098",
            "role": "phone",
            "value": "08899862098"
          },
          {
            "column": "Address",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "Message",
            "raw": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri.",
            "role": "text",
            "value": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri."
          },
          {
            "column": "Submission ID",
            "raw": "3f081008-34d6-4e8d-8ea6-5c86d47c637c",
            "role": "id",
            "value": "3f081008-34d6-4e8d-8ea6-5c86d47c637c"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 2
        },
        "number": 1,
        "record_id": "3f081008-34d6-4e8d-8ea6-5c86d47c637c",
        "warnings": []
      },
      "source": "/home/staf/.local/share/pdpdesk/demo-exports",
      "text": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri."
    }
  },
  "{\"file\":\"/home/staf/.local/share/pdpdesk/demo-exports/wix_form_submissions.csv\",\"which\":{\"number\":1}}": {
    "ok": {
      "classification": {
        "class": "not-request",
        "context": [],
        "reasons": [
          {
            "code": "nothing-asked",
            "right": null,
            "words": []
          }
        ],
        "rights": []
      },
      "file": "wix_form_submissions.csv",
      "form": {
        "channel": "web-form",
        "emails": [
          "mulyadi508@ymail.com"
        ],
        "name": "mulyadi",
        "nik": null,
        "notes": "Diterima lewat wix_form_submissions.csv, line 2",
        "on_behalf_of": null,
        "phones": [
          "+628899862098"
        ],
        "postal_address": null,
        "received_at": "2024-06-28T14:59:59+00:00",
        "rights": [],
        "role": "subject"
      },
      "kind": "wix-forms",
      "record": {
        "fields": [
          {
            "column": "Submission time",
            "raw": "2024-06-28T14:59:59.000Z",
            "role": "date",
            "value": "2024-06-28T14:59:59.000Z"
          },
          {
            "column": "First name",
            "raw": "mulyadi",
            "role": "name",
            "value": "mulyadi"
          },
          {
            "column": "Last name",
            "raw": "",
            "role": "name",
            "value": ""
          },
          {
            "column": "Email",
            "raw": "mulyadi508@ymail.com",
            "role": "email",
            "value": "mulyadi508@ymail.com"
          },
          {
            "column": "Phone",
            "raw": "08899862098",
            "role": "phone",
            "value": "08899862098"
          },
          {
            "column": "Address",
            "raw": "",
            "role": "address",
            "value": ""
          },
          {
            "column": "Message",
            "raw": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri.",
            "role": "text",
            "value": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri."
          },
          {
            "column": "Submission ID",
            "raw": "3f081008-34d6-4e8d-8ea6-5c86d47c637c",
            "role": "id",
            "value": "3f081008-34d6-4e8d-8ea6-5c86d47c637c"
          }
        ],
        "locator": {
          "kind": "line",
          "line": 2
        },
        "number": 1,
        "record_id": "3f081008-34d6-4e8d-8ea6-5c86d47c637c",
        "warnings": []
      },
      "source": "/home/staf/.local/share/pdpdesk/demo-exports",
      "text": "Kak, alamat workshopnya di mana ya?\nMau ambil sendiri."
    }
  }
} satisfies Record<string, Recorded<RecordProposal>>;
