import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import { entry, fake, resetFake } from "../../test/fake-ipc";
import { clocks, statutoryClocks } from "../../test/fake-clocks";
import { RIGHTS } from "$lib/domain";
import { setLocale } from "$lib/i18n";
import { go, nav, resetRegisterFilter } from "$lib/nav.svelte";
import { OPEN_STATES } from "./stats";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

const value = (testid: string) => (screen.getByTestId(testid) as HTMLSelectElement).value;

describe("the board's tiles open the register filtered", () => {
  beforeEach(() => {
    resetFake();
    fake.data.requests = [
      entry("REQ-2026-0009", { rights: ["access"] }, statutoryClocks({ remaining_hours: 20 })),
      entry("REQ-2026-0008", { rights: ["correction"] }, statutoryClocks({ remaining_hours: -5, statutory_overdue: true })),
      entry("REQ-2026-0007", { rights: ["deletion"] }, clocks({ remaining_working_days: 0 })),
      entry("REQ-2026-0006", { rights: ["deletion"], state: "fulfilling" }, clocks({ remaining_working_days: 4 })),
      entry("REQ-2026-0005", { rights: ["deletion"], state: "searching" }, clocks({ remaining_working_days: -2, policy_overdue: true })),
      entry("REQ-2026-0004", { rights: ["portability"], state: "verifying" }, clocks({ paused: true })),
      entry("REQ-2026-0003", { rights: ["information", "access"] }, clocks({ remaining_working_days: 13 })),
      entry("REQ-2026-0002", { rights: ["access"], state: "closed" }, null),
    ];
    resetRegisterFilter();
    setLocale("id");
    go({ name: "dashboard" });
  });

  const tiles = [
    ...["board-due-today", "board-due-soon", "board-overdue", "board-paused", "dash-open-total"],
    ...OPEN_STATES.map((s) => `dash-state-${s}`),
    ...RIGHTS.map((r) => `dash-right-${r}`),
  ];

  it.each(tiles)("%s: the register lists as many requests as the tile counts", async (testid) => {
    const user = userEvent.setup();
    render(App);
    await waitFor(() => expect(screen.getByTestId(testid).dataset.count).toBeDefined());
    const count = Number(screen.getByTestId(testid).dataset.count);
    await user.click(screen.getByTestId(testid));
    expect(nav.view, "a tile is a button to the register").toEqual({ name: "requests" });
    // The register has answered: its table, or its "nothing matches" for a tile that counts none.
    await waitFor(() => expect(screen.queryByTestId("register-count") ?? screen.queryByTestId("register-no-match")).not.toBeNull());
    expect(screen.queryAllByTestId("request-row").length, `${testid} counts ${count}; the register filtered to it shows the same requests`).toBe(
      count,
    );
  });

  it("shows the tile's filter in the register's filter row, where staff can widen it", async () => {
    const user = userEvent.setup();
    render(App);
    await waitFor(() => expect(screen.getByTestId("dash-right-deletion").dataset.count).toBe("3"));
    await user.click(screen.getByTestId("dash-right-deletion"));
    expect(value("filter-right"), "the right the tile counted is the register's right filter").toBe("deletion");
    expect((screen.getByTestId("filter-open") as HTMLInputElement).checked, "the tile counted open requests only").toBe(true);

    go({ name: "dashboard" });
    await user.click(await screen.findByTestId("board-overdue"));
    expect(value("filter-due"), "the due-date bucket is the register's due filter").toBe("overdue");
    expect(value("filter-right"), "a tile starts from a clean filter, not the previous tile's").toBe("");
  });
});
