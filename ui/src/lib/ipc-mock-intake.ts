// Demo e-mail for the dev mock (`npm run dev:mock`): believable messages for every kind of intake
// card, with phrase offsets computed the way the core reports them (UTF-8 bytes into the text).
// Looks only; the real reading and classifying live in pdp-core.
import type { Code, Report } from "./errors";
import type { EventKind } from "$lib/bindings/EventKind";
import type { Evidence } from "$lib/bindings/Evidence";
import type { Highlight } from "$lib/bindings/Highlight";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { IntakeStatus } from "$lib/bindings/IntakeStatus";
import type { NameCandidate } from "$lib/bindings/NameCandidate";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { ReceivedSource } from "$lib/bindings/ReceivedSource";
import type { Request } from "$lib/bindings/Request";
import type { RequesterRole } from "$lib/bindings/RequesterRole";
import type { Right } from "$lib/bindings/Right";

const DIR = "/home/staf/Unduhan";
export const MOCK_MAIL_PATHS = [
  `${DIR}/permohonan-hapus-data.eml`,
  `${DIR}/kotak-masuk-november.mbox`,
  `${DIR}/permohonan-akses-data.eml`,
  `${DIR}/scan-ktp.pdf`,
];

/** What the mock backend lends this module. */
export interface MockRegister {
  requestOf(name: string, openOnly?: boolean): Request | null;
  get(id: string): Request | null;
  onOfficeClock(at: Date): string;
  create(form: NewRequest): Request;
  /** Adds an event to the request's history: a note unless another kind is given. */
  note(id: string, text: string, kind?: EventKind): void;
}

type Relation = "new" | "not" | { reply: string } | { duplicate: string } | { imported: string };

type Msg = {
  index: number | null;
  sha: string;
  subject: string;
  from: [string | null, string];
  hoursAgo: number;
  source: ReceivedSource;
  body: string;
  attachments?: [string, string, number][];
  rights?: [Right, string[]][];
  context?: string[];
  names?: [string, NameCandidate["source"]][];
  phones?: string[];
  nik?: string;
  role?: RequesterRole;
  onBehalfOf?: string;
  rolePhrases?: string[];
  relation: Relation;
};

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Every occurrence of each phrase in `text`, as byte-offset highlights. */
function find(text: string, phrases: string[] = []): Highlight[] {
  const out: Highlight[] = [];
  for (const phrase of phrases) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
      const start = bytes(text.slice(0, i));
      out.push({ start, end: start + bytes(phrase), text: phrase });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const sha = (seed: string) => seed.repeat(Math.ceil(64 / seed.length)).slice(0, 64);

const MESSAGES: Record<string, Msg[]> = {
  "permohonan-hapus-data.eml": [
    {
      index: null,
      sha: sha("7f3a9c21e4b80d56"),
      subject: "Permohonan penghapusan data pribadi",
      from: ["Ayu Saraswati", "putu.saraswati@example.com"],
      hoursAgo: 3,
      source: "received-header",
      body:
        "Selamat siang Bapak/Ibu 🙏\n\nSaya Putu Ayu Saraswati, pelanggan cetak undangan “Pernikahan Ayu & Dé” bulan Agustus lalu. Sesuai UU No. 27/2022 tentang Pelindungan Data Pribadi, mohon data pribadi saya dihapus dari sistem Anda, termasuk foto KTP yang dulu saya kirim lewat WhatsApp.\n\nSaya juga menarik persetujuan untuk menerima promosi lewat WhatsApp dan e-mail.\n\nNama: Putu Ayu Saraswati\nNIK: 5171014508900003\nHP: 0812-3456-7801\n\nHormat saya,\nPutu Ayu Saraswati",
      attachments: [["foto-ktp.jpg", "image/jpeg", 188_416]],
      rights: [
        ["deletion", ["data pribadi saya dihapus"]],
        ["withdraw-consent", ["menarik persetujuan"]],
      ],
      context: ["27/2022", "Pelindungan Data", "Pribadi", "pribadi"],
      names: [
        ["Putu Ayu Saraswati", "name-line"],
        ["Ayu Saraswati", "sender"],
      ],
      phones: ["+6281234567801"],
      nik: "517101******0003",
      relation: "new",
    },
  ],
  "kotak-masuk-november.mbox": [
    {
      index: 1,
      sha: sha("c45e0b9d2a7716f3"),
      subject: "Minta salinan data anak saya",
      from: ["Hendra Wijaya", "hendra.wijaya@example.net"],
      hoursAgo: 26,
      source: "date-header",
      body:
        "Selamat pagi,\n\nSaya orang tua dari Kevin Wijaya (kelas 8), peserta lomba desain poster bulan lalu. Mohon dikirimkan salinan data anak saya yang Anda simpan. Tolong perbaiki juga ejaan nama belakangnya — seharusnya “Wijaya”, bukan “Wijaja”.\n\nTerima kasih,\nHendra Wijaya\n0857-2233-4455",
      rights: [
        ["access", ["salinan data"]],
        ["correction", ["perbaiki juga ejaan"]],
      ],
      context: ["data anak saya"],
      names: [["Hendra Wijaya", "sender"]],
      phones: ["+6285722334455"],
      role: "guardian",
      onBehalfOf: "Kevin Wijaya",
      rolePhrases: ["orang tua dari"],
      relation: "new",
    },
    {
      index: 2,
      sha: sha("0d1e2f3a4b5c6d7e"),
      subject: "Pertanyaan faktur 11676",
      from: ["Rina Marlina", "rina@sumberrejeki.example"],
      hoursAgo: 30,
      source: "file-time",
      body:
        "Selamat pagi,\n\nMohon dikirimkan faktur pajak untuk invoice nomor 11676 (cetak brosur 2.000 lembar). Alamat kantor kami sudah pindah ke Jl. Teuku Umar 88, Denpasar; tolong dicatat untuk tagihan berikutnya.\n\nTerima kasih,\nRina\nToko Sumber Rejeki",
      names: [
        ["Rina Marlina", "sender"],
        ["Rina", "signature"],
      ],
      relation: "not",
    },
    {
      index: 3,
      sha: sha("9a8b7c6d5e4f3021"),
      subject: "Re: Permohonan hapus data dan berhenti promosi",
      from: ["Yohanes Pratama", "yohanes.pratama@example.com"],
      hoursAgo: 50,
      source: "received-header",
      body:
        "Selamat sore,\n\nKode verifikasi yang Anda kirim: 482913. Mohon dilanjutkan proses penghapusan data saya.\n\nSalam,\nYohanes\n\n> Mohon balas e-mail ini dengan kode verifikasi yang kami kirim lewat SMS.",
      rights: [["deletion", ["penghapusan data"]]],
      context: ["data saya"],
      names: [["Yohanes Pratama", "sender"]],
      relation: { reply: "Yohanes Pratama" },
    },
    {
      index: 4,
      sha: sha("5566778899aabbcc"),
      subject: "Permintaan data Clara Manurung",
      from: ["Gregorius Manurung", "gregorius.manurung@example.net"],
      hoursAgo: 52,
      source: "received-header",
      body:
        "Yth. Admin,\n\nSaya ayah dari Clara Manurung. Minggu lalu saya sudah datang ke kantor untuk meminta data anak saya. Mohon kirimkan salinan data Clara dalam format yang bisa dibuka di Excel.\n\nHormat saya,\nGregorius Manurung",
      rights: [
        ["access", ["meminta data anak saya"]],
        ["portability", ["format yang bisa dibuka di Excel"]],
      ],
      context: ["data anak saya"],
      names: [["Gregorius Manurung", "sender"]],
      role: "guardian",
      onBehalfOf: "Clara Manurung",
      rolePhrases: ["ayah dari"],
      relation: { duplicate: "Gregorius Manurung" },
    },
  ],
  "permohonan-akses-data.eml": [
    {
      index: null,
      sha: sha("e1d2c3b4a5968778"),
      subject: "Permintaan salinan data pesanan 2024",
      from: ["Ni Made Ayu Lestari", "ayu.lestari@example.co.id"],
      hoursAgo: 40 * 24,
      source: "received-header",
      body: "Selamat pagi,\n\nSaya ingin meminta salinan data saya terkait pesanan kartu nama tahun 2024.\n\nTerima kasih,\nNi Made Ayu Lestari",
      rights: [["access", ["salinan data saya"]]],
      context: ["data saya"],
      names: [["Ni Made Ayu Lestari", "sender"]],
      relation: { imported: "Ni Made Ayu Lestari" },
    },
  ],
};

const BROKEN: Record<string, [number | null, string]> = {
  "kotak-masuk-november.mbox": [5, "message 5: the mailbox ends inside this message (truncated); export the folder again"],
  "scan-ktp.pdf": [null, "not an e-mail: the file has no mail header lines"],
};

/** Messages registered or linked in this session, by content hash. */
const imported = new Map<string, string>();
const evidence: { requestId: string; ev: Evidence }[] = [];
let seeded = false;

function seedEvidence(reg: MockRegister) {
  if (seeded) return;
  seeded = true;
  const ayu = reg.requestOf("Ni Made Ayu Lestari");
  const g = MESSAGES["permohonan-akses-data.eml"][0];
  if (ayu) {
    imported.set(g.sha, ayu.id);
    evidence.push({ requestId: ayu.id, ev: evidenceOf(g, "permohonan-akses-data.eml", ayu.received_at, "request") });
  }
  const yohanes = reg.requestOf("Yohanes Pratama");
  if (yohanes) {
    const first = { ...g, sha: sha("3b2a190817263544"), subject: "Permohonan hapus data dan berhenti promosi" };
    evidence.push({ requestId: yohanes.id, ev: evidenceOf(first, "hapus-data-yohanes.eml", yohanes.received_at, "request") });
  }
}

function evidenceOf(m: Msg, file: string, receivedAt: string, relation: string): Evidence {
  return {
    sha256: m.sha,
    message_id: `<${m.sha.slice(0, 16)}@mail.example>`,
    source_file: file,
    subject: m.subject,
    received_at: new Date(receivedAt).toISOString(),
    relation,
    path: `/home/staf/.local/share/pdpdesk/evidence/${m.sha}.eml`,
  };
}

function statusOf(m: Msg, reg: MockRegister): IntakeStatus {
  const known = imported.get(m.sha);
  if (known) return { kind: "already-imported", request_id: known };
  const r = m.relation;
  if (r === "new") return { kind: "new-request" };
  if (r === "not") return { kind: "not-request" };
  if ("reply" in r) {
    const to = reg.requestOf(r.reply);
    if (to) return { kind: "reply", request_id: to.id };
  } else if ("duplicate" in r) {
    const to = reg.requestOf(r.duplicate, true);
    if (to) return { kind: "duplicate", request_id: to.id };
  }
  return { kind: "new-request" };
}

function itemOf(file: string, m: Msg, reg: MockRegister): IntakeItem {
  const text = `${m.subject}\n\n${m.body}`;
  const [name, address] = m.from;
  const received = reg.onOfficeClock(new Date(Date.now() - m.hoursAgo * 3600_000));
  return {
    file,
    index: m.index,
    sha256: m.sha,
    status: statusOf(m, reg),
    error: null,
    proposal: {
      mail: {
        message_id: `<${m.sha.slice(0, 16)}@mail.example>`,
        in_reply_to: [],
        references: [],
        subject: m.subject,
        from: { name, address },
        reply_to: null,
        to: [{ name: "Privasi", address: "privasi@majujayakreatif.example" }],
        date: received,
        received: m.source === "received-header" ? received : null,
        body: m.body,
        attachments: (m.attachments ?? []).map(([n, type, size]) => ({ name: n, content_type: type, size })),
      },
      text,
      classification: {
        is_request: m.relation !== "not",
        rights: (m.rights ?? []).map(([right, phrases]) => ({ right, phrases: find(text, phrases) })),
        context: find(text, m.context),
      },
      requester: {
        name: m.names?.[0]?.[0] ?? name,
        names: (m.names ?? []).map(([n, source]) => ({ name: n, source })),
        emails: [address],
        phones: m.phones ?? [],
        nik_masked: m.nik ?? null,
        role: m.role ?? "subject",
        on_behalf_of: m.onBehalfOf ?? null,
        role_phrases: find(text, m.rolePhrases),
      },
      received_at: received,
      received_source: m.source,
      // The core's proposed form (pdp-core intake/proposal.rs `proposed_form`).
      form: {
        received_at: received,
        channel: "email",
        rights: (m.rights ?? []).map(([right]) => right),
        name: m.names?.[0]?.[0] ?? name ?? address,
        emails: [address],
        phones: m.phones ?? [],
        postal_address: null,
        nik: m.body.split(/[^0-9]+/).find((d) => d.length === 16) ?? null,
        role: m.role ?? "subject",
        on_behalf_of: m.onBehalfOf ?? null,
        notes: null,
      },
    },
  };
}

function unreadable(file: string, index: number | null, error: string): IntakeItem {
  return { file, index, sha256: index === null ? "" : sha("ffee"), status: null, proposal: null, error };
}

export function mockPreview(paths: string[], reg: MockRegister): IntakeItem[] {
  seedEvidence(reg);
  return paths.flatMap((file) => {
    const base = file.split(/[\\/]/).pop() ?? file;
    const known = MESSAGES[base];
    const broken = BROKEN[base];
    if (!known && !broken) {
      // A file dropped in the browser: any .eml shows the first demo message under its name.
      return base.toLowerCase().endsWith(".eml")
        ? [itemOf(file, MESSAGES["permohonan-hapus-data.eml"][0], reg)]
        : [unreadable(file, null, "not an e-mail: the file has no mail header lines")];
    }
    const items = (known ?? []).map((m) => itemOf(file, m, reg));
    if (broken) items.push(unreadable(file, broken[0], broken[1]));
    return items;
  });
}

function fail(code: Code, message: string): never {
  const report: Report = { code, message, field: null, reason: null };
  throw report;
}

function messageOf(file: unknown, index: unknown, sha256: unknown): Msg {
  const base = String(file).split(/[\\/]/).pop() ?? "";
  const m = (MESSAGES[base] ?? MESSAGES["permohonan-hapus-data.eml"]).find((x) => x.index === index);
  if (!m || m.sha !== sha256) fail("file_error", `${String(file)}: the file changed since it was previewed; import it again`);
  return m;
}

export function mockRegister(args: Record<string, unknown>, reg: MockRegister): Request {
  const m = messageOf(args.file, args.index, args.sha256);
  const known = imported.get(m.sha);
  if (known) fail("already_imported", `this message was already imported, as request ${known}`);
  const form = args.form as NewRequest;
  if (form.channel !== "email") fail("invalid_input", "a request imported from e-mail has the channel email");
  const request = reg.create(form);
  imported.set(m.sha, request.id);
  const base = String(args.file).split(/[\\/]/).pop() ?? "";
  evidence.push({ requestId: request.id, ev: evidenceOf(m, base, request.received_at, "request") });
  return request;
}

export function mockLinkReply(args: Record<string, unknown>, reg: MockRegister): null {
  const m = messageOf(args.file, args.index, args.sha256);
  const id = String(args.requestId);
  const request = reg.get(id) ?? fail("request_not_found", `request ${id} not found`);
  if (imported.has(m.sha)) fail("already_imported", `this message was already imported, as request ${imported.get(m.sha)}`);
  imported.set(m.sha, id);
  const base = String(args.file).split(/[\\/]/).pop() ?? "";
  const at = reg.onOfficeClock(new Date(Date.now() - m.hoursAgo * 3600_000));
  evidence.push({ requestId: id, ev: evidenceOf(m, base, at, "reply") });
  reg.note(request.id, `E-mail diterima dari ${m.from[1]}: "${m.subject}"`);
  return null;
}

export function mockEvidence(id: string, reg: MockRegister): Evidence[] {
  seedEvidence(reg);
  return evidence.filter((e) => e.requestId === id).map((e) => e.ev);
}
