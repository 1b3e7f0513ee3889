// A scripted backend for component tests: `vi.mock("$lib/ipc", …)` hands out `fake.ipc`, whose
// functions are vi.fn()s over the in-memory `fake.data`. Reset it in beforeEach.
import { lookup } from "$lib/ipc-mock";
import { vi, type Mock } from "vitest";
import type { Ipc } from "$lib/ipc";
import type { CalendarEntry } from "$lib/bindings/CalendarEntry";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { Clocks } from "$lib/bindings/Clocks";
import type { Evidence } from "$lib/bindings/Evidence";
import type { FoundIdentifier } from "$lib/bindings/FoundIdentifier";
import type { Guide } from "$lib/bindings/Guide";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { HitRecord } from "$lib/bindings/HitRecord";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { Request } from "$lib/bindings/Request";
import type { RequestDetail } from "$lib/bindings/RequestDetail";
import type { RequestEvent } from "$lib/bindings/RequestEvent";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import { IpcError, toIpcError } from "$lib/errors";
import { demoRecord, demoSearch } from "./fake-search";
import { closeUnverified, verificationMock, type VerificationMock } from "./fake-verify";
import { lettersMock, type LettersMock } from "./fake-letters";
import { mailMock, type MailMock } from "./fake-mail";
import { fulfilMock, type FulfilMock } from "./fake-fulfil";
import { planMock, type PlanMock } from "./fake-plan";
import { queueMock, type QueueMock } from "./fake-queue";
import { deletionMock, type DeletionMock } from "./fake-deletion";
import { calendarYear, clocks, officeEntries, statutoryClocks } from "./fake-clocks";
import { auditMock, type AuditMock } from "./fake-audit";
import { recordsMock, type RecordsMock } from "./fake-records";
import { vaultFakes, vaultMock, type VaultMock } from "./fake-vault";
import { exported, reportMock, type ReportMock } from "./fake-report";

type FakeIpc = { [K in keyof Ipc]: Mock<Ipc[K]> };

export function office(overrides: Partial<OfficeProfile> = {}): OfficeProfile {
  return {
    name: "CV Maju Jaya Kreatif (DEMO)",
    address: "Jl. Contoh Raya No. 1, Denpasar",
    letterhead: ["Percetakan & Desain Grafis"],
    has_logo: false,
    city: "Denpasar",
    signatory_name: "Ni Made Contoh",
    signatory_position: "Petugas Pelindungan Data Pribadi",
    letter_number_pattern: "{seq}/PDP/{office}/{roman_month}/{year}",
    time_zone: "Asia/Makassar",
    policy_days: 14,
    observes_cuti_bersama: true,
    is_demo: true,
    ...overrides,
  };
}

export function request(id: string, overrides: Partial<Request> = {}): Request {
  return {
    id,
    received_at: "2026-11-24T14:05:00+08:00",
    channel: "email",
    rights: ["access"],
    requester: {
      name: "Siti Rahma",
      emails: ["siti@example.com"],
      phones: [],
      postal_address: null,
      nik_masked: null,
      role: "subject",
      on_behalf_of: null,
    },
    state: "received",
    controller: null,
    is_demo: false,
    created_at: "2026-11-24T06:05:00Z",
    updated_at: "2026-11-24T06:05:00Z",
    purged_at: null,
    ...overrides,
  };
}

/** A line of the register: the request and, while it is open, its clocks. */
export function entry(id: string, overrides: Partial<Request> = {}, c: Clocks | null = clocks()): RegisterEntry {
  const r = request(id, overrides);
  return { ...r, clocks: c, next: OPEN.includes(r.state) ? { action: "search" } : null };
}

/** A guide as the core gives it: the receipt sent, verification and search to do (none once ended). */
export function guideOf(r: Request): Guide {
  const open = OPEN.includes(r.state);
  const todo = open ? "needed" : "not-needed";
  return {
    steps: [
      { step: "summary", status: "done" },
      { step: "verify", status: todo },
      { step: "search", status: todo },
      { step: "fulfil", status: todo },
      { step: "letters", status: todo },
    ],
    next: open ? { action: "verify" } : null,
    unverified: open,
    last_letter: null,
  };
}

/** REQ-2026-0003 on the statutory clock (47 h left), 0002 24 h past it, 0001 closed. */
export function sampleRequests(): RegisterEntry[] {
  const [r3, r2, r1] = [
    request("REQ-2026-0003", {
      received_at: "2026-11-24T14:05:00+08:00",
      rights: ["deletion", "withdraw-consent"],
      state: "verifying",
      requester: { ...request("x").requester, name: "Yohanes Pratama", emails: ["yohanes@example.com"] },
    }),
    request("REQ-2026-0002", {
      received_at: "2026-11-20T09:30:00+08:00",
      channel: "phone",
      rights: ["correction"],
      requester: { ...request("x").requester, name: "Dewi Anggraini", emails: [], phones: ["+6285722334410"] },
    }),
    request("REQ-2026-0001", {
      received_at: "2026-10-15T10:00:00+08:00",
      state: "closed",
      requester: { ...request("x").requester, name: "Ni Made Ayu Lestari", emails: ["ayu@example.co.id"] },
    }),
  ];
  return [
    { ...r3, clocks: statutoryClocks(), next: { action: "verify" } },
    {
      ...r2,
      clocks: statutoryClocks({
        received_at: r2.received_at,
        statutory_due: "2026-11-23T09:30:00+08:00",
        statutory_rights: ["correction"],
        remaining_hours: -24,
        statutory_overdue: true,
      }),
      next: { action: "issue-letter", kind: "acknowledgement" },
    },
    { ...r1, clocks: null, next: null },
  ];
}

const OPEN = ["received", "verifying", "searching", "fulfilling"];

function applyFilter(list: RegisterEntry[], f: RequestFilter): RegisterEntry[] {
  const text = f.text?.toLowerCase();
  const out = list.filter(
    (r) =>
      (!f.state || r.state === f.state) &&
      (!f.right || r.rights.includes(f.right)) &&
      (!f.open_only || OPEN.includes(r.state)) &&
      (!text || r.id.toLowerCase().includes(text) || r.requester.name.toLowerCase().includes(text)),
  );
  out.sort((a, b) => Date.parse(b.received_at) - Date.parse(a.received_at));
  return f.sort === "oldest-first" ? out.reverse() : out;
}

type FakeData = {
  office: OfficeProfile;
  requests: RegisterEntry[];
  /** The office's own calendar entries, added to `calendarYear`'s national days. */
  calendar: CalendarEntry[];
  operator: string;
  /** What `intakePreview` finds in each path. */
  mail: Record<string, IntakeItem[]>;
  evidence: Record<string, Evidence[]>;
  /** The latest search of each request; `sampleSearch` gives a believable one. */
  searches: Record<string, StoredSearch>;
  /** Identifiers on the confirmed hits of a request's latest search; offered only while one is confirmed. */
  found: Record<string, FoundIdentifier[]>;
  /**
   * A hit's record read again, by hit id; without one, the demo record of a stored hit. An
   * `IpcError` here is thrown instead (the file changed since the search).
   */
  records: Record<number, HitRecord | IpcError>;
  /** Events added by commands (a corrected time of receipt), after the scripted history. */
  events: Record<string, RequestEvent[]>;
  /** The guide the core gives a request, when a test sets one (else `guideOf`). */
  guides: Record<string, Guide>;
  /** A brand-new install: the window opens on the first-start setup until the office is saved. */
  firstStart: boolean;
};

const freshData = (): FakeData => ({
  office: office(),
  requests: sampleRequests(),
  calendar: officeEntries(),
  operator: "Sari",
  mail: {},
  evidence: {},
  searches: {},
  found: {},
  records: {},
  events: {},
  guides: {},
  firstStart: false,
});

/** 12 hits over 5 files (7 strong, 5 possible: a namesake, a shared phone…), 3 files without a hit. */
export function sampleSearch(requestId = "REQ-2026-0003", at = "2026-11-25T02:00:00Z"): StoredSearch {
  const r = fake.data.requests.find((x) => x.id === requestId);
  const subject = { requestId, name: r?.requester.name ?? "Yohanes Pratama", emails: r?.requester.emails ?? [], phones: ["+6281234567801"] };
  return demoSearch(subject, { id: 1, firstHitId: 101, actor: "Sari", at });
}

function decideHits(ids: number[], decision: "confirmed" | "rejected", reason: string | null): number {
  if (decision === "rejected" && !reason?.trim())
    throw new IpcError({ code: "invalid_input", message: "reason: a rejection needs a reason", field: "reason", reason: "required" });
  for (const h of Object.values(fake.data.searches).flatMap((x) => x.hits))
    if (ids.includes(h.id)) Object.assign(h, { decision, decided_by: fake.data.operator, decided_at: "2026-11-25T03:00:00Z", reason });
  return ids.length;
}

function recordOf(hitId: number): HitRecord {
  const given = fake.data.records[hitId];
  if (given instanceof IpcError) throw given;
  if (given) return structuredClone(given);
  for (const [id, s] of Object.entries(fake.data.searches)) {
    const hit = s.hits.find((h) => h.id === hitId);
    if (hit) return demoRecord(hit, fake.data.requests.find((r) => r.id === id)?.requester.name ?? "", s.identifiers);
  }
  throw new IpcError({ code: "invalid_input", message: `hit: there is no hit ${hitId}`, field: "hit", reason: "not-found" });
}

function foundFor(id: string): FoundIdentifier[] {
  detail(id);
  const confirmed = fake.data.searches[id]?.hits.some((h) => h.decision === "confirmed");
  return confirmed ? (fake.data.found[id] ?? []) : [];
}

/** Adds found identifiers to the requester and logs where they were found, as the core does. */
function addFound(id: string, values: string[]): Request {
  const found = foundFor(id);
  const chosen = values.map((v) => {
    const f = found.find((x) => x.value === v);
    if (!f) throw new IpcError({ code: "invalid_input", message: `identifier: ${v} is not on a record confirmed for ${id}`, field: "identifier", reason: "not-found" });
    return f;
  });
  const r = fake.data.requests.find((x) => x.id === id);
  if (!r) return detail(id);
  for (const f of chosen) (f.kind === "email" ? r.requester.emails : r.requester.phones).push(f.value);
  fake.data.found[id] = found.filter((f) => !chosen.includes(f));
  const text = `ditemukan pada catatan yang dikonfirmasi: ${chosen.map((f) => `${f.value} — ${f.found_in.join(", ")}`).join("; ")}`;
  (fake.data.events[id] ??= []).push({ at: "2026-11-25T05:00:00Z", actor: fake.data.operator, kind: "identifiers-added", from_state: null, to_state: null, text });
  return { ...r };
}

export const fake = {
  data: freshData(),
  ipc: {} as FakeIpc,
  /** Identity verification in memory (fake-verify.ts); `fake.verify.seed(id, …)` sets a case up. */
  verify: {} as VerificationMock,
  /** Letters in memory (fake-letters.ts): `fake.letters.seed(id, …)` sets offers and issued letters. */
  letters: {} as LettersMock,
  /** The office's mail server (fake-mail.ts): `fake.mail.seed(…)`, `fake.mail.failWith("tls")`, `fake.mail.sent`. */
  mail: {} as MailMock,
  /** Packages and the processing register in memory (fake-fulfil.ts): `fake.fulfil.seed(id, preview)`. */
  fulfil: {} as FulfilMock,
  /** Action plans and their checklists in memory (fake-plan.ts): `fake.plan.seed(id, samplePlan(id))`. */
  plan: {} as PlanMock,
  /** The needs-a-look queue (fake-queue.ts): `fake.queue.seed([queued(1, …)])`, `fake.queue.items`. */
  queue: {} as QueueMock,
  /** The audit chain's state (fake-audit.ts): `fake.audit.status = brokenAt(12, "edited")`. */
  audit: {} as AuditMock,
  report: {} as ReportMock,
  /** The purge plan and backups (fake-records.ts): `fake.records.plan = …`, `fake.records.purged`. */
  records: {} as RecordsMock,
  /** Encryption at rest (fake-vault.ts): `fake.vault.state = { encrypted: true, unlocked: false }`. */
  vault: {} as VaultMock,
  /** Redactions and deletion certificates in memory (fake-deletion.ts), over `fake.plan`. */
  deletion: {} as DeletionMock,
};

function detail(id: string): RequestDetail {
  const r = fake.data.requests.find((x) => x.id === id);
  if (!r) throw new IpcError({ code: "request_not_found", message: `request ${id} not found`, field: null, reason: null });
  return {
    ...r,
    events: [
      { at: r.created_at, actor: "Demo", kind: "created", from_state: null, to_state: "received", text: "" },
      { at: "2026-11-24T07:00:00Z", actor: "Sari", kind: "state", from_state: "received", to_state: r.state, text: "Kode dikirim." },
      { at: "2026-11-24T08:00:00Z", actor: "Sari", kind: "note", from_state: null, to_state: null, text: "Pemohon menelepon." },
      ...(fake.data.events[id] ?? []),
    ],
    next_states: r.state === "verifying" ? ["searching", "fulfilling", "closed", "rejected", "withdrawn"] : [],
    guide: fake.data.guides[id] ?? guideOf(r),
  };
}

function clocksOf(id: string): Clocks {
  const c = fake.data.requests.find((x) => x.id === id)?.clocks;
  if (!c) throw new IpcError({ code: "clock_refused", message: `cannot change the clock of request ${id}: the request has ended`, field: null, reason: null });
  return c;
}

/** A changed clock, also stored so that the next `requestGet` shows it. */
function setClocks(id: string, change: Partial<Clocks>): Clocks {
  const r = fake.data.requests.find((x) => x.id === id);
  const next = { ...clocksOf(id), ...change };
  if (r) r.clocks = next;
  return next;
}

const fakeCalendar = (year: number): CalendarYear => calendarYear(year, fake.data.calendar);

export function resetFake(): void {
  fake.data = freshData();
  const m = mailMock();
  fake.mail = m;
  const v = verificationMock(
    () => fake.data.operator,
    (id) => fake.data.requests.find((r) => r.id === id) ?? null,
    (id, text) =>
      (fake.data.events[id] ??= []).push({ at: "2026-11-25T03:00:00Z", actor: fake.data.operator, kind: "verification", from_state: null, to_state: null, text }),
    () => new Date("2026-11-25T03:00:00Z"),
    m.send,
  );
  fake.verify = v;
  const l = lettersMock({
    office: () => fake.data.office,
    send: m.send,
    gateOpen: (id) => v.isOpen(id),
    actor: () => fake.data.operator,
    requesterName: (id) => fake.data.requests.find((r) => r.id === id)?.requester.name ?? "",
  });
  fake.letters = l;
  const f = fulfilMock({ gateOpen: (id) => v.isOpen(id), actor: () => fake.data.operator });
  fake.fulfil = f;
  const vault = vaultFakes(() => fake.vault);
  const p = planMock({ actor: () => fake.data.operator, today: () => "2026-11-25" });
  fake.plan = p;
  const q = queueMock((id, form) => request(id, form), () => fake.data.operator);
  fake.queue = q;
  fake.audit = auditMock();
  fake.report = reportMock();
  fake.records = recordsMock();
  fake.vault = vaultMock();
  const d = deletionMock({
    gateOpen: (id) => v.isOpen(id),
    plan: p.requestPlan,
    openSystems: async (id) => (await p.requestChecklist(id)).open,
    keep: l.add,
    actor: () => fake.data.operator,
  });
  fake.deletion = d;
  fake.ipc = {
    requestList: vi.fn(async (filter) => applyFilter(fake.data.requests, filter)),
    requestGet: vi.fn(async (id) => detail(id)),
    requestCreate: vi.fn(async (form) => request("REQ-2026-0004", { rights: form.rights })),
    requestChangeState: vi.fn(async (id, to, _reason, checklistOpen) => {
      if (to === "closed") p.closing(id, checklistOpen);
      return { ...detail(id), state: to };
    }),
    requestPause: vi.fn(async (id) => setClocks(id, { paused: true, paused_since: "2026-11-24T16:00:00+08:00" })),
    requestResume: vi.fn(async (id) => setClocks(id, { paused: false, paused_since: null })),
    requestExtend: vi.fn(async (id, until) => setClocks(id, { policy_due: until, policy_ends_at: `${until}T23:59:59+08:00`, extended: true })),
    requestCorrectReceived: vi.fn(async (id, received, reason) => {
      if (!reason.trim()) throw new IpcError({ code: "invalid_input", message: "reason: required", field: "reason", reason: "required" });
      const r = fake.data.requests.find((x) => x.id === id);
      if (!r) return detail(id);
      const from = r.received_at.slice(0, 16).replace("T", " ");
      r.received_at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(received) ? `${received}:00+08:00` : received;
      const text = `${from} → ${r.received_at.slice(0, 16).replace("T", " ")}: ${reason.trim()}`;
      (fake.data.events[id] ??= []).push({ at: "2026-11-25T01:00:00Z", actor: "Sari", kind: "receipt-corrected", from_state: null, to_state: null, text });
      return { ...r };
    }),
    requestForwardingNote: vi.fn(async (id, lang) => {
      const r = detail(id);
      if (!r.controller) throw new IpcError({ code: "invalid_input", message: `${id} names no client (controller) to forward to`, field: "controller", reason: "required" });
      return lang === "en"
        ? `To ${r.controller.name},\n\nWe received request ${id}.`
        : `Kepada ${r.controller.name},\n\nKami menerima permintaan ${id}.`;
    }),
    requestAddNote: vi.fn(async (_id, text) => ({
      at: "2026-11-24T09:00:00Z",
      actor: "Sari",
      kind: "note" as const,
      from_state: null,
      to_state: null,
      text,
    })),
    requestEvidence: vi.fn(async (id) => fake.data.evidence[id] ?? []),
    intakePreview: vi.fn(async (paths) => paths.flatMap((p) => fake.data.mail[p] ?? [])),
    intakeRegister: vi.fn(async (_message, form) => request("REQ-2026-0004", { rights: form.rights })),
    intakeLinkReply: vi.fn(async () => null),
    intakeQueue: vi.fn(q.ipc.intakeQueue),
    intakeQueueAdd: vi.fn(q.ipc.intakeQueueAdd),
    intakeQueueRequest: vi.fn(q.ipc.intakeQueueRequest),
    intakeQueueDismiss: vi.fn(q.ipc.intakeQueueDismiss),
    // Sources: empty by default; src/test/sources-fixtures.ts scripts them per test.
    sourceList: vi.fn(async () => []),
    sourceAdd: vi.fn(async () => []),
    sourceIndex: vi.fn(async () => []),
    sourceCancel: vi.fn(async () => null),
    sourceRemove: vi.fn(async (path) => ({ id: 1, path, is_folder: true, added_at: "2026-11-24T06:05:00Z", files: [] })),
    sourceMap: vi.fn(async () => []),
    recordPropose: vi.fn(async (file) => {
      throw new IpcError({ code: "file_error", message: `file ${file}: no record`, field: null, reason: null });
    }),
    recordRegister: vi.fn(async (_file, _which, form) => request("REQ-2026-0005", { rights: form.rights })),
    requestSearch: vi.fn(async (id) => {
      detail(id);
      fake.data.searches[id] = sampleSearch(id, "2026-11-25T04:00:00Z");
      return structuredClone(fake.data.searches[id]);
    }),
    requestLatestSearch: vi.fn(async (id) => {
      detail(id);
      return fake.data.searches[id] ? structuredClone(fake.data.searches[id]) : null;
    }),
    hitsDecide: vi.fn(async (ids, decision, reason) => decideHits(ids, decision, reason)),
    hitRecord: vi.fn(async (hitId) => recordOf(hitId)),
    requestFoundIdentifiers: vi.fn(async (id) => structuredClone(foundFor(id))),
    requestAddIdentifiers: vi.fn(async (id, values) => addFound(id, values)),
    verificationStatus: vi.fn(v.verificationStatus),
    verificationCode: vi.fn(v.verificationCode),
    verificationCheck: vi.fn(v.verificationCheck),
    verificationNik: vi.fn(v.verificationNik),
    verificationAuthority: vi.fn(v.verificationAuthority),
    verificationOverride: vi.fn(v.verificationOverride),
    verificationLevels: vi.fn(v.verificationLevels),
    verificationSetLevels: vi.fn(v.verificationSetLevels),
    verificationWaiting: vi.fn(v.verificationWaiting),
    verificationClose: vi.fn(async (id, lang) =>
      closeUnverified(fake.data.requests.find((x) => x.id === id) ?? detail(id), lang, v, l, (from, text) =>
        (fake.data.events[id] ??= []).push({ at: "2026-11-25T03:00:00Z", actor: fake.data.operator, kind: "state", from_state: from, to_state: "rejected", text }),
      ),
    ),
    requestLetters: vi.fn(l.requestLetters),
    letterText: vi.fn(l.letterText),
    letterDraft: vi.fn(l.letterDraft),
    letterIssue: vi.fn(l.letterIssue),
    letterPdf: vi.fn(l.letterPdf),
    letterOpen: vi.fn(l.letterOpen),
    letterSend: vi.fn(l.letterSend),
    mailServerGet: vi.fn(m.mailServerGet),
    mailServerSet: vi.fn(m.mailServerSet),
    mailServerTest: vi.fn(m.mailServerTest),
    letterRegister: vi.fn(l.letterRegister),
    lettersDue: vi.fn(l.lettersDue),
    bundlePreview: vi.fn(f.bundlePreview),
    makeBundle: vi.fn(f.makeBundle),
    makeAccessPack: vi.fn(f.makeAccessPack),
    bundleCancel: vi.fn(f.bundleCancel),
    bundleList: vi.fn(f.bundleList),
    bundleOpenFolder: vi.fn(f.bundleOpenFolder),
    requestPlan: vi.fn(p.requestPlan),
    planChange: vi.fn(p.planChange),
    requestChecklist: vi.fn(p.requestChecklist),
    checklistTick: vi.fn(p.checklistTick),
    redactRun: vi.fn(d.redactRun),
    redactCancel: vi.fn(d.redactCancel),
    redactionList: vi.fn(d.redactionList),
    certificateIssue: vi.fn(d.certificateIssue),
    certificateCheck: vi.fn(d.certificateCheck),
    certificateVerify: vi.fn(d.certificateVerify),
    certificateSave: vi.fn(d.certificateSave),
    firstPaint: vi.fn(async () => null),
    processingRegister: vi.fn(f.processingRegister),
    processingProfiles: vi.fn(f.processingProfiles),
    processingStartProfile: vi.fn(f.processingStartProfile),
    processingReplace: vi.fn(f.processingReplace),
    officeGet: vi.fn(async () => fake.data.office),
    officeUpdate: vi.fn(async () => {
      fake.data.firstStart = false;
      return fake.data.office;
    }),
    // The core's own examples and refusals, recorded (scripts/record-replies); other patterns are refused as unrecorded.
    officeLetterExample: vi.fn(async (pattern, name, zone) => {
      try {
        return lookup("office_letter_example", { pattern, name, zone }) as string;
      } catch (e) {
        throw toIpcError(e);
      }
    }),
    officeLogo: vi.fn(async () => null),
    officeSetLogo: vi.fn(async () => null),
    officeClearLogo: vi.fn(async () => null),
    installationGet: vi.fn(async () => ({ version: "0.1.0", schema: 16, data_dir: "/data", database: "/data/pdpdesk.db" })),
    certificateKey: vi.fn(async () => ({
      fingerprint: "3f2a 9c01 5b7e 0d44 81aa 6c2f 90be 1d37 e5c8 4a02 7f19 b3d6 2e8c 55a1 0c94 d7e3",
      public_key: "0f".repeat(32),
      file: "/data/certificate.key",
      created: false,
    })),
    operatorGet: vi.fn(async () => fake.data.operator),
    operatorSet: vi.fn(async () => null),
    demoClear: vi.fn(async () => 4),
    setupNeeded: vi.fn(async () => fake.data.firstStart),
    demoStart: vi.fn(async () => {
      fake.data.firstStart = false;
      fake.data.office = office({ is_demo: true });
      return null;
    }),
    auditStatus: vi.fn(async () => fake.audit.status),
    metrics: vi.fn(async () => fake.report.metrics),
    registerExport: vi.fn(async (ask) => {
      fake.report.exported.push(ask);
      return exported(ask);
    }),
    purgePlan: vi.fn(async () => fake.records.plan),
    retentionSet: vi.fn(async (months) => fake.records.setRetention(months)),
    purgeRun: vi.fn(async () => fake.records.purge()),
    backupMake: vi.fn(async (out) => fake.records.backup(out)),
    backupRestore: vi.fn(async (file, into, passphrase) => fake.records.restore(file, into, passphrase)),
    backupRestoreHere: vi.fn(async (file, passphrase) => {
      const done = fake.records.restore(file, null, passphrase);
      fake.data.firstStart = false;
      return done;
    }),
    vaultStatus: vi.fn(vault.vaultStatus),
    vaultUnlock: vi.fn(vault.vaultUnlock),
    encryptionStatus: vi.fn(vault.encryptionStatus),
    encryptionOn: vi.fn(vault.encryptionOn),
    encryptionChange: vi.fn(vault.encryptionChange),
    encryptionOff: vi.fn(vault.encryptionOff),
    calendarYear: vi.fn(async (year) => fakeCalendar(year)),
    calendarAdd: vi.fn(async (e) => {
      if (fake.data.calendar.some((d) => d.date === e.date))
        throw new IpcError({ code: "calendar_clash", message: `${e.date} already has an office calendar entry`, field: null, reason: null });
      fake.data.calendar.push(e);
      return e;
    }),
    calendarRemove: vi.fn(async (date) => {
      const held = fake.data.calendar.find((e) => e.date === date);
      if (!held) throw new IpcError({ code: "calendar_entry_not_found", message: `no entry on ${date}`, field: null, reason: null });
      fake.data.calendar = fake.data.calendar.filter((e) => e !== held);
      return held;
    }),
    calendarImport: vi.fn(async (path) => ({ file: path.split("/").pop() ?? path, added: [], skipped: [] })),
  };
}

resetFake();

/** What `vi.mock("$lib/ipc")` returns: a facade that always calls the current fake. */
export const ipcModule = {
  ipc: new Proxy({} as Ipc, {
    get: (_target, name: string) => (fake.ipc as Record<string, unknown>)[name],
  }),
};
