// Server state of the Sources screen: the added sources, removing one, and starting a request from
// a record. Reads (add, index, map) run through `sources.svelte.ts`, which reports progress.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { RecordSelector } from "$lib/bindings/RecordSelector";
import type { Request } from "$lib/bindings/Request";
import type { Source } from "$lib/bindings/Source";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys } from "./queries";

export const sourceKeys = {
  all: ["sources"] as const,
};

export function useSources() {
  return createQuery<Source[], IpcError>(() => ({
    queryKey: sourceKeys.all,
    queryFn: () => ipc.sourceList(),
  }));
}

/** Forgets a source (the files stay on disk); the list refreshes. */
export function useRemoveSource() {
  const client = useQueryClient();
  return createMutation<Source, IpcError, string>(() => ({
    mutationFn: (path) => ipc.sourceRemove(path),
    onSuccess: () => client.invalidateQueries({ queryKey: sourceKeys.all }),
  }));
}

/** Registers a request from a record; the register, dashboard and details refresh. */
export function useRecordRegister() {
  const client = useQueryClient();
  return createMutation<Request, IpcError, { file: string; which: RecordSelector; form: NewRequest }>(() => ({
    mutationFn: ({ file, which, form }) => ipc.recordRegister(file, which, form),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}
