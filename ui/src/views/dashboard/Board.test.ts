import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Dashboard from "./Dashboard.svelte";
import { entry, fake, resetFake } from "../../test/fake-ipc";
import { clocks, statutoryClocks } from "../../test/fake-clocks";
import { setLocale } from "$lib/i18n";
import { go, nav, registerDue, registerFilter, resetRegisterFilter } from "$lib/nav.svelte";

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

  it("draws the core's figures: per month, per right, days to answer, and the figure row", async () => {
    render(Harness, { props: { component: Dashboard } });
    const perMonth = await screen.findByTestId("chart-per-month");
    expect(within(perMonth).getAllByTestId("chart-row")).toHaveLength(12);
    const rows = (testid: string) =>
      within(screen.getByTestId(testid))
        .getAllByTestId("chart-row")
        .map((r) => [...r.children].map((c) => c.textContent?.trim()).join(" "));
    expect(rows("chart-time-to-respond")).toEqual(["≤ 3 hari 1", "4–7 hari 2", "8–14 hari 1", "15–30 hari 0", "> 30 hari 0"]);
    expect(rows("chart-per-right")).toContain("Penghapusan 4");
    expect(screen.getByTestId("metrics-median").textContent).toContain("5,5 hari");
    expect(screen.getByTestId("metrics-median").textContent).toContain("dari 4 permintaan yang dijawab");
    expect(screen.getByTestId("metrics-p90").textContent).toContain("12 hari");
    expect(screen.getByTestId("metrics-on-time").textContent).toContain("75%");
    expect(screen.getByTestId("metrics-on-time").textContent).toContain("Kebijakan 100% · UU 3×24 jam 50%");
    expect(screen.getByTestId("metrics-age-over-30").textContent).toContain("1");
  });

  it("says when nothing has been answered yet", async () => {
    fake.report.metrics = { ...fake.report.metrics, answered: 0, median_days: null, p90_days: null, on_time: { answered: 0, on_time: 0, late: 0, rate: null } };
    render(Harness, { props: { component: Dashboard } });
    expect((await screen.findByTestId("metrics-median")).textContent).toContain("Belum ada permintaan yang dijawab");
    expect(screen.getByTestId("metrics-on-time").textContent).toContain("–");
  });
});
