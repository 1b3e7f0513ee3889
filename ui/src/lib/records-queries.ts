// The office's own records in Settings: the purge plan under the retention, the retention
// itself, the purge, and the backup. A purge changes requests (the register and the board read
// again) and, like a backup, adds to the audit chain.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { BackupMade } from "$lib/bindings/BackupMade";
import type { PurgePlan } from "$lib/bindings/PurgePlan";
import type { PurgeReport } from "$lib/bindings/PurgeReport";
import type { Restored } from "$lib/bindings/Restored";
import { auditKeys } from "./audit-queries";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys } from "./queries";

export const recordsKeys = { plan: ["purge-plan"] as const };

export function usePurgePlan() {
  return createQuery<PurgePlan, IpcError>(() => ({
    queryKey: recordsKeys.plan,
    queryFn: () => ipc.purgePlan(),
    refetchOnWindowFocus: false,
  }));
}

export function useRetentionSet() {
  const client = useQueryClient();
  return createMutation<PurgePlan, IpcError, number>(() => ({
    mutationFn: (months) => ipc.retentionSet(months),
    onSuccess: (plan) => {
      client.setQueryData(recordsKeys.plan, plan);
      client.invalidateQueries({ queryKey: auditKeys.status });
    },
  }));
}

export function usePurgeRun() {
  const client = useQueryClient();
  return createMutation<PurgeReport, IpcError, void>(() => ({
    mutationFn: () => ipc.purgeRun(),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: recordsKeys.plan });
      client.invalidateQueries({ queryKey: keys.requests });
      client.invalidateQueries({ queryKey: auditKeys.status });
    },
  }));
}

export function useBackupMake() {
  const client = useQueryClient();
  return createMutation<BackupMade, IpcError, string>(() => ({
    mutationFn: (out) => ipc.backupMake(out),
    onSuccess: () => client.invalidateQueries({ queryKey: auditKeys.status }),
  }));
}

/** A restore: into a new folder (`into`), or over this new installation (`into` null), which
 * then shows the restored office: every reading is asked again. */
export function useBackupRestore() {
  const client = useQueryClient();
  return createMutation<Restored, IpcError, { file: string; into: string | null; passphrase: string | null }>(() => ({
    mutationFn: ({ file, into, passphrase }) => (into === null ? ipc.backupRestoreHere(file, passphrase) : ipc.backupRestore(file, into, passphrase)),
    onSuccess: (_, ask) => {
      if (ask.into === null) void client.invalidateQueries();
    },
  }));
}
