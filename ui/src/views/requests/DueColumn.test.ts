import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Requests from "./Requests.svelte";
import { entry, fake, resetFake } from "../../test/fake-ipc";
import { clocks, statutoryClocks } from "../../test/fake-clocks";
import { setLocale } from "$lib/i18n";
import { go, resetRegisterFilter } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

/** One request for each way the due cell looks, newest first. */
function register() {
  const at = (d: number) => `2026-11-${String(d).padStart(2, "0")}T10:00:00+08:00`;
  fake.data.requests = [
    entry("REQ-2026-0008", { received_at: at(24), rights: ["access"] }, statutoryClocks({ statutory_rights: ["access"] })),
    entry("REQ-2026-0007", { received_at: at(23), rights: ["correction"] }, statutoryClocks({ remaining_hours: 20 })),
    entry("REQ-2026-0006", { received_at: at(20), rights: ["correction"] }, statutoryClocks({ remaining_hours: -24, statutory_overdue: true })),
    entry("REQ-2026-0005", { received_at: at(19), rights: ["deletion"] }, clocks({ remaining_working_days: 12 })),
    entry("REQ-2026-0004", { received_at: at(18), rights: ["deletion"] }, clocks({ remaining_working_days: 0, policy_due: "2026-11-24" })),
    entry("REQ-2026-0003", { received_at: at(17), rights: ["deletion"] }, clocks({ remaining_working_days: -3, policy_overdue: true, policy_due: "2026-11-19" })),
    entry("REQ-2026-0002", { received_at: at(16), rights: ["portability"] }, clocks({ paused: true, paused_since: at(20), remaining_working_days: 8 })),
    entry("REQ-2026-0001", { received_at: at(2), state: "closed" }, null),
  ];
}

const cells = () =>
  screen.getAllByTestId("request-row").map((row) => {
    const cell = within(row).getByTestId("due-cell");
    return [row.getAttribute("data-request-id"), cell.getAttribute("data-tone"), cell.textContent?.replace(/\s+/g, " ").trim()];
  });

describe("register: the Tenggat column", () => {
  beforeEach(() => {
    resetFake();
    register();
    resetRegisterFilter();
    setLocale("id");
    go({ name: "requests" });
  });

  it("shows the stricter clock with its colour, nothing for ended requests", async () => {
    render(Harness, { props: { component: Requests } });
    await waitFor(() => expect(screen.getAllByTestId("request-row")).toHaveLength(8));
    expect(screen.getByRole("columnheader", { name: "Tenggat" })).toBeTruthy();
    expect(cells()).toEqual([
      ["REQ-2026-0008", "ok", "sisa 47 jam UU PDP 3×24 jam"],
      ["REQ-2026-0007", "soon", "sisa 20 jam UU PDP 3×24 jam"],
      ["REQ-2026-0006", "overdue", "terlambat 24 jam UU PDP 3×24 jam"],
      ["REQ-2026-0005", "ok", "sisa 12 hari kerja sampai Senin 14 Des"],
      ["REQ-2026-0004", "soon", "tenggat hari ini"],
      ["REQ-2026-0003", "overdue", "terlambat 3 hari kerja sejak Kamis 19 Nov"],
      ["REQ-2026-0002", "paused", "dijeda sejak Jumat 20 Nov sisa 8 hari kerja"],
      ["REQ-2026-0001", null, ""],
    ]);
    const statutory = within(screen.getAllByTestId("request-row")[0]).getByTestId("due-cell");
    expect(statutory.getAttribute("title")).toBe("Jawab paling lambat Jumat, 27 Nov 2026 14.05 WITA (sisa 47 jam)");
  });

  it("reads in English too", async () => {
    setLocale("en");
    render(Harness, { props: { component: Requests } });
    await waitFor(() => expect(screen.getAllByTestId("request-row")).toHaveLength(8));
    expect(cells()[2][2]).toBe("24 hours late UU PDP 3×24 hours");
    expect(cells()[5][2]).toBe("3 working days late since Thu 19 Nov");
  });

  it("filters to what is due soon, overdue, today or paused", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Requests } });
    await waitFor(() => expect(screen.getAllByTestId("request-row")).toHaveLength(8));
    const ids = () => screen.queryAllByTestId("request-row").map((r) => r.getAttribute("data-request-id"));
    const due = screen.getByTestId("filter-due");
    expect(within(due).getByRole("option", { name: "Jatuh tempo ≤ 5 hari kerja" })).toBeTruthy();
    expect(within(due).getByRole("option", { name: "Terlambat" })).toBeTruthy();

    await user.selectOptions(due, "soon");
    await waitFor(() => expect(ids()).toEqual(["REQ-2026-0007", "REQ-2026-0004"]));
    await user.selectOptions(due, "overdue");
    await waitFor(() => expect(ids()).toEqual(["REQ-2026-0006", "REQ-2026-0003"]));
    await user.selectOptions(due, "today");
    await waitFor(() => expect(ids()).toEqual(["REQ-2026-0004"]));
    await user.selectOptions(due, "paused");
    await waitFor(() => expect(ids()).toEqual(["REQ-2026-0002"]));

    // Nothing matches both: the register says so, and «Hapus filter» clears the due filter too.
    await user.selectOptions(due, "overdue");
    await user.selectOptions(screen.getByTestId("filter-right"), "portability");
    await waitFor(() => expect(screen.getByTestId("register-no-match")).toBeTruthy());
    await user.click(screen.getByText("Hapus filter"));
    await waitFor(() => expect(ids()).toHaveLength(8));
    expect((screen.getByTestId("filter-due") as HTMLSelectElement).value).toBe("");
  });
});
