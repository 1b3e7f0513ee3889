import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { fake, office, resetFake } from "./test/fake-ipc";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("./test/fake-ipc")).ipcModule);

describe("window shell", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("shows the office, the DEMO badge and the staff name", async () => {
    render(App);
    await waitFor(() => expect(screen.getByTestId("office-name-display").textContent).toContain("CV Maju Jaya Kreatif"));
    expect(screen.getByTestId("demo-badge").textContent).toBe("DEMO");
    await waitFor(() => expect(screen.getByTestId("operator-display").textContent?.trim()).toBe("Sari"));
  });

  it("has no DEMO badge for a real office", async () => {
    fake.data.office = office({ name: "Klinik Sehat", is_demo: false });
    render(App);
    await waitFor(() => expect(screen.getByTestId("office-name-display").textContent).toContain("Klinik Sehat"));
    expect(screen.queryByTestId("demo-badge")).toBeNull();
  });

  it("switches the language of every string", async () => {
    const user = userEvent.setup();
    render(App);
    const lang = await screen.findByTestId("lang-switch");
    expect(lang.textContent?.trim()).toBe("EN");
    expect(screen.getByTestId("nav-requests").textContent).toContain("Permintaan");
    expect(screen.getByTestId("nav-settings").textContent).toContain("Pengaturan");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Dasbor");

    await user.click(lang);
    expect(lang.textContent?.trim()).toBe("ID");
    expect(screen.getByTestId("nav-requests").textContent).toContain("Requests");
    expect(screen.getByTestId("nav-settings").textContent).toContain("Settings");
    expect(screen.getByTestId("nav-sources").textContent).toContain("Data sources");
    expect(screen.getByTestId("nav-letters").textContent).toContain("Letters");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Dashboard");
    expect(localStorage.getItem("pdpdesk.locale")).toBe("en");

    await user.click(lang);
    expect(screen.getByTestId("nav-requests").textContent).toContain("Permintaan");
  });

  it("opens the office's letters from the sidebar", async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId("nav-letters"));
    expect(nav.view.name).toBe("letters");
    expect(window.location.hash).toBe("#/letters");
    expect(screen.getByTestId("nav-letters").getAttribute("aria-current")).toBe("page");
    await waitFor(() => expect(screen.getByTestId("letter-register-empty")).toBeTruthy());
  });

  it("navigates between screens", async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId("nav-requests"));
    await waitFor(() => expect(screen.getAllByTestId("request-row")).toHaveLength(3));
    await user.click(screen.getByTestId("nav-settings"));
    await waitFor(() => expect(screen.getByTestId("settings-office-name")).toBeTruthy());
    expect(window.location.hash).toBe("#/settings");
  });

  it("counts open requests per state on the dashboard", async () => {
    const user = userEvent.setup();
    render(App);
    await waitFor(() => expect(screen.getByTestId("dash-todo")).toBeTruthy());
    expect(screen.getByTestId("dash-open-total").textContent).toContain("2");
    expect(within(screen.getByTestId("dash-state-verifying")).getByText("1")).toBeTruthy();
    expect(within(screen.getByTestId("dash-state-received")).getByText("1")).toBeTruthy();
    expect(within(screen.getByTestId("dash-state-searching")).getByText("0")).toBeTruthy();
    // "Perlu tindakan" holds only open requests, each with its next action; the number opens it.
    const todo = within(screen.getByTestId("dash-todo")).getAllByRole("listitem");
    expect(todo.map((li) => li.getAttribute("data-request-id"))).toEqual(["REQ-2026-0003", "REQ-2026-0002"]);
    expect(todo.map((li) => within(li).getByTestId("todo-action").textContent?.trim())).toEqual(["Verifikasi identitas", "Kirim surat tanda terima"]);
    await user.click(within(todo[1]).getByText("REQ-2026-0002"));
    await waitFor(() => expect(screen.getByTestId("detail-id").textContent).toBe("REQ-2026-0002"));
  });

  it("puts errors that belong to no field in a toast, with the detail one click away", async () => {
    const user = userEvent.setup();
    fake.ipc.requestChangeState.mockRejectedValueOnce(
      new IpcError({
        code: "invalid_state_change",
        message: "cannot move request REQ-2026-0003 from verifying to searching: the request has ended",
        field: null,
        reason: null,
      }),
    );
    go({ name: "request", id: "REQ-2026-0003" });
    render(App);
    await user.click(await screen.findByTestId("state-action"));
    await user.click(screen.getByTestId("state-option-searching"));
    await user.type(screen.getByTestId("state-reason"), "Cocok.");
    await user.click(screen.getByTestId("state-submit"));

    await screen.findByText("Perubahan status tidak diizinkan");
    await user.click(screen.getByRole("button", { name: "Detail" }));
    const detail = await screen.findByTestId("error-detail");
    expect(detail.textContent).toContain("invalid_state_change");
    expect(detail.textContent).toContain("the request has ended");
  });

  it("tells what to do when nothing is open", async () => {
    fake.data.requests = [];
    render(App);
    await waitFor(() => expect(screen.getByTestId("dash-empty")).toBeTruthy());
    expect(screen.getByTestId("dash-empty").textContent).toContain("Tidak ada permintaan terbuka");
  });
});
