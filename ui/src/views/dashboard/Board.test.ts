import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Dashboard from "./Dashboard.svelte";
import { entry, fake, resetFake } from "../../test/fake-ipc";
import { clocks, statutoryClocks } from "../../test/fake-clocks";
import { setLocale } from "$lib/i18n";
import { go, nav, registerDue, registerFilter, resetRegisterFilter } from "$lib/nav.svelte";
import { lastMonths, median, responseDays, responseHistogram } from "./stats";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

function register() {
  fake.data.requests = [
    entry("REQ-2026-0009", { rights: ["access"] }, statutoryClocks({ remaining_hours: 20 })),
    entry("REQ-2026-0008", { rights: ["correction"] }, statutoryClocks({ remaining_hours: -5, statutory_overdue: true })),
    entry("REQ-2026-0007", { rights: ["deletion"] }, clocks({ remaining_working_days: 0 })),
    entry("REQ-2026-0006", { rights: ["deletion"] }, clocks({ remaining_working_days: 4 })),
    entry("REQ-2026-0005", { rights: ["deletion"], state: "searching" }, clocks({ remaining_working_days: -2, policy_overdue: true })),
    entry("REQ-2026-0004", { rights: ["portability"], state: "verifying" }, clocks({ paused: true })),
    entry("REQ-2026-0003", { rights: ["information"] }, clocks({ remaining_working_days: 13 })),
    entry(
      "REQ-2026-0002",
      { state: "closed", received_at: "2026-10-01T09:00:00+08:00", updated_at: "2026-10-03T01:00:00Z" },
      null,
    ),
    entry(
      "REQ-2026-0001",
      { state: "closed", received_at: "2026-09-01T09:00:00+08:00", updated_at: "2026-09-11T01:00:00Z" },
      null,
    ),
  ];
}

const count = (testid: string) => within(screen.getByTestId(testid)).getByTestId("board-count").textContent?.trim();

describe("dashboard: the board", () => {
  beforeEach(() => {
    resetFake();
    register();
    resetRegisterFilter();
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("counts open requests by deadline, state and right", async () => {
    render(Harness, { props: { component: Dashboard } });
    await waitFor(() => expect(count("board-overdue")).toBe("2"));
    expect(count("board-due-today")).toBe("1");
    expect(count("board-due-soon")).toBe("3");
    expect(count("board-paused")).toBe("1");
    expect(screen.getByTestId("board-due-today").textContent).toContain("Jatuh tempo hari ini");
    expect(screen.getByTestId("board-due-soon").textContent).toContain("≤ 5 hari kerja");
    expect(screen.getByTestId("dash-open-total").textContent).toContain("7");
    expect(within(screen.getByTestId("dash-right-deletion")).getByText("3")).toBeTruthy();
    expect(within(screen.getByTestId("dash-right-information")).getByText("1")).toBeTruthy();
    expect(within(screen.getByTestId("dash-right-objection")).getByText("0")).toBeTruthy();
  });

  it("opens the register filtered to a card", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Dashboard } });
    await waitFor(() => expect(count("board-overdue")).toBe("2"));
    await user.click(screen.getByTestId("board-overdue"));
    expect(nav.view).toEqual({ name: "requests" });
    expect(registerDue.value).toBe("overdue");
    expect(registerFilter.open_only).toBe(true);
  });

  it("lists the requests whose verification request went unanswered 2 working days, each opening its request", async () => {
    const waits = { "REQ-2026-0006": ["remind", 3], "REQ-2026-0005": ["may-close", 11], "REQ-2026-0004": ["recent", 1] } as const;
    for (const [id, [kind, n]] of Object.entries(waits))
      fake.verify.seed(id, {
        waiting: { request_id: id, asked_at: "2026-11-10T02:00:00Z", waiting: { kind, working_days: n }, remind_on: "2026-11-12", close_on: "2026-11-24" },
      });
    const user = userEvent.setup();
    render(Harness, { props: { component: Dashboard } });
    const group = await screen.findByTestId("board-verify");
    expect(within(group).getByRole("heading").textContent).toContain("Menunggu verifikasi");
    await waitFor(() => expect(within(group).getAllByTestId("board-verify-item")).toHaveLength(2));
    const items = within(group).getAllByTestId("board-verify-item");
    // A request asked a day ago is not due for a reminder yet.
    expect(items.map((i) => [i.dataset.requestId, i.dataset.kind])).toEqual([
      ["REQ-2026-0006", "remind"],
      ["REQ-2026-0005", "may-close"],
    ]);
    expect(items[0].textContent).toContain("3 hari kerja tanpa jawaban · diminta 10 Nov 2026 10.00 WITA");
    expect(items[0].textContent).toContain("Ingatkan pemohon");
    expect(items[1].textContent).toContain("Bisa ditutup");
    await user.click(items[1]);
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0005" });
  });

  it("says so when no verification request is waiting", async () => {
    render(Harness, { props: { component: Dashboard } });
    expect((await screen.findByTestId("board-verify-empty")).textContent).toContain("Tidak ada permintaan verifikasi yang menunggu");
  });

  it("draws the two charts, their numbers also in a table", async () => {
    render(Harness, { props: { component: Dashboard } });
    const perMonth = await screen.findByTestId("chart-per-month");
    const rows = within(perMonth).getAllByTestId("chart-row");
    expect(rows).toHaveLength(12);
    const ttr = screen.getByTestId("chart-time-to-respond");
    const values = within(ttr)
      .getAllByTestId("chart-row")
      .map((r) => [...r.children].map((c) => c.textContent?.trim()).join(" "));
    expect(values).toEqual(["≤ 3 hari 1", "4–7 hari 0", "8–14 hari 1", "15–30 hari 0", "> 30 hari 0"]);
    expect(screen.getByTestId("chart-ttr-summary").textContent).toContain("Median 6 hari dari 2 permintaan selesai");
  });
});

describe("board numbers", () => {
  it("counts the last 12 months on the office clock", () => {
    const months = lastMonths(new Date("2026-11-30T20:00:00Z"), "Asia/Jayapura", "id");
    expect(months).toHaveLength(12);
    expect(months[0].month).toBe("2026-01");
    expect(months[11]).toEqual({ month: "2026-12", label: "Des 26" });
  });

  it("takes days to respond of closed requests only", () => {
    const days = responseDays([
      entry("A", { state: "closed", received_at: "2026-10-01T00:00:00Z", updated_at: "2026-10-04T00:00:00Z" }, null),
      entry("B", { state: "closed", received_at: "2026-10-01T00:00:00Z", updated_at: "2026-10-04T01:00:00Z" }, null),
      entry("C", { state: "rejected", received_at: "2026-10-01T00:00:00Z", updated_at: "2026-10-02T00:00:00Z" }, null),
    ]);
    expect(days.map((d) => Math.round(d * 24))).toEqual([72, 73]);
    expect(responseHistogram(days)).toEqual([1, 1, 0, 0, 0]);
    expect(median([1, 9, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});
