import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Settings from "./Settings.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
// The desktop's Documents folder and the native save dialog, as the browser preview has them.
vi.mock("$lib/desktop", async (real) => ({
  ...(await real<typeof import("$lib/desktop")>()),
  bundleFolder: vi.fn(async () => "/home/staf/Dokumen"),
  pathIn: vi.fn(async (folder: string, name: string) => `${folder}/${name}`),
  pickBundlePath: vi.fn(async (_title: string, path: string) => path),
}));

describe("old data and backup in settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("lists what is past the retention and purges it only after a confirmation", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Settings } });
    const due = await screen.findByTestId("records-due");
    expect(due.textContent).toContain("REQ-2024-0003");
    expect(screen.getByTestId("records-next").textContent).toContain("REQ-2025-0001");
    await user.click(screen.getByTestId("records-purge"));
    expect(fake.ipc.purgeRun, "the first click only asks").not.toHaveBeenCalled();
    const dialog = await screen.findByTestId("records-confirm");
    expect(dialog.textContent).toContain("tidak bisa dikembalikan");
    await user.click(within(dialog).getByTestId("records-confirm-ok"));
    await waitFor(() => expect(screen.getByTestId("records-purged").textContent).toContain("1 permintaan dibersihkan"));
    expect(screen.getByTestId("records-purged").textContent).toContain("3.0 MiB → 2.0 MiB");
    await waitFor(() => expect(screen.getByTestId("records-due-none")).toBeTruthy());
    expect((screen.getByTestId("records-purge") as HTMLButtonElement).disabled, "nothing left to purge").toBe(true);
  });

  it("saves the retention within one to 120 months, naming the field otherwise", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Settings } });
    const input = (await screen.findByTestId("records-retention")) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe("24"));
    await user.clear(input);
    await user.type(input, "0");
    await user.click(screen.getByTestId("records-retention-save"));
    expect(await screen.findByText("Isi antara 1 dan 120 bulan (sepuluh tahun).")).toBeTruthy();
    expect(fake.ipc.retentionSet).not.toHaveBeenCalled();
    await user.clear(input);
    await user.type(input, "36");
    await user.click(screen.getByTestId("records-retention-save"));
    await waitFor(() => expect(fake.ipc.retentionSet).toHaveBeenCalledWith(36));
  });

  it("makes a backup in the Documents folder unless another file is typed, and shows its SHA-256", async () => {
    const user = userEvent.setup();
    setLocale("en");
    render(Harness, { props: { component: Settings } });
    const out = (await screen.findByTestId("records-backup-out")) as HTMLInputElement;
    await waitFor(() => expect(out.value).toMatch(/^\/home\/staf\/Dokumen\/pdpdesk-backup-\d{4}-\d{2}-\d{2}\.zip$/));
    await user.click(screen.getByTestId("records-backup"));
    await waitFor(() => expect(screen.getByTestId("records-backup-sha").textContent).toBe("5e".repeat(32)));
    expect(fake.records.backups).toEqual([out.value]);
    await user.clear(out);
    await user.click(screen.getByTestId("records-backup"));
    expect(await screen.findByText('Give the file to write the backup to, or choose one with "Choose…".')).toBeTruthy();
    expect(fake.records.backups, "an empty path is not sent").toHaveLength(1);
  });

  it("checks a backup by restoring it into a new folder, and refuses a folder holding a register", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Settings } });
    const into = (await screen.findByTestId("restore-into")) as HTMLInputElement;
    await waitFor(() => expect(into.value).toMatch(/^\/home\/staf\/Dokumen\/pdpdesk-pulih-\d{4}-\d{2}-\d{2}$/));
    await user.click(screen.getByTestId("restore-run"));
    expect(screen.getByTestId("restore").textContent, "the file is asked for first").toContain("Pilih berkas cadangan");
    await user.type(screen.getByTestId("restore-file"), "/home/staf/Dokumen/cadangan.zip");
    await user.clear(into);
    await user.type(into, "/data");
    await user.click(screen.getByTestId("restore-run"));
    await waitFor(() => expect(screen.getByTestId("restore").textContent).toContain("Folder ini sudah berisi register"));
    await user.clear(into);
    await user.type(into, "/home/staf/Dokumen/uji-pulih");
    await user.click(screen.getByTestId("restore-run"));
    const result = await screen.findByTestId("restore-result");
    expect(result.textContent).toContain("/home/staf/Dokumen/uji-pulih");
    expect(screen.getByTestId("restore-chain").textContent?.trim()).toBe("utuh");
    expect(fake.records.restores.at(-1)).toEqual({ file: "/home/staf/Dokumen/cadangan.zip", into: "/home/staf/Dokumen/uji-pulih", passphrase: null });
  });
});
