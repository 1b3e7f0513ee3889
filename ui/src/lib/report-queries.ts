// The board's figures and the register export: both from the core, so the window shows what
// `pdpdesk metrics` and `pdpdesk register export` give. The figures live under the requests' key:
// every change to a request reads them again.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Exported } from "$lib/bindings/Exported";
import type { ExportRequest } from "$lib/bindings/ExportRequest";
import type { Metrics } from "$lib/bindings/Metrics";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys, LIST_REFETCH_MS } from "./queries";

export const reportKeys = { metrics: [...keys.requests, "metrics"] as const };

export function useMetrics() {
  return createQuery<Metrics, IpcError>(() => ({
    queryKey: reportKeys.metrics,
    queryFn: () => ipc.metrics(),
    refetchInterval: LIST_REFETCH_MS,
    placeholderData: (previous) => previous,
  }));
}

export function useRegisterExport() {
  const client = useQueryClient();
  return createMutation<Exported, IpcError, ExportRequest>(() => ({
    mutationFn: (ask) => ipc.registerExport(ask),
    // The export is an entry of the audit chain.
    onSuccess: () => client.invalidateQueries({ queryKey: ["audit-status"] }),
  }));
}
