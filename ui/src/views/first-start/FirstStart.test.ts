import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import { fake, office, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";
import { go } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

describe("the first start of an installed copy", () => {
  beforeEach(() => {
    resetFake();
    fake.data.firstStart = true;
    fake.data.office = office({ name: "", address: "", letterhead: [], is_demo: false, policy_days: 30 });
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("sets up the office, with 30 working days filled in, then opens the register", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("first-start");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Selamat datang di PDP Desk");
    expect(screen.queryByTestId("nav-requests"), "no sidebar before the office exists").toBeNull();
    expect((screen.getByTestId("settings-policy-days") as HTMLInputElement).value).toBe("30");
    await user.type(screen.getByTestId("settings-office-name"), "Klinik Sehat Sentosa");
    await user.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(fake.ipc.officeUpdate).toHaveBeenCalled());
    await screen.findByTestId("nav-requests");
    expect(screen.queryByTestId("first-start")).toBeNull();
  });

  it("starts the processing register from the nearest sample profile before the office is saved", async () => {
    fake.fulfil.setRegister(null);
    const user = userEvent.setup();
    render(App);
    const card = await screen.findByTestId("setup-processing");
    expect(card.textContent).toContain("Pilih profil contoh yang paling mirip");
    await user.click(await screen.findByTestId("proc-profile-print-studio"));
    await user.click(screen.getByTestId("proc-start"));
    await waitFor(() => expect(fake.ipc.processingStartProfile).toHaveBeenCalledWith("print-studio", false));
    const done = await screen.findByTestId("setup-proc-done");
    expect(done.textContent, "the chosen profile is named").toContain("Daftar pemrosesan dimulai dari profil");
    expect(screen.queryByTestId("proc-start"), "the choice is made once here; Settings changes it").toBeNull();
    // The office is still to save: the setup goes on until then.
    expect(screen.getByTestId("first-start")).toBeTruthy();
  });

  it("can start with the sample office instead, in English too", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("first-start");
    await user.click(screen.getByTestId("setup-lang"));
    expect(screen.getByTestId("setup-demo").textContent?.trim()).toBe("Try with sample data first");
    await user.click(screen.getByTestId("setup-demo"));
    await waitFor(() => expect(fake.ipc.demoStart).toHaveBeenCalled());
    await screen.findByTestId("nav-requests");
    expect(screen.queryByTestId("first-start")).toBeNull();
  });

  it("restores an encrypted backup onto the new computer, asking its passphrase, then opens the office", async () => {
    fake.records.backupPassphrase = "kata sandi kantor 2026";
    const user = userEvent.setup();
    render(App);
    const card = await screen.findByTestId("setup-restore");
    expect(card.textContent).toContain("Pindah dari komputer lain?");
    await user.type(screen.getByTestId("restore-file"), "/media/flashdisk/cadangan-pdpdesk.zip");
    await user.click(screen.getByTestId("restore-run"));
    const pass = await screen.findByTestId("restore-passphrase");
    expect(card.textContent, "the core said the backup is encrypted").toContain("Cadangan ini dienkripsi");
    await user.type(pass, "kata sandi kantor 2026");
    await user.click(screen.getByTestId("restore-run"));
    await screen.findByTestId("nav-requests");
    expect(fake.ipc.backupRestoreHere).toHaveBeenLastCalledWith("/media/flashdisk/cadangan-pdpdesk.zip", "kata sandi kantor 2026");
    expect(screen.queryByTestId("first-start"), "the restored office opens").toBeNull();
  });
});
