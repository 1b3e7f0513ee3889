// Where toasts and save rows sit. jsdom lays nothing out, so these check the placement each part
// is given (the screenshots of the e2e test show the result): toasts inside the sidebar, save rows
// of long forms pinned to the bottom of their scroll area, a dialog's buttons outside its scroll.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import Harness from "./test/Harness.svelte";
import PlanSection from "./views/detail/plan/PlanSection.svelte";
import { fake, resetFake } from "./test/fake-ipc";
import { samplePlan } from "./test/fake-plan";
import { setLocale } from "$lib/i18n";
import { go } from "$lib/nav.svelte";
import { notifySuccess, reportError } from "$lib/notify.svelte";

vi.mock("$lib/ipc", async () => (await import("./test/fake-ipc")).ipcModule);

/** Tailwind's spacing scale: w-60 is 60 × 4 px. */
const px = (cls: string, prefix: string) => Number(cls.split(/\s+/).find((c) => c.startsWith(prefix))?.slice(prefix.length)) * 4;

describe("toasts and save rows never hide what staff type or press", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("shows toasts inside the sidebar, above its staff name and language switch", async () => {
    go({ name: "settings" });
    render(App);
    await screen.findByTestId("settings-form");
    notifySuccess("Pengaturan disimpan");
    reportError(new Error("boom"));
    const list = await waitFor(() => {
      const el = document.querySelector<HTMLElement>("[data-sonner-toaster]");
      expect(el?.querySelectorAll("[data-sonner-toast]").length).toBe(2);
      return el!;
    });

    expect([list.dataset.yPosition, list.dataset.xPosition], "toasts stack at the bottom left, where the sidebar is").toEqual(["bottom", "left"]);
    const left = parseFloat(list.style.getPropertyValue("--offset-left"));
    const width = Number(list.className.match(/\[--width:(\d+)px\]!/)?.[1]);
    const sidebar = px(document.querySelector("aside")!.className, "w-");
    expect(left + width, `a toast (${left} + ${width} px) stays inside the sidebar (${sidebar} px), off every form`).toBeLessThanOrEqual(sidebar);
    const footer = document.querySelector("aside")!.lastElementChild!;
    expect(footer.contains(screen.getByTestId("lang-switch")), "the sidebar's footer holds the language switch").toBe(true);
    expect(parseFloat(list.style.getPropertyValue("--offset-bottom")), "toasts start above the sidebar's footer").toBeGreaterThanOrEqual(88);
  });

  it("keeps the save row of the office settings and of a new request at the bottom of the scroll area", async () => {
    go({ name: "settings" });
    render(App);
    const pinned = (row: HTMLElement) => row.classList.contains("sticky") && row.classList.contains("bottom-0");
    const settingsRow = (await screen.findByTestId("settings-save")).parentElement!;
    expect(pinned(settingsRow), "Settings' Simpan stays at the bottom of the window while the office form scrolls").toBe(true);
    expect(settingsRow.parentElement, "the row is the form's own, so it pins only while the form is in view").toBe(screen.getByTestId("settings-form"));

    go({ name: "new-request" });
    const requestRow = (await screen.findByTestId("form-submit")).parentElement!;
    expect(pinned(requestRow), "the new request's Simpan stays in view however long the form").toBe(true);
    expect(requestRow.parentElement).toBe(screen.getByTestId("new-request-form"));
  });

  it("keeps the plan dialog's buttons outside the part that scrolls", async () => {
    fake.plan.seed("REQ-2026-0003", samplePlan("REQ-2026-0003"));
    const user = userEvent.setup();
    render(Harness, { props: { component: PlanSection, props: { id: "REQ-2026-0003", rights: ["deletion"], zone: "Asia/Makassar", editable: true } } });
    await screen.findByTestId("plan-table");
    await user.click(within(screen.getAllByTestId("plan-line")[0]).getByTestId("plan-line-change"));
    const dialog = await screen.findByTestId("plan-dialog");
    const body = within(dialog).getByTestId("plan-reason").closest(".overflow-y-auto");
    expect(body, "the dialog's fields scroll").not.toBeNull();
    expect(body!.contains(within(dialog).getByTestId("plan-submit")), "its save button does not scroll away with them").toBe(false);
  });
});
