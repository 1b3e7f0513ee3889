// Server state of fulfilment: what a bundle would hold, the bundles made (the delivery record),
// making the portability ZIP or the access pack (afterwards the request is read again: its history
// and letters cite the new bundle), and the office's processing register that the access pack
// carries.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { AccessPackMade } from "$lib/bindings/AccessPackMade";
import type { BundleMade } from "$lib/bindings/BundleMade";
import type { BundlePreview } from "$lib/bindings/BundlePreview";
import type { BundleRecord } from "$lib/bindings/BundleRecord";
import type { KeptProcessingRegister } from "$lib/bindings/KeptProcessingRegister";
import type { ProcessingProfile } from "$lib/bindings/ProcessingProfile";
import type { ProcessingRegister } from "$lib/bindings/ProcessingRegister";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { planKeys } from "./plan-queries";
import { keys } from "./queries";

/** The portability ZIP (`bundle`) or the access pack, as the delivery record names them. */
export type PackKind = "bundle" | "access-pack";

/** What to make, where, and how it is protected: a passcode staff typed, one drawn, or none. */
export type PackAsk = { kind: PackKind; out: string; passcode: string | null; newPasscode: boolean };

/** A pack made; `processing` and `not_in_register` only for the access pack. */
export type PackMade = BundleMade & Partial<Pick<AccessPackMade, "processing" | "not_in_register">>;

export const fulfilKeys = {
  preview: (id: string) => [...keys.request(id), "bundle-preview"] as const,
  bundles: (id: string) => [...keys.request(id), "bundles"] as const,
  register: ["processing-register"] as const,
  profiles: ["processing-profiles"] as const,
};

/** The preview reads the confirmed records again: asked only once staff open a flow. */
export function useBundlePreview(id: () => string, enabled: () => boolean) {
  return createQuery<BundlePreview, IpcError>(() => ({
    queryKey: fulfilKeys.preview(id()),
    queryFn: () => ipc.bundlePreview(id()),
    enabled: enabled(),
    retry: false,
  }));
}

export function useBundles(id: () => string) {
  return createQuery<BundleRecord[], IpcError>(() => ({
    queryKey: fulfilKeys.bundles(id()),
    queryFn: () => ipc.bundleList(id()),
  }));
}

export function useMakePack(id: () => string) {
  const client = useQueryClient();
  return createMutation<PackMade, IpcError, PackAsk>(() => ({
    mutationFn: (a) =>
      a.kind === "access-pack"
        ? ipc.makeAccessPack(id(), a.out, a.passcode, a.newPasscode)
        : ipc.makeBundle(id(), a.out, a.passcode, a.newPasscode),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.request(id()) }),
  }));
}

export function useOpenBundleFolder() {
  return createMutation<null, IpcError, string>(() => ({ mutationFn: (path) => ipc.bundleOpenFolder(path) }));
}

export function useProcessingRegister() {
  return createQuery<KeptProcessingRegister | null, IpcError>(() => ({
    queryKey: fulfilKeys.register,
    queryFn: () => ipc.processingRegister(),
  }));
}

export function useProcessingProfiles() {
  return createQuery<ProcessingProfile[], IpcError>(() => ({
    queryKey: fulfilKeys.profiles,
    queryFn: () => ipc.processingProfiles(),
    staleTime: Infinity,
  }));
}

export function useStartProfile() {
  const client = useQueryClient();
  return createMutation<KeptProcessingRegister, IpcError, { profile: string; replace: boolean }>(() => ({
    mutationFn: ({ profile, replace }) => ipc.processingStartProfile(profile, replace),
    onSuccess: (kept) => {
      client.setQueryData(fulfilKeys.register, kept);
      // The plan's defaults follow the register (retention months, purposes to stop).
      return client.invalidateQueries({ queryKey: planKeys.all });
    },
  }));
}

export function useReplaceRegister() {
  const client = useQueryClient();
  return createMutation<KeptProcessingRegister, IpcError, ProcessingRegister>(() => ({
    mutationFn: (register) => ipc.processingReplace(register),
    onSuccess: (kept) => {
      client.setQueryData(fulfilKeys.register, kept);
      return client.invalidateQueries({ queryKey: planKeys.all });
    },
  }));
}
