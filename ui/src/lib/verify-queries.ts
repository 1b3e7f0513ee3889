// Server state of identity verification: a request's status (the gate, each requirement met or
// missing, the live code) and the office's levels; every step invalidates the status and the
// request (its history gets the step).
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Answer } from "$lib/bindings/Answer";
import type { AwaitingAnswer } from "$lib/bindings/AwaitingAnswer";
import type { ClosedUnverified } from "$lib/bindings/ClosedUnverified";
import type { Language } from "$lib/bindings/Language";
import type { IssuedCode } from "$lib/bindings/IssuedCode";
import type { Levels } from "$lib/bindings/Levels";
import type { VerificationStatus } from "$lib/bindings/VerificationStatus";
import type { IpcError } from "./errors";
import { ipc, type VerificationLevels } from "./ipc";
import { keys, LIST_REFETCH_MS } from "./queries";

export const verifyKeys = {
  status: (id: string) => [...keys.request(id), "verification"] as const,
  levels: ["verification-levels"] as const,
  // Under the requests: anything that changes a request reads it again.
  waiting: [...keys.requests, "verification-waiting"] as const,
};

export function useVerification(id: () => string) {
  return createQuery<VerificationStatus, IpcError>(() => ({
    queryKey: verifyKeys.status(id()),
    queryFn: () => ipc.verificationStatus(id()),
  }));
}

/** One verification step on a request; afterwards the status, the history and the board's waiting list are read again. */
function useStep<T, A>(id: () => string, run: (id: string, arg: A) => Promise<T>) {
  const client = useQueryClient();
  return createMutation<T, IpcError, A>(() => ({
    mutationFn: (arg) => run(id(), arg),
    // A refused step (a locked or expired code, a code not sent) is in the history too.
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.request(id()) }),
        client.invalidateQueries({ queryKey: verifyKeys.waiting }),
      ]),
  }));
}

/** The code comes back once (by hand); the caller keeps it only while its dialog is open. `true`: e-mail it instead. */
export const useIssueCode = (id: () => string) => useStep<IssuedCode, boolean>(id, (r, email) => ipc.verificationCode(r, email));
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

/** Open requests whose requester has not answered the verification request, polled as the register is. */
export function useVerificationWaiting() {
  return createQuery<AwaitingAnswer[], IpcError>(() => ({
    queryKey: verifyKeys.waiting,
    queryFn: () => ipc.verificationWaiting(),
    refetchInterval: LIST_REFETCH_MS,
    refetchIntervalInBackground: true,
  }));
}

/** Closes the request as unverified: the refusal letter is issued and the request rejected; everything about requests is read again. */
export function useCloseUnverified(id: () => string) {
  const client = useQueryClient();
  return createMutation<ClosedUnverified, IpcError, Language>(() => ({
    mutationFn: (lang) => ipc.verificationClose(id(), lang),
    onSettled: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}
