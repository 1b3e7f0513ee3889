import { render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { fake, resetFake } from "./test/fake-ipc";
import { deletionRequest, unreadable } from "./test/intake-fixtures";
import { setLocale } from "$lib/i18n";
import { resetIntake } from "$lib/intake.svelte";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("./test/fake-ipc")).ipcModule);

// The webview's drag-and-drop events, driven by the test.
type DragDrop = { payload: { type: "enter" | "over" | "drop" | "leave"; paths?: string[] } };
const webview = vi.hoisted(() => ({
  handler: null as ((e: DragDrop) => void) | null,
  unlisten: null as (() => void) | null,
}));
vi.mock("@tauri-apps/api/webview", () => ({
  getCurrentWebview: () => ({
    onDragDropEvent: async (handler: (e: DragDrop) => void) => {
      webview.handler = handler;
      return webview.unlisten!;
    },
  }),
}));

const emit = (payload: DragDrop["payload"]) => webview.handler!({ payload });

describe("starting an e-mail import from anywhere", () => {
  beforeEach(() => {
    resetFake();
    resetIntake();
    setLocale("id");
    go({ name: "dashboard" });
    webview.handler = null;
    webview.unlisten = vi.fn();
  });

  it("shows an overlay while files are dragged and opens the intake screen with the dropped paths", async () => {
    fake.data.mail["/home/staf/hapus.eml"] = [deletionRequest("/home/staf/hapus.eml")];
    fake.data.mail["/home/staf/rusak.mbox"] = [unreadable("/home/staf/rusak.mbox", 2, "truncated")];
    const { unmount } = render(App);
    await waitFor(() => expect(webview.handler).not.toBeNull());

    emit({ type: "enter", paths: ["/home/staf/hapus.eml"] });
    expect(await screen.findByTestId("drop-overlay")).toBeTruthy();
    emit({ type: "leave" });
    await waitFor(() => expect(screen.queryByTestId("drop-overlay")).toBeNull());

    emit({ type: "over" });
    await screen.findByTestId("drop-overlay");
    emit({ type: "drop", paths: ["/home/staf/hapus.eml", "/home/staf/rusak.mbox"] });
    await waitFor(() => expect(nav.view).toEqual({ name: "intake" }));
    expect(screen.queryByTestId("drop-overlay")).toBeNull();
    expect(window.location.hash).toBe("#/intake");
    expect(fake.ipc.intakePreview).toHaveBeenNthCalledWith(1, ["/home/staf/hapus.eml"]);
    expect(fake.ipc.intakePreview).toHaveBeenNthCalledWith(2, ["/home/staf/rusak.mbox"]);
    await waitFor(() => expect(screen.getAllByTestId("intake-item")).toHaveLength(2));
    expect(screen.getAllByTestId("intake-item").map((c) => c.dataset.file)).toEqual([
      "/home/staf/hapus.eml",
      "/home/staf/rusak.mbox",
    ]);

    unmount();
    expect(webview.unlisten).toHaveBeenCalledTimes(1);
  });

  it("is also reached from the register's «Impor e-mail»", async () => {
    go({ name: "requests" });
    render(App);
    (await screen.findByTestId("import-mail")).click();
    expect(await screen.findByTestId("intake-view")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("intake-dropzone")).toBeTruthy());
    expect(nav.view).toEqual({ name: "intake" });
  });
});
