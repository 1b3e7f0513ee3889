// The audit chain's state for component tests: whole unless a test breaks it
// (`fake.audit.status = brokenAt(…)`).
import type { AuditProblemCode } from "$lib/bindings/AuditProblemCode";
import type { AuditStatus } from "$lib/bindings/AuditStatus";

export type AuditMock = { status: AuditStatus };

export function whole(): AuditStatus {
  return { ok: true, entries: 57, last_seq: 57, last_at: "2026-11-25T03:00:00Z", problem: null };
}

export function brokenAt(seq: number | null, code: AuditProblemCode, request_id: string | null = null): AuditStatus {
  return {
    ...whole(),
    ok: false,
    problem: { seq, code, event_id: null, request_id, message: "(the core's English)" },
  };
}

export function auditMock(): AuditMock {
  return { status: whole() };
}
