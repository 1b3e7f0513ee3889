import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import Harness from "../../test/Harness.svelte";
import Settings from "./Settings.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { brokenAt, whole } from "../../test/fake-audit";
import { setLocale } from "$lib/i18n";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

describe("the audit trail in settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("says the chain is intact, how many entries it has and when the last was made", async () => {
    render(Harness, { props: { component: Settings } });
    const state = await screen.findByTestId("audit-state");
    expect(state.textContent?.trim()).toBe("Utuh");
    expect(screen.getByTestId("audit-entries").textContent).toBe("57");
    expect(screen.getByTestId("audit-last").textContent).toBe("25 Nov 2026 11.00 WITA");
    expect(screen.queryByTestId("audit-problem")).toBeNull();
  });

  it("names the first bad entry and what is wrong, and checks again on request", async () => {
    fake.audit.status = brokenAt(12, "history_edited", "REQ-2026-0003");
    const user = userEvent.setup();
    render(Harness, { props: { component: Settings } });
    await waitFor(() => expect(screen.getByTestId("audit-state").textContent?.trim()).toBe("Rusak pada catatan ke-12"));
    expect(screen.getByTestId("audit-problem").textContent).toBe("Baris riwayat permintaan yang dicatat di sini telah diubah.");
    expect(screen.getByTestId("settings-audit").textContent).toContain("REQ-2026-0003");
    const calls = fake.ipc.auditStatus.mock.calls.length;
    fake.audit.status = whole();
    await user.click(screen.getByTestId("audit-check"));
    await waitFor(() => expect(screen.getByTestId("audit-state").textContent?.trim()).toBe("Utuh"));
    expect(fake.ipc.auditStatus.mock.calls.length, "Periksa sekarang walks the chain again").toBe(calls + 1);
  });

  it("a missing head file has no entry number: the chain is said broken without one", async () => {
    fake.audit.status = brokenAt(null, "head_missing");
    setLocale("en");
    render(Harness, { props: { component: Settings } });
    await waitFor(() => expect(screen.getByTestId("audit-state").textContent?.trim()).toBe("Broken"));
    expect(screen.getByTestId("audit-problem").textContent).toBe("The head file audit.head is missing from the data folder.");
  });
});

describe("the warning on start", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("is shown while the chain is broken and leads to Settings", async () => {
    fake.audit.status = brokenAt(7, "truncated");
    const user = userEvent.setup();
    render(App);
    const warning = await screen.findByTestId("audit-warning");
    expect(warning.textContent).toContain("Jejak audit rusak");
    await user.click(screen.getByTestId("audit-warning-open"));
    expect(nav.view.name).toBe("settings");
    await waitFor(() => expect(screen.getByTestId("audit-state").textContent?.trim()).toBe("Rusak pada catatan ke-7"));
    expect(screen.queryByTestId("audit-warning"), "Settings says it in full").toBeNull();
  });

  it("is not shown while the chain holds", async () => {
    render(App);
    await waitFor(() => expect(fake.ipc.auditStatus).toHaveBeenCalled());
    await screen.findByTestId("office-name-display");
    expect(screen.queryByTestId("audit-warning")).toBeNull();
  });
});
