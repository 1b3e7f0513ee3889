// Demo subject search for the dev mock (`npm run dev:mock`): a search that takes a few seconds and
// can be cancelled, the latest search of a request, staff's decisions, a hit's record read again,
// and the identifiers found on confirmed hits (added with staff's consent). Yohanes Pratama's
// request starts with a search already made (one hit confirmed, carrying a phone the request
// lacks; one rejected). Looks only.
import type { Code, Report } from "./errors";
import type { Decision } from "$lib/bindings/Decision";
import type { StoredHit } from "$lib/bindings/StoredHit";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { SubjectQuery } from "$lib/bindings/SubjectQuery";
import type { MockRegister } from "./ipc-mock-intake";
import { demoFound, demoRecord, demoSearch } from "./ipc-mock-search-data";

function fail(code: Code, message: string, field: string | null = null, reason: string | null = null): never {
  const report: Report = { code, message, field, reason };
  throw report;
}

const searches = new Map<string, StoredSearch[]>();
let searchSeq = 0;
let hitSeq = 0;
let cancelled = false;

/** `source_cancel` stops a running search too (the core has one cancel switch). */
export function cancelSearch(): void {
  cancelled = true;
}

function make(register: MockRegister, id: string, actor: string, at: Date, extra?: SubjectQuery): StoredSearch {
  const r = register.get(id) ?? fail("request_not_found", `request ${id} not found`);
  const s = demoSearch(
    { requestId: r.id, name: r.requester.name, emails: r.requester.emails, phones: r.requester.phones },
    { id: ++searchSeq, firstHitId: hitSeq + 1, actor, at: at.toISOString(), extra },
  );
  hitSeq += s.hits.length;
  searches.set(id, [...(searches.get(id) ?? []), s]);
  return s;
}

function decide(ids: number[], decision: Decision, reason: string | null, actor: string) {
  const text = reason?.trim() || null;
  if (decision === "rejected" && !text) fail("invalid_input", "reason: a rejection needs a reason", "reason", "required");
  const all = [...searches.values()].flat().flatMap((s) => s.hits);
  for (const id of ids) {
    const h = all.find((x) => x.id === id) ?? fail("invalid_input", `hit: there is no hit ${id}`, "hit", "unknown");
    Object.assign(h, { decision, decided_by: actor, decided_at: new Date().toISOString(), reason: text });
  }
  return ids.length;
}

/** A stored hit and the request whose search made it. */
function hitOf(id: number): [string, StoredHit, StoredSearch] {
  for (const [req, list] of searches)
    for (const s of list) {
      const h = s.hits.find((x) => x.id === id);
      if (h) return [req, h, s];
    }
  return fail("invalid_input", `hit: there is no hit ${id}`, "hit", "not-found");
}

/** Yohanes Pratama's request has a search from this morning, partly decided. */
function seeded(register: MockRegister, id: string, actor: string) {
  const r = register.get(id);
  if (!r || searches.has(id) || r.requester.name !== "Yohanes Pratama") return;
  const s = make(register, id, "Wayan", new Date(Date.now() - 2.5 * 3600_000));
  decide([s.hits[2].id], "confirmed", null, actor);
  decide([s.hits[1].id], "rejected", "Orang lain bernama sama: alamat di Singaraja, pemohon tinggal di Denpasar.", actor);
}

export async function mockSearch(cmd: string, args: Record<string, unknown>, register: MockRegister, actor: string): Promise<unknown> {
  const id = String(args.id ?? "");
  switch (cmd) {
    case "request_search": {
      register.get(id) ?? fail("request_not_found", `request ${id} not found`);
      cancelled = false;
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 100));
        if (cancelled) fail("cancelled", "the search was cancelled");
      }
      const s = make(register, id, actor, new Date(), args.extra as SubjectQuery);
      const strong = s.hits.filter((h) => h.class === "strong").length;
      register.note(id, `Pencarian: ${s.searched.length} file diperiksa, ${strong} temuan kuat, ${s.hits.length - strong} temuan mungkin`);
      return structuredClone(s);
    }
    case "request_latest_search": {
      register.get(id) ?? fail("request_not_found", `request ${id} not found`);
      seeded(register, id, actor);
      return structuredClone(searches.get(id)?.at(-1) ?? null);
    }
    case "request_found_identifiers": {
      const r = register.get(id) ?? fail("request_not_found", `request ${id} not found`);
      await new Promise((done) => setTimeout(done, 400)); // the core reads the confirmed records again
      const s = searches.get(id)?.at(-1);
      return s ? structuredClone(demoFound(s, r.requester)) : [];
    }
    case "request_add_identifiers": {
      const r = register.get(id) ?? fail("request_not_found", `request ${id} not found`);
      const s = searches.get(id)?.at(-1);
      const found = s ? demoFound(s, r.requester) : [];
      const chosen = (args.values as string[]).map(
        (v) =>
          found.find((f) => f.value === v.trim().toLowerCase()) ??
          fail("invalid_input", `identifier: ${v} is not on a record confirmed for ${id}`, "identifier", "not-found"),
      );
      for (const f of chosen) (f.kind === "email" ? r.requester.emails : r.requester.phones).push(f.value);
      r.updated_at = new Date().toISOString();
      const places = chosen.map((f) => `${f.value} — ${f.found_in.join(", ")}`).join("; ");
      register.note(id, `ditemukan pada catatan yang dikonfirmasi: ${places}`, "identifiers-added");
      return structuredClone(r);
    }
    case "hit_record": {
      const [req, hit, search] = hitOf(Number(args.id));
      await new Promise((done) => setTimeout(done, hit.locator.kind === "cell" ? 1500 : 300)); // a workbook is inflated up to the row
      return demoRecord(hit, register.get(req)?.requester.name ?? "", search.identifiers);
    }
    case "hits_decide":
      return decide(args.ids as number[], args.decision as Decision, (args.reason as string | null) ?? null, actor);
    default:
      return fail("ipc", `mock: unknown command ${cmd}`);
  }
}
