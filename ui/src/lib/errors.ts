import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { ErrorReport } from "$lib/bindings/ErrorReport";

/** What an error can be in the window: one of the core's codes, or `ipc` when the call itself failed. */
export type Code = ErrorCode | "ipc";

/** An error as the window holds it: the core's report, or one the window made for a failed call. */
export type Report = Omit<ErrorReport, "code"> & { code: Code };

/** Every rejection from the backend, typed. `field`/`reason` are set for input errors. */
export class IpcError extends Error implements Report {
  readonly code: Code;
  readonly field: string | null;
  readonly reason: string | null;
  /** What a refusal names (a certificate's open systems or exports not redacted); empty otherwise. */
  readonly names: string[];

  constructor(report: Report) {
    super(report.message);
    this.name = "IpcError";
    this.code = report.code;
    this.field = report.field;
    this.reason = report.reason;
    this.names = report.names ?? [];
  }
}

function isReport(e: unknown): e is Partial<ErrorReport> & { code: unknown; message: unknown } {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/** Turns whatever `invoke` rejected with into an `IpcError`. */
export function toIpcError(e: unknown): IpcError {
  if (e instanceof IpcError) return e;
  if (isReport(e)) {
    return new IpcError({
      // The shell only ever rejects with an `ErrorReport` (src-tauri desk.rs), whose code is an `ErrorCode`.
      code: String(e.code) as ErrorCode,
      message: String(e.message),
      field: typeof e.field === "string" ? e.field : null,
      reason: typeof e.reason === "string" ? e.reason : null,
      names: Array.isArray(e.names) ? e.names.map(String) : [],
    });
  }
  const message = typeof e === "string" ? e : e instanceof Error ? e.message : String(e);
  return new IpcError({ code: "ipc", message, field: null, reason: null });
}
