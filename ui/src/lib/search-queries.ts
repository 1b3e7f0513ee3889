// Server state of a request's subject search: the latest search, running one, deciding hits, a
// hit's record read again, and the identifiers found on confirmed hits that staff may add.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Decision } from "$lib/bindings/Decision";
import type { FoundIdentifier } from "$lib/bindings/FoundIdentifier";
import type { HitRecord } from "$lib/bindings/HitRecord";
import type { Request } from "$lib/bindings/Request";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { SubjectQuery } from "$lib/bindings/SubjectQuery";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { invalidatePlan } from "./plan-queries";
import { keys } from "./queries";

export const searchKeys = {
  latest: (id: string) => [...keys.request(id), "search"] as const,
  // Outside the request's tree, which many changes invalidate: finding them reads the confirmed
  // records again (seconds on a workbook), so only another search or other confirmed hits (the
  // key) read them again.
  foundOf: (id: string) => ["found-identifiers", id] as const,
  found: (id: string, searchId: number, confirmed: number[]) => [...searchKeys.foundOf(id), searchId, confirmed] as const,
  // A hit's record: another search makes new hits, so the id alone says which reading it is.
  hitRecord: (hitId: number) => ["hit-record", hitId] as const,
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
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.request(search.request_id), exact: true }),
        invalidatePlan(client, search.request_id),
      ]);
    },
  }));
}

export type DecideArgs = { ids: number[]; decision: Decision; reason: string | null };

export function useDecideHits(id: () => string) {
  const client = useQueryClient();
  return createMutation<number, IpcError, DecideArgs>(() => ({
    mutationFn: ({ ids, decision, reason }) => ipc.hitsDecide(ids, decision, reason),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: searchKeys.latest(id()) }),
        // The request's guide waits for every hit to be decided, and contact on file is looked
        // for on the confirmed hits (its verification is under the request's key).
        client.invalidateQueries({ queryKey: keys.request(id()) }),
        // The plan is made of the confirmed records.
        invalidatePlan(client, id()),
      ]),
  }));
}

/**
 * A hit's record read again from its file, for an opened hit only. Read once per hit: it costs
 * seconds on a workbook. A failure (the file changed since the search) is not retried at once:
 * opening the hit again tries again, searching again makes new hits.
 */
export function useHitRecord(hitId: () => number, enabled: () => boolean = () => true) {
  return createQuery<HitRecord, IpcError>(() => ({
    queryKey: searchKeys.hitRecord(hitId()),
    queryFn: () => ipc.hitRecord(hitId()),
    enabled: enabled(),
    staleTime: Infinity,
    retry: false,
  }));
}

/** The e-mails and phones on the search's confirmed hits that the request lacks; none asked for while nothing is confirmed. */
export function useFoundIdentifiers(search: () => StoredSearch) {
  return createQuery<FoundIdentifier[], IpcError>(() => {
    const s = search();
    const confirmed = s.hits.filter((h) => h.decision === "confirmed").map((h) => h.id);
    return {
      queryKey: searchKeys.found(s.request_id, s.id, confirmed),
      queryFn: () => ipc.requestFoundIdentifiers(s.request_id),
      enabled: confirmed.length > 0,
      staleTime: Infinity,
    };
  });
}

/** Adds the chosen found identifiers to the request: its contacts and history refresh, they leave the found list. */
export function useAddIdentifiers(id: () => string) {
  const client = useQueryClient();
  return createMutation<Request, IpcError, string[]>(() => ({
    mutationFn: (values) => ipc.requestAddIdentifiers(id(), values),
    onSuccess: (request, values) => {
      client.setQueriesData<FoundIdentifier[]>({ queryKey: searchKeys.foundOf(request.id) }, (list) =>
        list?.filter((f) => !values.includes(f.value)),
      );
      return client.invalidateQueries({ queryKey: keys.request(request.id), exact: true });
    },
  }));
}
