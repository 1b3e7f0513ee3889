// The core's figures and the register export for component tests: the figures of an invented
// office (tests change `fake.report.metrics`), an export answering with the file it was asked for.
import type { ExportRequest } from "$lib/bindings/ExportRequest";
import type { Exported } from "$lib/bindings/Exported";
import type { Metrics } from "$lib/bindings/Metrics";
import type { DayGroup } from "$lib/bindings/DayGroup";
import { RIGHTS } from "$lib/domain";

export type ReportMock = { metrics: Metrics; exported: ExportRequest[] };

const GROUPS: DayGroup[] = ["up-to-3", "up-to-7", "up-to-14", "up-to-30", "over-30"];
const groups = (counts: number[]) => GROUPS.map((group, i) => ({ group, requests: counts[i] }));

export function metrics(): Metrics {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  return {
    from: "2026-01-01",
    to: "2026-12-02",
    received: 9,
    answered: 4,
    withdrawn: 0,
    open: 5,
    per_right: RIGHTS.map((right) => ({ right, requests: right === "deletion" ? 4 : right === "access" ? 3 : 0 })),
    per_month: months.map((month) => ({ month, received: month === "2026-11" ? 6 : month === "2026-10" ? 3 : 0, answered: 0 })),
    median_days: 5.5,
    p90_days: 12,
    days_to_answer: groups([1, 2, 1, 0, 0]),
    on_time: { answered: 4, on_time: 3, late: 1, rate: 0.75 },
    policy: { answered: 4, on_time: 4, late: 0, rate: 1 },
    statutory: { answered: 2, on_time: 1, late: 1, rate: 0.5 },
    open_by_age: groups([2, 1, 1, 0, 1]),
  };
}

export function reportMock(): ReportMock {
  return { metrics: metrics(), exported: [] };
}

export function exported(ask: ExportRequest): Exported {
  return {
    path: ask.out,
    format: ask.format,
    period: { from: ask.from, to: ask.to },
    requests: ["REQ-2026-0001", "REQ-2026-0002"],
    totals: { received: 2, answered: 1, on_time: 1, late: 0, open: 1, withdrawn: 0 },
    bytes: 20480,
    sha256: "ab".repeat(32),
    pages: ask.format === "pdf" ? 1 : null,
  };
}
