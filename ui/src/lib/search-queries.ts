// Server state of a request's subject search: the latest search, running one, deciding hits.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Decision } from "$lib/bindings/Decision";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { SubjectQuery } from "$lib/bindings/SubjectQuery";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys } from "./queries";

export const searchKeys = {
  latest: (id: string) => [...keys.request(id), "search"] as const,
};

export function useLatestSearch(id: () => string) {
  return createQuery<StoredSearch | null, IpcError>(() => ({
    queryKey: searchKeys.latest(id()),
    queryFn: () => ipc.requestLatestSearch(id()),
  }));
}

/** Runs a search (seconds to minutes); the result becomes the latest search, the history gets its note. */
export function useRunSearch(id: () => string) {
  const client = useQueryClient();
  return createMutation<StoredSearch, IpcError, SubjectQuery>(() => ({
    mutationFn: (extra) => ipc.requestSearch(id(), extra),
    onSuccess: (search) => {
      client.setQueryData(searchKeys.latest(search.request_id), search);
      return client.invalidateQueries({ queryKey: keys.request(search.request_id), exact: true });
    },
  }));
}

export type DecideArgs = { ids: number[]; decision: Decision; reason: string | null };

export function useDecideHits(id: () => string) {
  const client = useQueryClient();
  return createMutation<number, IpcError, DecideArgs>(() => ({
    mutationFn: ({ ids, decision, reason }) => ipc.hitsDecide(ids, decision, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: searchKeys.latest(id()) }),
  }));
}
