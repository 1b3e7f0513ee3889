// Server state of a request's action plan and its checklist per source system. Both read the
// confirmed records again (seconds on a workbook), so they live outside the request's tree, which
// many changes invalidate: another search, other decisions on hits, a change of the plan, a tick
// or a new processing register read them again.
import { createMutation, createQuery, useQueryClient, type QueryClient } from "@tanstack/svelte-query";
import type { Checklist } from "$lib/bindings/Checklist";
import type { Plan } from "$lib/bindings/Plan";
import type { PlanAction } from "$lib/bindings/PlanAction";
import type { PlanLine } from "$lib/bindings/PlanLine";
import type { System } from "$lib/bindings/System";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys } from "./queries";

export const planKeys = {
  all: ["plan"] as const,
  of: (id: string) => ["plan", id] as const,
  plan: (id: string) => ["plan", id, "lines"] as const,
  checklist: (id: string) => ["plan", id, "checklist"] as const,
};

/** After a search or decided hits: the plan and its checklist are read again. */
export function invalidatePlan(client: QueryClient, id: string) {
  return client.invalidateQueries({ queryKey: planKeys.of(id) });
}

export function usePlan(id: () => string, enabled: () => boolean = () => true) {
  return createQuery<Plan, IpcError>(() => ({
    queryKey: planKeys.plan(id()),
    queryFn: () => ipc.requestPlan(id()),
    enabled: enabled(),
    retry: false,
  }));
}

export function useChecklist(id: () => string, enabled: () => boolean = () => true) {
  return createQuery<Checklist, IpcError>(() => ({
    queryKey: planKeys.checklist(id()),
    queryFn: () => ipc.requestChecklist(id()),
    enabled: enabled(),
    retry: false,
  }));
}

export type PlanChange = { hits: number[]; action: PlanAction; reason: string };

/** Changes one line: the plan, the checklist (its actions) and the history are read again. */
export function useChangePlan(id: () => string) {
  const client = useQueryClient();
  return createMutation<PlanLine[], IpcError, PlanChange>(() => ({
    mutationFn: ({ hits, action, reason }) => ipc.planChange(id(), hits, action, reason),
    onSuccess: () =>
      Promise.all([invalidatePlan(client, id()), client.invalidateQueries({ queryKey: keys.request(id()), exact: true })]),
  }));
}

export type TickArgs = { system: System; done: boolean; note: string };

export function useTick(id: () => string) {
  const client = useQueryClient();
  return createMutation<Checklist, IpcError, TickArgs>(() => ({
    mutationFn: ({ system, done, note }) => ipc.checklistTick(id(), system, done, note),
    onSuccess: (list) => {
      client.setQueryData(planKeys.checklist(id()), list);
      return client.invalidateQueries({ queryKey: keys.request(id()), exact: true });
    },
  }));
}
