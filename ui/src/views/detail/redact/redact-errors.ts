// What a refused redaction means on the request, from the core's codes: the verification gate (to
// the verification section), the folder inside a source folder (under the folder field), nothing
// in the plan to redact, an export changed since the search (search again), cancelled by staff,
// or anything else (a toast with the detail).
import type { IpcError } from "$lib/errors";

export type RedactProblem =
  | { kind: "gate" }
  | { kind: "inside_source" }
  | { kind: "nothing" }
  | { kind: "changed" }
  | { kind: "cancelled" }
  | { kind: "other"; error: IpcError };

export function redactProblem(e: IpcError): RedactProblem {
  if (e.code === "verification_refused") return { kind: "gate" };
  if (e.code === "cancelled") return { kind: "cancelled" };
  if (e.field === "out" && e.reason === "inside_source") return { kind: "inside_source" };
  if (e.reason === "nothing_to_redact") return { kind: "nothing" };
  if (e.code === "file_error" && e.reason === "changed") return { kind: "changed" };
  return { kind: "other", error: e };
}

/** Scrolls a section of the request detail into view (the verification or the search). */
export function scrollToSection(testid: string): void {
  document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ behavior: "smooth", block: "start" });
}
