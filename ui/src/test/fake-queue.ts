// The needs-a-look queue for the component tests (src/test/fake-ipc.ts) only: entries kept in
// memory, a decision recorded once, a blank reason refused as the core refuses it. Not the core's
// rules.
import type { QueueEntry } from "$lib/bindings/QueueEntry";
import type { QueueItem } from "$lib/bindings/QueueItem";
import type { Request } from "$lib/bindings/Request";
import { IpcError } from "$lib/errors";

export function queueMock(request: (id: string, form: { rights: Request["rights"] }) => Request, actor: () => string) {
  let items: QueueItem[] = [];

  function waiting(id: number): QueueItem {
    const item = items.find((q) => q.id === id);
    if (!item) throw new IpcError({ code: "not_found", message: `there is no queued message ${id}`, field: null, reason: null });
    if (item.decision) throw new IpcError({ code: "already_decided", message: `queued message #${id} was already decided`, field: null, reason: null });
    return item;
  }

  function decided(item: QueueItem, decision: QueueEntry["decision"]): QueueEntry {
    Object.assign(item, { decision, decided_at: "2026-11-25T02:00:00Z", decided_by: actor(), proposal: null, clocks: null });
    const { proposal: _p, clocks: _c, ...entry } = item;
    return entry;
  }

  return {
    seed(list: QueueItem[]) {
      items = structuredClone(list);
    },
    get items() {
      return items;
    },
    ipc: {
      intakeQueue: async (all: boolean) => structuredClone(all ? items : items.filter((q) => !q.decision)),
      intakeQueueAdd: async () => {
        throw new IpcError({ code: "ipc", message: "tests queue with fake.queue.seed", field: null, reason: null });
      },
      intakeQueueRequest: async (id: number, form: { rights: Request["rights"] }) => {
        const item = waiting(id);
        const r = request("REQ-2026-0009", { rights: form.rights });
        decided(item, { kind: "request", request_id: r.id });
        return r;
      },
      intakeQueueDismiss: async (id: number, reason: string) => {
        const item = waiting(id);
        if (!reason.trim()) throw new IpcError({ code: "invalid_input", message: "reason: say why the message is not a request", field: "reason", reason: "required" });
        return decided(item, { kind: "not-request", reason: reason.trim() });
      },
    },
  };
}

export type QueueMock = ReturnType<typeof queueMock>;
