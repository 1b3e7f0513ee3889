// A scripted backend for component tests: `vi.mock("$lib/ipc", …)` hands out `fake.ipc`, whose
// functions are vi.fn()s over the in-memory `fake.data`. Reset it in beforeEach.
import { vi, type Mock } from "vitest";
import type { Ipc } from "$lib/ipc";
import type { Evidence } from "$lib/bindings/Evidence";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { Request } from "$lib/bindings/Request";
import type { RequestDetail } from "$lib/bindings/RequestDetail";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import { IpcError } from "$lib/errors";

type FakeIpc = { [K in keyof Ipc]: Mock<Ipc[K]> };

export function office(overrides: Partial<OfficeProfile> = {}): OfficeProfile {
  return {
    name: "CV Maju Jaya Kreatif (DEMO)",
    address: "Jl. Contoh Raya No. 1, Denpasar",
    letterhead: ["Percetakan & Desain Grafis"],
    has_logo: false,
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
    ...overrides,
  };
}

export function sampleRequests(): Request[] {
  return [
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
}

const OPEN = ["received", "verifying", "searching", "fulfilling"];

function applyFilter(list: Request[], f: RequestFilter): Request[] {
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
  requests: Request[];
  operator: string;
  /** What `intakePreview` finds in each path. */
  mail: Record<string, IntakeItem[]>;
  evidence: Record<string, Evidence[]>;
};

const freshData = (): FakeData => ({ office: office(), requests: sampleRequests(), operator: "Sari", mail: {}, evidence: {} });

export const fake = {
  data: freshData(),
  ipc: {} as FakeIpc,
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
    ],
    next_states: r.state === "verifying" ? ["searching", "fulfilling", "closed", "rejected", "withdrawn"] : [],
    clocks: null,
  };
}

export function resetFake(): void {
  fake.data = freshData();
  fake.ipc = {
    requestList: vi.fn(async (filter) => applyFilter(fake.data.requests, filter)),
    requestGet: vi.fn(async (id) => detail(id)),
    requestCreate: vi.fn(async (form) => request("REQ-2026-0004", { rights: form.rights })),
    requestChangeState: vi.fn(async (id, to) => ({ ...detail(id), state: to })),
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
    officeGet: vi.fn(async () => fake.data.office),
    officeUpdate: vi.fn(async () => fake.data.office),
    officeLogo: vi.fn(async () => null),
    officeSetLogo: vi.fn(async () => null),
    officeClearLogo: vi.fn(async () => null),
    installationGet: vi.fn(async () => ({ version: "0.1.0", data_dir: "/data", database: "/data/pdpdesk.db" })),
    operatorGet: vi.fn(async () => fake.data.operator),
    operatorSet: vi.fn(async () => null),
    demoClear: vi.fn(async () => 4),
  };
}

resetFake();

/** What `vi.mock("$lib/ipc")` returns: a facade that always calls the current fake. */
export const ipcModule = {
  ipc: new Proxy({} as Ipc, {
    get: (_target, name: string) => (fake.ipc as Record<string, unknown>)[name],
  }),
};
