import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { samplePlan } from "../../../test/fake-plan";
import RequestDetail from "../RequestDetail.svelte";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

const ID = "REQ-2026-0003";

async function askToClose(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId("state-action"));
  await user.click(screen.getByTestId("state-option-closed"));
  await user.type(screen.getByTestId("state-reason"), "Penghapusan selesai.");
  await user.click(screen.getByTestId("state-submit"));
}

describe("closing a request whose checklist is not done", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    fake.plan.seed(ID, samplePlan(ID));
  });

  it("names the open systems and closes once staff say why", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
    await screen.findByTestId("plan-table");
    for (const system of ["chatwoot", "whatsapp"] as const) await fake.ipc.checklistTick(ID, system, true, "");

    await askToClose(user);
    const refused = await screen.findByTestId("state-checklist");
    expect(fake.ipc.requestChangeState).toHaveBeenCalledWith(ID, "closed", "Penghapusan selesai.", null);
    await waitFor(() =>
      expect(within(refused).getByTestId("state-checklist-systems").textContent).toBe(
        "Belum ditandai selesai: Jurnal. Tandai di Daftar periksa, atau tulis mengapa permintaan tetap ditutup.",
      ),
    );
    expect(screen.getByTestId("state-dialog"), "the dialog stays open").toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("state-submit").textContent?.trim()).toBe("Tutup dengan alasan ini"));

    await user.click(screen.getByTestId("state-submit"));
    expect(within(refused).getByTestId("error-checklist_open").textContent).toBe(
      "Tulis mengapa permintaan ditutup meski daftar periksa belum selesai.",
    );
    expect(fake.ipc.requestChangeState).toHaveBeenCalledTimes(1);

    await user.type(screen.getByTestId("state-checklist-open"), "Faktur ditahan sampai 2033 (UU KUP).");
    await user.click(screen.getByTestId("state-submit"));
    await waitFor(() => expect(screen.queryByTestId("state-dialog")).toBeNull());
    expect(fake.ipc.requestChangeState).toHaveBeenLastCalledWith(ID, "closed", "Penghapusan selesai.", "Faktur ditahan sampai 2033 (UU KUP).");
  });

  it("asks nothing more when every system is ticked", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
    await screen.findByTestId("plan-table");
    for (const system of ["chatwoot", "jurnal", "whatsapp"] as const) await fake.ipc.checklistTick(ID, system, true, "");
    await askToClose(user);
    await waitFor(() => expect(screen.queryByTestId("state-dialog")).toBeNull());
    expect(fake.ipc.requestChangeState).toHaveBeenCalledWith(ID, "closed", "Penghapusan selesai.", null);
    expect(screen.queryByTestId("state-checklist")).toBeNull();
  });
});
