// What a refused preview or package means on the request: the verification gate (what is missing
// comes from the verification status), nothing confirmed (the no-data letter is the answer), no
// processing register for the access pack (Settings), cancelled by staff, a field of the form
// (the ZIP's place, the passcode), or anything else (a toast with the detail).
import type { IpcError } from "$lib/errors";

export type PackProblem =
  | { kind: "gate" }
  | { kind: "nothing" }
  | { kind: "register" }
  | { kind: "cancelled" }
  | { kind: "field"; field: "out" | "passcode" }
  | { kind: "other"; error: IpcError };

export function packProblem(e: IpcError): PackProblem {
  if (e.code === "verification_refused") return { kind: "gate" };
  if (e.code === "nothing_confirmed") return { kind: "nothing" };
  if (e.code === "cancelled") return { kind: "cancelled" };
  if (e.field === "processing_register" && e.reason === "required") return { kind: "register" };
  if (e.field === "out" || e.field === "passcode") return { kind: "field", field: e.field };
  return { kind: "other", error: e };
}
