import type { ErrorReport } from "$lib/bindings/ErrorReport";

/** Every rejection from the backend, typed. `field`/`reason` are set for input errors. */
export class IpcError extends Error implements ErrorReport {
  readonly code: string;
  readonly field: string | null;
  readonly reason: string | null;

  constructor(report: ErrorReport) {
    super(report.message);
    this.name = "IpcError";
    this.code = report.code;
    this.field = report.field;
    this.reason = report.reason;
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
      code: String(e.code),
      message: String(e.message),
      field: typeof e.field === "string" ? e.field : null,
      reason: typeof e.reason === "string" ? e.reason : null,
    });
  }
  if (typeof e === "string") return new IpcError({ code: "ipc", message: e, field: null, reason: null });
  if (e instanceof Error) return new IpcError({ code: "ipc", message: e.message, field: null, reason: null });
  return new IpcError({ code: "unknown", message: String(e), field: null, reason: null });
}
