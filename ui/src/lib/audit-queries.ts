// The audit chain's state: walked by the core on a worker thread when the window starts (the
// warning), each time Settings opens, and on "Periksa sekarang"; not on every focus of the window.
import { createQuery } from "@tanstack/svelte-query";
import type { AuditStatus } from "$lib/bindings/AuditStatus";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";

export const auditKeys = { status: ["audit-status"] as const };

export function useAuditStatus() {
  return createQuery<AuditStatus, IpcError>(() => ({
    queryKey: auditKeys.status,
    queryFn: () => ipc.auditStatus(),
    refetchOnWindowFocus: false,
  }));
}
