// Encryption at rest: whether the data folder is locked (asked before the window shows anything
// else), unlocking it, and Settings' changes. A change re-opens the register under new keys and
// adds to the audit chain.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { EncryptionStatus } from "$lib/bindings/EncryptionStatus";
import type { VaultState } from "$lib/bindings/VaultState";
import { auditKeys } from "./audit-queries";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";

export const vaultKeys = { state: ["vault-state"] as const, status: ["encryption-status"] as const };

export function useVaultState() {
  return createQuery<VaultState, IpcError>(() => ({
    queryKey: vaultKeys.state,
    queryFn: () => ipc.vaultStatus(),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  }));
}

export function useVaultUnlock() {
  const client = useQueryClient();
  return createMutation<VaultState, IpcError, string>(() => ({
    mutationFn: (passphrase) => ipc.vaultUnlock(passphrase),
    onSuccess: (state) => client.setQueryData(vaultKeys.state, state),
  }));
}

export function useEncryptionStatus() {
  return createQuery<EncryptionStatus, IpcError>(() => ({
    queryKey: vaultKeys.status,
    queryFn: () => ipc.encryptionStatus(),
    refetchOnWindowFocus: false,
  }));
}

export type EncryptionChange =
  | { kind: "on"; passphrase: string }
  | { kind: "change"; current: string; next: string }
  | { kind: "off"; current: string };

export function useEncryptionChange() {
  const client = useQueryClient();
  return createMutation<EncryptionStatus, IpcError, EncryptionChange>(() => ({
    mutationFn: (c) =>
      c.kind === "on" ? ipc.encryptionOn(c.passphrase) : c.kind === "change" ? ipc.encryptionChange(c.current, c.next) : ipc.encryptionOff(c.current),
    onSuccess: (status) => {
      client.setQueryData(vaultKeys.status, status);
      client.invalidateQueries({ queryKey: auditKeys.status });
    },
  }));
}
