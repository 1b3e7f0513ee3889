// The action plan and its checklist for the component tests (src/test/fake-ipc.ts) only: a scripted
// stand-in, so a test can show a plan, change a line, tick systems and be refused closing while a
// system is open. Not the core's rules; refusals carry the fields and reasons the core gives.
import type { Checklist } from "$lib/bindings/Checklist";
import type { ChecklistTick } from "$lib/bindings/ChecklistTick";
import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { Plan } from "$lib/bindings/Plan";
import type { PlanAction } from "$lib/bindings/PlanAction";
import type { PlanLine } from "$lib/bindings/PlanLine";
import type { SourceKind } from "$lib/bindings/SourceKind";
import type { System } from "$lib/bindings/System";
import { IpcError } from "$lib/errors";

function fail(code: ErrorCode, message: string, field: string | null = null, reason: string | null = null): never {
  throw new IpcError({ code, message, field, reason });
}

const SOURCE = "/home/staf/Ekspor";

function line(hit: number, file: string, kind: SourceKind, over: Partial<PlanLine> = {}): PlanLine {
  return {
    hit,
    source: SOURCE,
    file,
    kind,
    record: hit,
    locator: { kind: "line", line: hit + 1 },
    record_id: null,
    dated: null,
    action: { action: "delete" },
    because: { code: "deletion_asked" },
    default: null,
    default_because: null,
    changed_by: null,
    changed_at: null,
    ...over,
  };
}

/** A deletion: a Chatwoot contact to delete, an invoice of 2023 kept until 2033, seven chat messages. */
export function samplePlan(id: string): Plan {
  const chat = "whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt";
  return {
    request_id: id,
    rights: ["deletion"],
    incomplete: 0,
    lines: [
      line(9, "chatwoot_contacts.csv", "chatwoot-contacts", { record_id: "583" }),
      line(12, "jurnal_sales_invoices.csv", "jurnal-invoices", {
        record_id: "10192#1",
        dated: "2023-06-14",
        action: { action: "retain", ground: "bookkeeping", until: "2033-12-31" },
        because: { code: "must_be_kept", book_year: 2023, months: 120, dated_by_record: true },
      }),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => line(20 + n, chat, "whatsapp-chat", { record: n, locator: { kind: "message", index: n, line: n } })),
    ],
  };
}

/** A correction: the contact waits for its field and new value. */
export function correctionPlan(id: string): Plan {
  return {
    request_id: id,
    rights: ["correction"],
    incomplete: 1,
    lines: [
      line(9, "chatwoot_contacts.csv", "chatwoot-contacts", {
        record_id: "583",
        action: { action: "correct", field: null, new_value: null },
        because: { code: "correction_asked" },
      }),
    ],
  };
}

const SYSTEMS: [System, (k: SourceKind) => boolean][] = [
  ["chatwoot", (k) => k.startsWith("chatwoot")],
  ["jurnal", (k) => k.startsWith("jurnal")],
  ["wix", (k) => k === "wix-forms"],
  ["google-forms", (k) => k === "google-forms"],
  ["flamingo", (k) => k === "flamingo"],
  ["whatsapp", (k) => k === "whatsapp-chat"],
  ["mailbox", (k) => k === "mail"],
  ["other", () => true],
];

const systemOf = (k: SourceKind): System => SYSTEMS.find(([, fits]) => fits(k))![0];

export type PlanHooks = { actor: () => string; today: () => string };

export function planMock(hooks: PlanHooks) {
  const plans = new Map<string, Plan>();
  const ticks = new Map<string, ChecklistTick[]>();

  function plan(id: string): Plan {
    const p = plans.get(id);
    if (!p) fail("nothing_confirmed", `request ${id}: nothing is confirmed in its latest search`);
    return p;
  }

  function checklist(id: string): Checklist {
    const p = plan(id);
    const order = SYSTEMS.map(([s]) => s);
    const items: Checklist["items"] = [];
    for (const l of p.lines) {
      const system = systemOf(l.kind);
      let item = items.find((i) => i.system === system);
      if (!item) {
        const tick = (ticks.get(id) ?? []).filter((t) => t.system === system).at(-1) ?? null;
        item = { system, instructions: { id: `Petunjuk untuk ${system}.`, en: `Instructions for ${system}.` }, records: [], tick };
        items.push(item);
      }
      item.records.push({ file: l.file, record: l.record, reference: l.record_id ?? "", record_id: l.record_id, locator: l.locator, action: l.action });
    }
    items.sort((a, b) => order.indexOf(a.system) - order.indexOf(b.system));
    return structuredClone({ request_id: id, items, open: items.filter((i) => !i.tick?.done).map((i) => i.system) });
  }

  function change(id: string, hit: number, action: PlanAction, reason: string): PlanLine {
    const p = plan(id);
    const l = p.lines.find((x) => x.hit === hit);
    if (!l) fail("invalid_input", `hit: hit ${hit} is not a confirmed record of request ${id}'s latest search`, "hit", "not_in_plan");
    if (action.action === "correct") {
      if (!action.field?.trim()) fail("invalid_input", "field: a correction names the field that changes", "field", "required");
      if (!action.new_value?.trim()) fail("invalid_input", "new_value: a correction gives the field's new value", "new_value", "required");
    }
    if (action.action === "stop-processing" && action.purposes.length === 0)
      fail("invalid_input", "purpose: name at least one purpose", "purpose", "required");
    if (action.action === "retain" && action.until <= hooks.today())
      fail("invalid_input", "until: a record is retained until a date after today", "until", "past");
    if (!reason.trim()) fail("invalid_input", "reason: say why the plan's line changes", "reason", "required");
    if (!l.default) Object.assign(l, { default: l.action, default_because: l.because });
    Object.assign(l, {
      action,
      because: { code: "changed_by_staff", reason: reason.trim() },
      changed_by: hooks.actor(),
      changed_at: "2026-11-25T06:00:00Z",
    });
    p.incomplete = p.lines.filter((x) => x.action.action === "correct" && !x.action.new_value).length;
    return structuredClone(l);
  }

  return {
    seed(id: string, p: Plan) {
      plans.set(id, structuredClone(p));
    },
    /** What the core's `change_state` checks before closing: open systems need staff's word. */
    closing(id: string, checklistOpen: string | null) {
      if (!plans.has(id)) return;
      const open = checklist(id).open;
      if (open.length > 0 && !checklistOpen?.trim())
        fail("invalid_input", `checklist: request ${id} still has checklist systems not done: ${open.join(", ")}`, "checklist", "open");
    },
    requestPlan: async (id: string) => structuredClone(plan(id)),
    planChange: async (id: string, hits: number[], action: PlanAction, reason: string) => {
      if (hits.length > 1 && action.action === "correct")
        fail("invalid_input", "action: a correction gives one record's new value", "action", "one_at_a_time");
      return hits.map((hit) => change(id, hit, action, reason));
    },
    requestChecklist: async (id: string) => checklist(id),
    checklistTick: async (id: string, system: System, done: boolean, note: string) => {
      if (!checklist(id).items.some((i) => i.system === system))
        fail("invalid_input", `system: the plan of request ${id} has nothing in ${system}`, "system", "not_in_checklist");
      ticks.set(id, [...(ticks.get(id) ?? []), { system, done, note: note.trim(), actor: hooks.actor(), at: "2026-11-25T07:00:00Z" }]);
      return checklist(id);
    },
  };
}

export type PlanMock = ReturnType<typeof planMock>;
