import { render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { fake, resetFake } from "./test/fake-ipc";
import { deletionRequest } from "./test/intake-fixtures";
import { officeFolder, outcome } from "./test/sources-fixtures";
import { setLocale } from "$lib/i18n";
import { resetIntake } from "$lib/intake.svelte";
import { go, nav } from "$lib/nav.svelte";
import { resetSources } from "$lib/sources.svelte";

vi.mock("$lib/ipc", async () => (await import("./test/fake-ipc")).ipcModule);

// The webview's drag-and-drop events, driven by the test; no Tauri events in jsdom.
type DragDrop = { payload: { type: "enter" | "over" | "drop" | "leave"; paths?: string[] } };
const webview = vi.hoisted(() => ({ handler: null as ((e: DragDrop) => void) | null }));
vi.mock("@tauri-apps/api/webview", () => ({
  getCurrentWebview: () => ({
    onDragDropEvent: async (handler: (e: DragDrop) => void) => {
      webview.handler = handler;
      return () => {};
    },
  }),
}));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));

const emit = (payload: DragDrop["payload"]) => webview.handler!({ payload });

describe("dropping files on the window", () => {
  beforeEach(() => {
    resetFake();
    resetIntake();
    resetSources();
    setLocale("id");
    go({ name: "dashboard" });
    webview.handler = null;
  });

  it("adds a dropped folder on the Sources screen, saying so while it is dragged", async () => {
    fake.ipc.sourceList.mockImplementation(async () => [officeFolder()]);
    fake.ipc.sourceAdd.mockResolvedValueOnce([outcome("chatwoot_contacts.csv", "read")]);
    render(App);
    await waitFor(() => expect(webview.handler).not.toBeNull());

    emit({ type: "enter", paths: ["/data/kantor"] });
    const overlay = await screen.findByTestId("drop-overlay");
    expect(overlay.dataset.kind).toBe("sources");
    expect(overlay.textContent).toContain("Lepaskan untuk menambahkan sumber data");
    emit({ type: "drop", paths: ["/data/kantor"] });

    await waitFor(() => expect(nav.view).toEqual({ name: "sources" }));
    expect(window.location.hash).toBe("#/sources");
    await waitFor(() => expect(fake.ipc.sourceAdd).toHaveBeenCalledWith(["/data/kantor"]));
    expect(fake.ipc.intakePreview).not.toHaveBeenCalled();
    expect(await screen.findByTestId("sources-view")).toBeTruthy();
    const chatwoot = () => screen.getAllByTestId("source-file").find((r) => r.dataset.file === "chatwoot_contacts.csv");
    await waitFor(() => expect(chatwoot()?.dataset.status).toBe("read"));
    expect((await screen.findByTestId("sources-summary")).textContent).toContain("1 file dibaca");
    expect(screen.getByTestId("nav-sources").getAttribute("aria-current")).toBe("page");
  });

  it("still sends a dropped .eml to the e-mail import", async () => {
    fake.data.mail["/home/staf/hapus.eml"] = [deletionRequest("/home/staf/hapus.eml")];
    render(App);
    await waitFor(() => expect(webview.handler).not.toBeNull());
    emit({ type: "enter", paths: ["/home/staf/hapus.eml"] });
    expect((await screen.findByTestId("drop-overlay")).dataset.kind).toBe("mail");
    emit({ type: "drop", paths: ["/home/staf/hapus.eml"] });
    await waitFor(() => expect(nav.view).toEqual({ name: "intake" }));
    expect(fake.ipc.intakePreview).toHaveBeenCalledWith(["/home/staf/hapus.eml"]);
    expect(fake.ipc.sourceAdd).not.toHaveBeenCalled();
  });

  it("splits a mixed drop: mail to the import, the rest added as sources", async () => {
    fake.data.mail["/home/staf/hapus.eml"] = [deletionRequest("/home/staf/hapus.eml")];
    render(App);
    await waitFor(() => expect(webview.handler).not.toBeNull());
    emit({ type: "enter", paths: ["/home/staf/hapus.eml", "/home/staf/pelanggan.xlsx"] });
    expect((await screen.findByTestId("drop-overlay")).dataset.kind).toBe("any");
    emit({ type: "drop", paths: ["/home/staf/hapus.eml", "/home/staf/pelanggan.xlsx"] });
    await waitFor(() => expect(fake.ipc.sourceAdd).toHaveBeenCalledWith(["/home/staf/pelanggan.xlsx"]));
    expect(fake.ipc.intakePreview).toHaveBeenCalledWith(["/home/staf/hapus.eml"]);
    expect(nav.view).toEqual({ name: "intake" });
  });

  it("opens the Sources screen from the sidebar", async () => {
    render(App);
    (await screen.findByTestId("nav-sources")).click();
    expect(await screen.findByTestId("sources-view")).toBeTruthy();
    expect(await screen.findByTestId("sources-empty")).toBeTruthy();
  });
});
