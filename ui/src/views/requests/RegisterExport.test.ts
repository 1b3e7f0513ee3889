import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Requests from "./Requests.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";
import { go, resetRegisterFilter } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
// The desktop's Documents folder and the native save dialog, as the browser preview has them.
vi.mock("$lib/desktop", () => ({
  bundleFolder: async () => "/home/staf/Dokumen",
  pathIn: async (folder: string, name: string) => `${folder}/${name}`,
  pickRegisterPath: async (_title: string, path: string) => path,
}));

describe("register export", () => {
  beforeEach(() => {
    resetFake();
    resetRegisterFilter();
    setLocale("id");
    go({ name: "requests" });
  });

  it("exports the period in the format asked and says where it went, with Buka folder", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Requests } });
    await user.click(await screen.findByTestId("register-export"));
    const out = await screen.findByTestId<HTMLInputElement>("export-out");
    await waitFor(() => expect(out.value).toMatch(/^\/home\/staf\/Dokumen\/Register permintaan \d{4}-01-01 sd \d{4}-\d\d-\d\d\.pdf$/));
    await user.click(screen.getByTestId("export-format-csv"));
    await waitFor(() => expect(out.value).toMatch(/\.csv$/), { timeout: 2000 });
    await user.click(screen.getByTestId("export-submit"));
    const done = await screen.findByTestId("export-done");
    expect(done.textContent).toContain("2 permintaan diekspor");
    expect(screen.getByTestId("export-path").textContent).toBe(out.value);
    expect(fake.report.exported).toHaveLength(1);
    expect(fake.report.exported[0]).toMatchObject({ format: "csv", language: "id" });
    await user.click(screen.getByTestId("export-open-folder"));
    expect(fake.ipc.bundleOpenFolder).toHaveBeenCalledWith(fake.report.exported[0].out);
  });

  it("refuses a period that runs backwards and a file of the other format before asking the core", async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: Requests } });
    await user.click(await screen.findByTestId("register-export"));
    const from = await screen.findByTestId<HTMLInputElement>("export-from");
    await fireEvent.input(from, { target: { value: "2030-01-01" } });
    const out = screen.getByTestId<HTMLInputElement>("export-out");
    await user.clear(out);
    await user.type(out, "/home/staf/register.csv");
    await user.click(screen.getByTestId("export-submit"));
    expect(await screen.findByText("Tanggal awal harus sebelum tanggal akhir.")).toBeTruthy();
    expect(screen.getByText("Nama file harus berakhiran .pdf.")).toBeTruthy();
    expect(fake.report.exported).toHaveLength(0);
  });
});
