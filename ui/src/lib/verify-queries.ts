// Server state of identity verification: a request's status (the gate, each requirement met or
// missing, the live code) and the office's levels; every step invalidates the status and the
// request (its history gets the step).
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Answer } from "$lib/bindings/Answer";
import type { IssuedCode } from "$lib/bindings/IssuedCode";
import type { Levels } from "$lib/bindings/Levels";
import type { VerificationStatus } from "$lib/bindings/VerificationStatus";
import type { IpcError } from "./errors";
import { ipc, type VerificationLevels } from "./ipc";
import { keys } from "./queries";

export const verifyKeys = {
  status: (id: string) => [...keys.request(id), "verification"] as const,
  levels: ["verification-levels"] as const,
};

export function useVerification(id: () => string) {
  return createQuery<VerificationStatus, IpcError>(() => ({
    queryKey: verifyKeys.status(id()),
    queryFn: () => ipc.verificationStatus(id()),
  }));
}

/** One verification step on a request; afterwards the status and the history are read again. */
function useStep<T, A>(id: () => string, run: (id: string, arg: A) => Promise<T>) {
  const client = useQueryClient();
  return createMutation<T, IpcError, A>(() => ({
    mutationFn: (arg) => run(id(), arg),
    // A refused step (a locked or expired code) is in the history too.
    onSettled: () => client.invalidateQueries({ queryKey: keys.request(id()) }),
  }));
}

/** The code comes back once; the caller keeps it only while its dialog is open. */
export const useIssueCode = (id: () => string) => useStep<IssuedCode, void>(id, (r) => ipc.verificationCode(r));
export const useCheckCode = (id: () => string) => useStep<Answer, string>(id, (r, code) => ipc.verificationCheck(r, code));
export const useSightNik = (id: () => string) => useStep<string, string>(id, (r, nik) => ipc.verificationNik(r, nik));
export const useSightAuthority = (id: () => string) =>
  useStep<null, string>(id, (r, document) => ipc.verificationAuthority(r, document));
export const useOverride = (id: () => string) => useStep<null, string>(id, (r, reason) => ipc.verificationOverride(r, reason));

export function useVerifyLevels() {
  return createQuery<VerificationLevels, IpcError>(() => ({
    queryKey: verifyKeys.levels,
    queryFn: () => ipc.verificationLevels(),
  }));
}

export function useSetVerifyLevels() {
  const client = useQueryClient();
  return createMutation<VerificationLevels, IpcError, { levels: Levels; codeMinutes: number }>(() => ({
    mutationFn: ({ levels, codeMinutes }) => ipc.verificationSetLevels(levels, codeMinutes),
    onSuccess: (saved) => {
      client.setQueryData(verifyKeys.levels, saved);
      // Every request's level may have changed.
      return client.invalidateQueries({ queryKey: keys.requests });
    },
  }));
}
