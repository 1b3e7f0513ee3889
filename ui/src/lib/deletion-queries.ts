// Server state of a deletion's last steps: the redaction runs of the office's local exports, a new
// run (afterwards the plan — a replaced export's lines come from the run —, the checklist and the
// history are read again), the deletion certificate issued (the request's letters, the register of
// letters and the history gain it), the kept certificate checked against the register, any
// certificate file checked, and a copy saved. Runs and checks live under the plan's key, so
// whatever reads the plan again (a search, a change, a tick) reads them again too.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";
import type { CertificateIssued } from "$lib/bindings/CertificateIssued";
import type { Language } from "$lib/bindings/Language";
import type { RedactReport } from "$lib/bindings/RedactReport";
import type { Redaction } from "$lib/bindings/Redaction";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { letterKeys } from "./letters-queries";
import { planKeys } from "./plan-queries";
import { keys } from "./queries";

export const deletionKeys = {
  runs: (id: string) => [...planKeys.of(id), "redactions"] as const,
  check: (id: string, number: string) => [...planKeys.of(id), "certificate", number] as const,
  verify: (path: string) => ["certificate-verify", path] as const,
};

export function useRedactions(id: () => string) {
  return createQuery<Redaction[], IpcError>(() => ({
    queryKey: deletionKeys.runs(id()),
    queryFn: () => ipc.redactionList(id()),
  }));
}

export type RedactAsk = { out: string; replace: boolean };

export function useRedact(id: () => string) {
  const client = useQueryClient();
  return createMutation<RedactReport, IpcError, RedactAsk>(() => ({
    mutationFn: ({ out, replace }) => ipc.redactRun(id(), out, replace),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: planKeys.of(id()) }),
        client.invalidateQueries({ queryKey: keys.request(id()), exact: true }),
      ]),
  }));
}

export type IssueAsk = { lang: Language; checklistOpen: string | null };

export function useIssueCertificate(id: () => string) {
  const client = useQueryClient();
  return createMutation<CertificateIssued, IpcError, IssueAsk>(() => ({
    mutationFn: ({ lang, checklistOpen }) => ipc.certificateIssue(id(), lang, checklistOpen),
    // A failed print leaves a VOID number: the lists show it.
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.request(id()) }),
        client.invalidateQueries({ queryKey: letterKeys.register }),
      ]),
  }));
}

/** The kept certificate `number` checked: its code, key, and what happened to the request since. */
export function useCertificateCheck(id: () => string, number: () => string | null) {
  return createQuery<CertificateCheck, IpcError>(() => ({
    queryKey: deletionKeys.check(id(), number() ?? ""),
    queryFn: () => ipc.certificateCheck(number() ?? ""),
    enabled: number() !== null,
    retry: false,
  }));
}

/** A certificate file staff picked, checked; not asked until a file is picked. */
export function useVerifyFile(path: () => string | null) {
  return createQuery<CertificateCheck, IpcError>(() => ({
    queryKey: deletionKeys.verify(path() ?? ""),
    queryFn: () => ipc.certificateVerify(path() ?? ""),
    enabled: path() !== null,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  }));
}

export function useSaveCertificate() {
  return createMutation<null, IpcError, { number: string; out: string }>(() => ({
    mutationFn: ({ number, out }) => ipc.certificateSave(number, out),
  }));
}
