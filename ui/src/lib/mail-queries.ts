// Server state of the office's mail server: its settings (the password only as set or not),
// saving them (the password is write-only) and a test message. Codes and letters are e-mailed
// only when it is set.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { MailServer } from "$lib/bindings/MailServer";
import type { SmtpSettings } from "$lib/bindings/SmtpSettings";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";

export const mailKeys = { server: ["mail-server"] as const };

export function useMailServer() {
  return createQuery<MailServer, IpcError>(() => ({ queryKey: mailKeys.server, queryFn: () => ipc.mailServerGet() }));
}

/** `password`: null keeps the kept one, "" removes it. */
export function useSaveMailServer() {
  const client = useQueryClient();
  return createMutation<MailServer, IpcError, { settings: SmtpSettings; password: string | null }>(() => ({
    mutationFn: ({ settings, password }) => ipc.mailServerSet(settings, password),
    onSuccess: (saved) => client.setQueryData(mailKeys.server, saved),
  }));
}

export function useTestMail() {
  return createMutation<string, IpcError, string>(() => ({ mutationFn: (to) => ipc.mailServerTest(to) }));
}
