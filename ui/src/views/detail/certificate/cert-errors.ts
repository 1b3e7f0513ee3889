// What a refused certificate means on the request, from the core's codes: the verification gate,
// the certificate's own gate by its reason (the open systems and the exports not redacted come
// named with the refusal), a setting the office has not made (Settings), an export changed since
// the search (search again), or anything else (a toast, or staff's reason's field error).
import type { IpcError } from "$lib/errors";

export type CertProblem =
  | { kind: "gate" }
  | { kind: "refused"; reason: "no_deletion" | "request_ended" | "plan_incomplete" }
  | { kind: "checklist_open"; systems: string[] }
  | { kind: "not_redacted"; files: string[] }
  | { kind: "settings"; missing: "signatory" | "city" }
  | { kind: "changed" }
  | { kind: "other"; error: IpcError };

export function certProblem(e: IpcError): CertProblem {
  if (e.code === "verification_refused") return { kind: "gate" };
  if (e.code === "certificate_refused") {
    if (e.reason === "checklist_open") return { kind: "checklist_open", systems: e.names };
    if (e.reason === "not_redacted") return { kind: "not_redacted", files: e.names };
    if (e.reason === "no_deletion" || e.reason === "request_ended" || e.reason === "plan_incomplete") return { kind: "refused", reason: e.reason };
  }
  if (e.field === "signatory_name") return { kind: "settings", missing: "signatory" };
  if (e.field === "office_city") return { kind: "settings", missing: "city" };
  if (e.code === "file_error" && e.reason === "changed") return { kind: "changed" };
  return { kind: "other", error: e };
}
