// The purge plan and the backup for component tests: one request past a two-year retention
// unless a test seeds another plan (`fake.records.plan = …`); `purged` and `backups` record the
// calls.
import type { BackupMade } from "$lib/bindings/BackupMade";
import type { PurgePlan } from "$lib/bindings/PurgePlan";
import type { PurgeReport } from "$lib/bindings/PurgeReport";
import type { Restored } from "$lib/bindings/Restored";
import { IpcError } from "$lib/errors";

export type RecordsMock = {
  plan: PurgePlan;
  purged: PurgeReport[];
  backups: string[];
  setRetention: (months: number) => PurgePlan;
  purge: () => PurgeReport;
  backup: (out: string) => BackupMade;
  /** Every restore asked: the file, the folder (null: over this installation), the passphrase. */
  restores: { file: string; into: string | null; passphrase: string | null }[];
  /** The passphrase an encrypted backup needs; null: the backup is not encrypted. */
  backupPassphrase: string | null;
  restore: (file: string, into: string | null, passphrase: string | null) => Restored;
};

export function duePlan(): PurgePlan {
  return {
    retention_months: 24,
    due: [{ id: "REQ-2024-0003", ended_at: "2024-10-01T03:00:00Z", purge_due: "2026-10-01T03:00:00Z", is_demo: false }],
    next: { id: "REQ-2025-0001", ended_at: "2025-02-03T03:00:00Z", purge_due: "2027-02-03T03:00:00Z", is_demo: false },
    declined_messages: 0,
    purged_before: 0,
  };
}

export function recordsMock(): RecordsMock {
  const m: RecordsMock = {
    plan: duePlan(),
    purged: [],
    backups: [],
    restores: [],
    backupPassphrase: null,
    restore: (file, into, passphrase) => {
      m.restores.push({ file, into, passphrase });
      if (m.backupPassphrase !== null && passphrase === null)
        throw new IpcError({ code: "locked", message: `the data folder ${file} is encrypted`, field: null, reason: null });
      if (m.backupPassphrase !== null && passphrase !== m.backupPassphrase)
        throw new IpcError({ code: "wrong_passphrase", message: "the passphrase is not the one", field: null, reason: null });
      if (into === "/data")
        throw new IpcError({ code: "invalid_input", message: "holds a register", field: "into", reason: "holds_register" });
      return { dir: into ?? "/data", files: 6, requests: 4, schema: 16, made_at: "2026-11-30T09:00:00Z", audit_ok: true, encrypted: m.backupPassphrase !== null };
    },
    setRetention: (months) => {
      m.plan = { ...m.plan, retention_months: months };
      return m.plan;
    },
    purge: () => {
      const report: PurgeReport = {
        retention_months: m.plan.retention_months,
        purged: m.plan.due.map((c) => ({ id: c.id, removed: { contacts: 2, history_lines: 4, evidence: 1, searches: 1, letters: 2 } })),
        declined_messages: m.plan.declined_messages,
        bytes_before: 3145728,
        bytes_after: 2097152,
      };
      m.purged.push(report);
      m.plan = { ...m.plan, due: [], declined_messages: 0, purged_before: m.plan.purged_before + report.purged.length };
      return report;
    },
    backup: (out) => {
      m.backups.push(out);
      return { path: out, sha256: "5e".repeat(32), bytes: 40960, files: 6, requests: 4, schema: 16 };
    },
  };
  return m;
}
