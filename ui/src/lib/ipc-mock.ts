// An in-memory stand-in for the Rust side, for `VITE_IPC_MOCK=1 npm run dev` only (looks, not
// behaviour: the real rules live in pdp-core). ipc.ts loads it behind a build-time constant, so
// production bundles do not contain it.
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import { letterExample } from "./ipc-mock-letters";
import type { Code, Report } from "./errors";
import { calendarAdd, calendarImport, calendarRemove, calendarYear, workingDaysBefore } from "./ipc-mock-calendar";
import { clocksOf, dayOf, moveClock, onClock, type MockTimeline } from "./ipc-mock-clocks";
import { mockEvidence, mockLinkReply, mockPreview, mockRegister, type MockRegister } from "./ipc-mock-intake";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { OfficeUpdate } from "$lib/bindings/OfficeUpdate";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { Request } from "$lib/bindings/Request";
import type { RequestDetail } from "$lib/bindings/RequestDetail";
import type { RequestEvent } from "$lib/bindings/RequestEvent";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { RequestState } from "$lib/bindings/RequestState";

const OFFSET: Record<OfficeProfile["time_zone"], number> = {
  "Asia/Jakarta": 7,
  "Asia/Makassar": 8,
  "Asia/Jayapura": 9,
};

let office: OfficeProfile = {
  name: "CV Maju Jaya Kreatif (DEMO)",
  address: "Jl. Contoh Raya No. 1, Denpasar, Bali 80111",
  letterhead: ["Percetakan & Desain Grafis", "Telp. (0361) 000-0000 · privasi@majujayakreatif.example"],
  has_logo: false,
  letter_number_pattern: "{seq}/PDP/{office}/{roman_month}/{year}",
  time_zone: "Asia/Makassar",
  policy_days: 14,
  observes_cuti_bersama: true,
  is_demo: true,
};
let operator = "Wayan";
let logo: number[] | null = null;

type Stored = { request: Request; events: RequestEvent[]; timeline: MockTimeline };
const store: Stored[] = [];
let seq = 0;

function fail(code: Code, message: string, field: string | null = null, reason: string | null = null): never {
  const report: Report = { code, message, field, reason };
  throw report;
}

function invalid(field: string, reason: string, message: string): never {
  fail("invalid_input", `${field}: ${message}`, field, reason);
}

/** An instant as RFC 3339 on the office's fixed offset, as pdp-core sends `received_at`. */
function onOfficeClock(at: Date): string {
  return onClock(at, office.time_zone);
}

const ORDER: RequestState[] = ["received", "verifying", "searching", "fulfilling", "closed"];
const isOpen = (s: RequestState) => !["closed", "rejected", "withdrawn"].includes(s);

function nextStates(from: RequestState): RequestState[] {
  if (!isOpen(from)) return [];
  const stage = ORDER.indexOf(from);
  const all: RequestState[] = [...ORDER, "rejected", "withdrawn"];
  return all.filter((to) => {
    if (to === from) return false;
    const t = ORDER.indexOf(to);
    return t < 0 || t > stage || (t + 1 === stage && t > 0);
  });
}

/** The form's time of receipt: RFC 3339, or a local time on the office clock; empty is `now`. */
function receivedOf(form: NewRequest, now: Date): Date {
  const text = form.received_at?.trim();
  if (!text) return now;
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text);
  const hours = String(OFFSET[office.time_zone]).padStart(2, "0");
  const at = new Date(local ? `${text.length === 16 ? `${text}:00` : text}+${hours}:00` : text);
  if (Number.isNaN(at.getTime())) invalid("received_at", "format", `"${text}" is not a date and time`);
  if (at.getTime() > now.getTime() + 5 * 60_000) invalid("received_at", "future", "the time of receipt is in the future");
  return at;
}

function add(form: NewRequest, actor: string, at: Date, demo: boolean): Request {
  seq += 1;
  const received = demo ? at : receivedOf(form, at);
  const year = received.getUTCFullYear();
  const request: Request = {
    id: `REQ-${year}-${String(seq).padStart(4, "0")}`,
    received_at: onOfficeClock(received),
    channel: form.channel,
    rights: [...new Set(form.rights)],
    requester: {
      name: form.name.trim(),
      emails: form.emails.map((e) => e.trim().toLowerCase()).filter(Boolean),
      phones: form.phones.map((p) => p.trim()).filter(Boolean),
      postal_address: form.postal_address?.trim() || null,
      nik_masked: form.nik ? `${form.nik.slice(0, 6)}••••••${form.nik.slice(-4)}` : null,
      role: form.role,
      on_behalf_of: form.role === "subject" ? null : (form.on_behalf_of?.trim() ?? null),
    },
    state: "received",
    controller: form.controller?.name.trim()
      ? { name: form.controller.name.trim(), contact: form.controller.contact?.trim() || null }
      : null,
    is_demo: demo,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
  };
  const events: RequestEvent[] = [
    { at: at.toISOString(), actor, kind: "created", from_state: null, to_state: "received", text: "" },
  ];
  if (form.notes?.trim())
    events.push({ at: at.toISOString(), actor, kind: "note", from_state: null, to_state: null, text: form.notes.trim() });
  store.push({ request, events, timeline: { pauses: [], extension: null } });
  return request;
}

function move(s: Stored, to: RequestState, reason: string, actor: string, at: Date) {
  s.events.push({ at: at.toISOString(), actor, kind: "state", from_state: s.request.state, to_state: to, text: reason });
  s.request.state = to;
  s.request.updated_at = at.toISOString();
}

type Seed = {
  /** Received this long ago, or `wd` working days before today at 10.00 on the office clock. */
  at: { days: number } | { hours: number } | { wd: number };
  form: Partial<NewRequest> & Pick<NewRequest, "rights" | "name">;
  path?: [RequestState, string][];
  /** Days between the steps of `path`. */
  gap?: number;
  /** A running pause, begun this many days ago, with its reason. */
  pause?: [number, string];
};

const DONE = "Jawaban dan salinan data dikirim; pemohon mengonfirmasi penerimaan.";
const FULL: [RequestState, string][] = [
  ["verifying", "Kode verifikasi dikirim ke kontak pemohon."],
  ["searching", "Identitas cocok dengan data pelanggan."],
  ["fulfilling", "Data ditemukan di CRM dan faktur."],
  ["closed", DONE],
];

// Closed requests over the past year (the board's charts) and open ones at every point of their
// clocks: overdue, due today, amber, green, paused, and three on the 3 × 24-hour clock.
const SEEDS: Seed[] = [
  { at: { days: 320 }, form: { rights: ["access"], name: "Putu Ari Wibawa", emails: ["ari.wibawa@example.com"] }, path: FULL, gap: 2 },
  { at: { days: 290 }, form: { rights: ["correction"], name: "Komang Sri Wahyuni", phones: ["+6281338001122"], channel: "phone" }, path: [FULL[0], ["closed", "Nomor telepon diperbarui."]], gap: 1 },
  { at: { days: 250 }, form: { rights: ["deletion"], name: "Made Suarjana", emails: ["suarjana@example.net"] }, path: FULL, gap: 3 },
  { at: { days: 200 }, form: { rights: ["information"], name: "Ketut Darmawan", emails: ["ketut.d@example.com"], channel: "web-form" }, path: [["closed", "Informasi pemrosesan dikirim lewat e-mail."]], gap: 4 },
  { at: { days: 160 }, form: { rights: ["access", "portability"], name: "Wayan Sudarsana", emails: ["wsudarsana@example.co.id"] }, path: FULL, gap: 5 },
  { at: { days: 120 }, form: { rights: ["withdraw-consent"], name: "Luh Putu Sari", phones: ["+6285737004455"], channel: "phone" }, path: [FULL[0], ["closed", "Promosi WhatsApp dihentikan."]], gap: 1.2 },
  { at: { days: 75 }, form: { rights: ["deletion"], name: "Agus Setiawan", emails: ["agus.s@example.com"] }, path: [FULL[0], ["rejected", "Identitas tidak dapat diverifikasi setelah dua kali diminta."]], gap: 3 },
  { at: { days: 40 }, form: { rights: ["access"], name: "Ni Made Ayu Lestari", emails: ["ayu.lestari@example.co.id"], notes: "Meminta salinan data pesanan kartu nama tahun 2024." }, path: FULL, gap: 1.5 },
  { at: { days: 33 }, form: { rights: ["access"], name: "Rina Kartika", postal_address: "Jl. Gatot Subroto Timur No. 12, Denpasar", channel: "letter" }, path: FULL, gap: 9 },
  { at: { wd: 17 }, form: { rights: ["deletion"], name: "Bagus Permana", emails: ["bagus.permana@example.com"], notes: "Minta semua data desain undangan pernikahan dihapus." }, path: FULL.slice(0, 3), gap: 2 },
  { at: { days: 12 }, form: { rights: ["deletion", "withdraw-consent"], name: "Yohanes Pratama", emails: ["yohanes.pratama@example.com"], phones: ["+6281234567801"], notes: "Tidak ingin lagi menerima promosi lewat WhatsApp; minta data dihapus." }, path: [["verifying", "Menunggu konfirmasi kode dari pemohon."], ["searching", "Kode dikonfirmasi."]], gap: 0.4 },
  { at: { wd: 8 }, form: { rights: ["portability"], name: "Ayu Wulandari", emails: ["ayu.wulandari@example.com"] }, path: [FULL[0]], gap: 1, pause: [2, "Menunggu fotokopi KTP dari pemohon."] },
  { at: { wd: 11 }, form: { rights: ["deletion"], name: "Nyoman Adi Putra", emails: ["nyoman.adi@example.net"] }, path: FULL.slice(0, 2), gap: 2 },
  { at: { wd: 14 }, form: { rights: ["information"], name: "Fransiska Dewi", emails: ["fransiska.dewi@example.com"], channel: "web-form" } },
  { at: { hours: 95.5 }, form: { rights: ["correction"], name: "Dewi Anggraini", phones: ["+6285722334410"], channel: "phone", notes: "Alamat pengiriman lama masih tercatat; minta diperbarui." }, path: [["verifying", "Pemohon akan datang membawa KTP."]], gap: 0.4 },
  { at: { hours: 49.5 }, form: { rights: ["restriction"], name: "Hendra Gunawan", emails: ["hendra.g@example.com"], notes: "Minta datanya tidak dipakai untuk survei pelanggan sampai ada kejelasan." } },
  { at: { hours: 24.5 }, form: { rights: ["access", "portability"], name: "Gregorius Manurung", emails: ["gregorius.manurung@example.net"], channel: "walk-in", role: "guardian", on_behalf_of: "Clara Manurung", nik: "5171010101900001", notes: "Orang tua meminta data anaknya (peserta lomba desain sekolah)." } },
  { at: { wd: 3 }, form: { rights: ["objection"], name: "Sinta Maharani", emails: ["sinta.m@example.com"], controller: { name: "Klinik Sehat Sentosa", contact: "privasi@kliniksehat.example" } } },
];

function seedTime(at: Seed["at"], now: number): Date {
  if ("days" in at) return new Date(now - at.days * 86400_000);
  if ("hours" in at) return new Date(now - at.hours * 3600_000);
  const today = dayOf(new Date(now), office.time_zone);
  const hours = String(OFFSET[office.time_zone]).padStart(2, "0");
  return new Date(`${workingDaysBefore(today, at.wd, office.observes_cuti_bersama)}T10:00:00+${hours}:00`);
}

function seed() {
  const now = Date.now();
  const base: NewRequest = {
    received_at: null, channel: "email", rights: [], name: "", emails: [], phones: [], postal_address: null,
    nik: null, role: "subject", on_behalf_of: null, notes: null,
  };
  for (const { at, form, path = [], gap = 1, pause } of SEEDS) {
    const received = seedTime(at, now);
    add({ ...base, ...form }, "Demo", received, true);
    const s = store[store.length - 1];
    path.forEach(([to, why], i) => move(s, to, why, "Demo", new Date(received.getTime() + (i + 1) * gap * 86400_000)));
    if (pause) {
      const started = new Date(now - pause[0] * 86400_000);
      s.timeline.pauses.push({ started, ended: null });
      s.events.push({ at: started.toISOString(), actor: "Demo", kind: "pause", from_state: null, to_state: null, text: pause[1] });
    }
  }
}
seed();

function find(id: unknown): Stored {
  const s = store.find((x) => x.request.id === id);
  return s ?? fail("request_not_found", `request ${String(id)} not found`);
}

function entry(s: Stored, now: Date): RegisterEntry {
  return { ...s.request, clocks: isOpen(s.request.state) ? clocksOf(s.request, s.timeline, office, now) : null };
}

function list(f: RequestFilter, now: Date): RegisterEntry[] {
  const text = f.text?.trim().toLowerCase();
  const out = store
    .map((s) => entry(s, now))
    .filter((r) => (!f.state || r.state === f.state) && (!f.right || r.rights.includes(f.right)))
    .filter((r) => !f.open_only || isOpen(r.state))
    .filter((r) => !text || r.id.toLowerCase().includes(text) || r.requester.name.toLowerCase().includes(text));
  out.sort((a, b) => a.received_at.localeCompare(b.received_at));
  return f.sort === "oldest-first" ? out : out.reverse();
}

function validate(form: NewRequest) {
  if (!form.name.trim()) invalid("name", "required", "the requester's name is required");
  if (form.rights.length === 0) invalid("rights", "required", "choose at least one right");
  for (const e of form.emails) if (e.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e.trim())) invalid("email", "format", `"${e}" is not an e-mail address`);
  for (const p of form.phones) if (p.trim() && p.replace(/\D/g, "").length < 8) invalid("phone", "format", `"${p}" is not a phone number`);
  if (!form.emails.some((e) => e.trim()) && !form.phones.some((p) => p.trim()) && !form.postal_address?.trim())
    invalid("contact", "required", "give at least one way to reach the requester");
  if (form.nik && !/^\d{16}$/.test(form.nik.trim())) invalid("nik", "format", "not a NIK: must have 16 digits");
  if (form.role !== "subject" && !form.on_behalf_of?.trim()) invalid("on_behalf_of", "required", "give the data subject's name");
  if (form.controller && !form.controller.name.trim()) invalid("controller", "required", "name the client (controller) the request concerns");
}

/** A look-alike of pdp-core's forwarding note (the real text lives in register/forwarding.rs). */
function forwardingNote(r: Request, lang: "id" | "en"): string {
  const c = r.controller ?? invalid("controller", "required", `${r.id} names no client (controller) to forward to`);
  const q = r.requester;
  const contacts = [...q.emails, ...q.phones, ...(q.postal_address ? [q.postal_address] : [])];
  const when = r.received_at.slice(0, 16).replace("T", " ");
  const lines =
    lang === "id"
      ? [
          `Kepada ${c.name}${c.contact ? ` (${c.contact})` : ""},`,
          "",
          `Kami menerima permintaan subjek data ${r.id} pada ${when}. Kami memproses data ini atas nama Anda sebagai pengendali; mohon permintaan ini Anda tindak lanjuti.`,
          "",
          `Pemohon: ${q.name}`,
          `Kontak: ${contacts.join(", ") || "-"}`,
          `Hak: ${r.rights.join(", ")}`,
          "",
          `Hormat kami,`,
          office.name,
        ]
      : [
          `To ${c.name}${c.contact ? ` (${c.contact})` : ""},`,
          "",
          `We received data subject request ${r.id} on ${when}. We process this data on your behalf as the controller; please act on this request.`,
          "",
          `Requester: ${q.name}`,
          `Contact: ${contacts.join(", ") || "-"}`,
          `Rights: ${r.rights.join(", ")}`,
          "",
          "Kind regards,",
          office.name,
        ];
  return lines.join("\n");
}

function updateOffice(u: OfficeUpdate): OfficeProfile {
  if (u.name !== null && !u.name.trim()) invalid("name", "required", "the office name is required");
  if (u.letter_number_pattern !== null && !u.letter_number_pattern.includes("{seq}"))
    invalid("letter_number_pattern", "format", "the pattern must contain {seq}");
  if (u.policy_days !== null && (u.policy_days < 1 || u.policy_days > 365))
    invalid("policy_days", "range", "the policy window must be between 1 and 365 working days");
  const next = { ...office };
  for (const [k, v] of Object.entries(u)) if (v !== null) Object.assign(next, { [k]: v });
  office = next;
  return office;
}

/** What the intake demo may use of this backend. */
const register: MockRegister = {
  requestOf: (name, openOnly = false) =>
    store.find((s) => s.request.requester.name === name && (!openOnly || isOpen(s.request.state)))?.request ?? null,
  get: (id) => store.find((s) => s.request.id === id)?.request ?? null,
  onOfficeClock,
  create: (form) => {
    validate(form);
    return add(form, operator, new Date(), false);
  },
  note: (id, text, kind = "note") => {
    find(id).events.push({ at: new Date().toISOString(), actor: operator, kind, from_state: null, to_state: null, text });
  },
};

export async function mockInvoke(cmd: string, args: Record<string, unknown>): Promise<unknown> {
  await new Promise((r) => setTimeout(r, 120));
  // Sources ("Sumber data") and requests started from a source record: ipc-mock-sources.ts.
  // The subject search (ipc-mock-search.ts); the one cancel switch stops it and source reads.
  if (cmd === "source_cancel") (await import("./ipc-mock-search")).cancelSearch();
  if (["request_search", "request_latest_search", "hits_decide", "request_found_identifiers", "request_add_identifiers", "hit_record"].includes(cmd))
    return (await import("./ipc-mock-search")).mockSearch(cmd, args, register, operator);
  if (cmd.startsWith("verification_"))
    return (await import("./ipc-mock-verify")).mockVerify(cmd, args, () => operator, (id) => register.get(id), (id, text) => register.note(id, text, "verification"));
  if (cmd.startsWith("source_") || cmd.startsWith("record_"))
    return (await import("./ipc-mock-sources")).mockSources(cmd, args, register);
  const now = new Date();
  switch (cmd) {
    case "request_list":
      return structuredClone(list(args.filter as RequestFilter, now));
    case "request_get": {
      const s = find(args.id);
      const detail: RequestDetail = { ...entry(s, now), events: s.events, next_states: nextStates(s.request.state) };
      return structuredClone(detail);
    }
    case "request_pause":
    case "request_resume":
    case "request_extend": {
      const s = find(args.id);
      const ev = moveClock(cmd, s.request, s.timeline, office, args, now);
      s.events.push({ at: now.toISOString(), actor: operator, kind: ev.kind, from_state: null, to_state: null, text: ev.text });
      s.request.updated_at = now.toISOString();
      return structuredClone(clocksOf(s.request, s.timeline, office, now));
    }
    case "calendar_year":
      return calendarYear(Number(args.year), office.observes_cuti_bersama);
    case "calendar_add":
      return calendarAdd(args.entry);
    case "calendar_remove":
      return calendarRemove(args.date);
    case "calendar_import":
      await new Promise((r) => setTimeout(r, 400));
      return calendarImport(String(args.path ?? ""));
    case "request_create": {
      const form = args.form as NewRequest;
      validate(form);
      return structuredClone(add(form, operator, now, false));
    }
    case "request_change_state": {
      const s = find(args.id);
      const to = args.to as RequestState;
      const reason = String(args.reason ?? "").trim();
      if (!reason) invalid("reason", "required", "reason is required");
      if (!nextStates(s.request.state).includes(to))
        fail("invalid_state_change", `cannot move request ${s.request.id} from ${s.request.state} to ${to}`);
      move(s, to, reason, operator, now);
      return structuredClone(s.request);
    }
    case "request_correct_received": {
      const s = find(args.id);
      const reason = String(args.reason ?? "").trim();
      const text = String(args.received ?? "").trim();
      if (!text) invalid("received_at", "format", "give the time of receipt");
      const at = receivedOf({ received_at: text } as NewRequest, now);
      if (!reason) invalid("reason", "required", "reason is required");
      const from = s.request.received_at.slice(0, 16).replace("T", " ");
      s.request.received_at = onOfficeClock(at);
      const to = s.request.received_at.slice(0, 16).replace("T", " ");
      s.events.push({ at: now.toISOString(), actor: operator, kind: "receipt-corrected", from_state: null, to_state: null, text: `${from} → ${to}: ${reason}` });
      s.request.updated_at = now.toISOString();
      return structuredClone(s.request);
    }
    case "request_forwarding_note":
      return forwardingNote(find(args.id).request, args.lang === "en" ? "en" : "id");
    case "request_add_note": {
      const s = find(args.id);
      const text = String(args.text ?? "").trim();
      if (!text) invalid("note", "required", "note is required");
      const ev: RequestEvent = { at: now.toISOString(), actor: operator, kind: "note", from_state: null, to_state: null, text };
      s.events.push(ev);
      return ev;
    }
    case "request_evidence":
      find(args.id);
      return structuredClone(mockEvidence(String(args.id), register));
    case "intake_preview":
      await new Promise((r) => setTimeout(r, 500));
      return structuredClone(mockPreview(args.paths as string[], register));
    case "intake_register":
      return structuredClone(mockRegister(args, register));
    case "intake_link_reply":
      return mockLinkReply(args, register);
    case "office_get":
      return { ...office, has_logo: logo !== null };
    case "office_letter_example":
      return letterExample(args.pattern as string, args.name as string, args.zone as OfficeZone);
    case "office_update":
      return updateOffice(args.update as OfficeUpdate);
    case "office_logo":
      return logo;
    case "office_set_logo":
      logo = args.png as number[];
      return null;
    case "office_clear_logo":
      logo = null;
      return null;
    case "installation_get":
      return { version: "0.1.0-mock", data_dir: "/home/staf/.local/share/pdpdesk", database: "/home/staf/.local/share/pdpdesk/pdpdesk.db" };
    case "operator_get":
      return operator;
    case "operator_set":
      operator = String(args.name ?? "").trim();
      return null;
    case "demo_clear": {
      const before = store.length;
      store.splice(0, store.length, ...store.filter((s) => !s.request.is_demo));
      office = { ...office, name: "", address: "", letterhead: [], is_demo: false };
      return before - store.length;
    }
    default:
      return fail("ipc", `mock: unknown command ${cmd}`);
  }
}
