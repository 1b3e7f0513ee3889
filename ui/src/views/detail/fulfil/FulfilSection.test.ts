import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Right } from "$lib/bindings/Right";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { NEW_PASSCODE, recordedRegister, samplePreview } from "../../../test/fake-fulfil";
import FulfilSection from "./FulfilSection.svelte";
import { press } from "$lib/guide-intent.svelte";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);
// The desktop's Documents folder and the native save dialog, as the browser preview has them.
vi.mock("$lib/desktop", () => ({
  bundleFolder: vi.fn(async () => "/home/staf/Dokumen"),
  pathIn: vi.fn(async (folder: string, name: string) => `${folder}/${name}`),
  pickBundlePath: vi.fn(async (_title: string, path: string) => path),
  listenBundleProgress: vi.fn(async () => () => {}),
}));

const ID = "REQ-2026-0003";
const verified = { by: "Sari", at: "2026-11-25T02:00:00Z", detail: "dilihat" };

async function setup(rights: Right[] = ["portability"]) {
  const user = userEvent.setup();
  render(Harness, { props: { component: FulfilSection, props: { id: ID, rights, zone: "Asia/Makassar" } } });
  await screen.findByTestId("fulfil-section");
  return user;
}

function verify() {
  fake.verify.seed(ID, { met: { "contact-on-file": verified, identity: verified } });
}

async function start(user: ReturnType<typeof userEvent.setup>, kind: "bundle" | "access-pack") {
  await user.click(screen.getByTestId(`fulfil-start-${kind}`));
  return screen.findByTestId("fulfil-maker");
}

describe("fulfilment of a request", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("is not shown for rights that hand over no data", () => {
    render(Harness, { props: { component: FulfilSection, props: { id: ID, rights: ["deletion"], zone: "Asia/Makassar" } } });
    expect(screen.queryByTestId("fulfil-section")).toBeNull();
  });

  it("opens the pack's form when the guide's \"Buat paket data\" was pressed", async () => {
    press(ID, "make-access-pack");
    await setup(["access"]);
    const maker = await screen.findByTestId("fulfil-maker");
    expect(maker.dataset.kind, "the next action's package is opened, no second click").toBe("access-pack");
  });

  it("offers the ZIP for portability and the access pack for access", async () => {
    await setup(["access", "portability"]);
    expect(screen.getByTestId("fulfil-start-bundle").textContent).toContain("Buat paket data (ZIP)");
    expect(screen.getByTestId("fulfil-start-access-pack").textContent).toContain("Buat paket akses");
    expect(await screen.findByTestId("fulfil-list-none")).toBeTruthy();
  });

  it("previews the files, records, fields and maskings, then makes an encrypted ZIP and shows it once", async () => {
    verify();
    fake.fulfil.seed(ID, samplePreview(ID));
    const user = await setup();
    await start(user, "bundle");
    const preview = await screen.findByTestId("fulfil-preview");
    expect(within(preview).getByTestId("fulfil-preview-summary").textContent).toBe("5 catatan dari 2 berkas sumber.");
    const files = within(preview).getAllByTestId("fulfil-preview-file");
    expect(files.map((f) => f.dataset.records)).toEqual(["1", "4"]);
    expect(files[1].textContent).toContain("faktur_2024.csv");
    expect(files[1].textContent).toContain("+2 lagi");
    const masked = within(preview).getByTestId("fulfil-masked");
    expect(masked.textContent).toContain("Akan disamarkan (1)");
    expect(masked.textContent).toContain("Pasal 33");
    expect(within(masked).getByTestId("fulfil-masked-item").textContent).toContain("telepon +6…4410");

    const out = (await screen.findByTestId("fulfil-out")) as HTMLInputElement;
    await waitFor(() => expect(out.value).toBe("/home/staf/Dokumen/REQ-2026-0003-data-pribadi.zip"));
    expect((screen.getByTestId("fulfil-protect-new") as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId("fulfil-make"));

    const done = await screen.findByTestId("fulfil-done");
    expect(fake.ipc.makeBundle).toHaveBeenCalledWith(ID, "/home/staf/Dokumen/REQ-2026-0003-data-pribadi.zip", null, true);
    expect(within(done).getByTestId("fulfil-done-name").textContent).toBe("REQ-2026-0003-data-pribadi.zip");
    expect(within(done).getByTestId("fulfil-done-sha").textContent).toMatch(/^[0-9a-f]{64}$/);
    expect(within(done).getByTestId("fulfil-done-size").textContent).toBe("18 KB");
    expect(within(done).getByTestId("fulfil-done-records").textContent).toContain("5 catatan dalam 4 berkas data");
    expect(within(done).getByTestId("fulfil-passcode-shown").textContent).toBe(NEW_PASSCODE);
    expect(done.textContent).toContain("hanya ditampilkan sekarang");

    await user.click(within(done).getByTestId("fulfil-open-folder"));
    expect(fake.ipc.bundleOpenFolder).toHaveBeenCalledWith("/home/staf/Dokumen/REQ-2026-0003-data-pribadi.zip");
    const row = await screen.findByTestId("fulfil-list-item");
    expect(row.dataset.kind).toBe("bundle");
    expect(row.textContent).toContain("Paket data");
    expect(row.textContent).toContain("Ya");

    await user.click(within(done).getByTestId("fulfil-done-close"));
    expect(screen.queryByTestId("fulfil-passcode-shown"), "the drawn passcode is gone once closed").toBeNull();
  });

  it("says which chat messages stay out and which conversations are only partly confirmed", async () => {
    verify();
    fake.fulfil.seed(ID, {
      ...samplePreview(ID),
      left_out: [{ entry: "data/Ekspor/whatsapp__Grup_Pelanggan", record: 12, reason: "group_member" }],
      partial_chats: [{ entry: "data/Ekspor/whatsapp__Chat_dengan_Siti", confirmed: 3, undecided: 9 }],
    });
    const user = await setup();
    await start(user, "bundle");
    const partial = await screen.findByTestId("fulfil-partial-chats");
    expect(partial.textContent).toContain("data/Ekspor/whatsapp__Chat_dengan_Siti: 3 dari 12 pesan dikonfirmasi, 9 belum diputuskan.");
    const left = screen.getByTestId("fulfil-left-out");
    expect(left.textContent).toContain("Tidak ikut dalam paket (1)");
    expect(within(left).getByTestId("fulfil-left-out-item").textContent).toBe(
      "data/Ekspor/whatsapp__Grup_Pelanggan, pesan 12: pesan anggota lain di grup (data orang lain, Pasal 33)",
    );
  });

  it("checks the place and a typed passcode before asking the core", async () => {
    verify();
    fake.fulfil.seed(ID, samplePreview(ID));
    const user = await setup();
    await start(user, "bundle");
    const out = (await screen.findByTestId("fulfil-out")) as HTMLInputElement;
    await waitFor(() => expect(out.value).not.toBe(""));
    await user.clear(out);
    await user.type(out, "/tmp/paket.txt");
    await user.click(screen.getByTestId("fulfil-protect-own"));
    await user.type(screen.getByTestId("fulfil-passcode"), "pendek");
    await user.click(screen.getByTestId("fulfil-make"));
    expect((await screen.findByTestId("error-out")).textContent).toBe("Nama berkas harus berakhiran .zip.");
    expect(screen.getByTestId("error-passcode").textContent).toBe("Kata sandi minimal 8 karakter.");
    expect(fake.ipc.makeBundle).not.toHaveBeenCalled();

    await user.clear(out);
    await user.type(out, "/tmp/paket.zip");
    await user.type(screen.getByTestId("fulfil-passcode"), "-panjang");
    await user.click(screen.getByTestId("fulfil-make"));
    const done = await screen.findByTestId("fulfil-done");
    expect(fake.ipc.makeBundle).toHaveBeenCalledWith(ID, "/tmp/paket.zip", "pendek-panjang", false);
    expect(within(done).getByTestId("fulfil-done-protection").textContent).toContain("kata sandi yang Anda ketik");
    expect(within(done).queryByTestId("fulfil-passcode-shown")).toBeNull();
  });

  it("says what the verification gate still misses", async () => {
    fake.fulfil.seed(ID, samplePreview(ID));
    const user = await setup();
    await start(user, "bundle");
    const refused = await screen.findByTestId("fulfil-gate-refused");
    expect(refused.textContent).toContain("data baru boleh diserahkan setelah identitas pemohon diverifikasi");
    expect(within(refused).getAllByTestId("fulfil-gate-missing").map((m) => m.dataset.requirement)).toEqual(["contact-on-file", "identity"]);
    expect(screen.queryByTestId("fulfil-form")).toBeNull();
  });

  it("points to the no-data letter when nothing is confirmed", async () => {
    verify();
    const user = await setup();
    await start(user, "bundle");
    const refused = await screen.findByTestId("fulfil-refused");
    expect(refused.dataset.reason).toBe("nothing");
    expect(refused.textContent).toContain("Pemberitahuan tidak ada data");
    expect(within(refused).getByTestId("fulfil-to-letters")).toBeTruthy();
    expect(screen.queryByTestId("fulfil-form")).toBeNull();
  });

  it("sends staff to Settings for the access pack while the office has no processing register", async () => {
    verify();
    fake.fulfil.seed(ID, samplePreview(ID));
    const user = await setup(["access"]);
    await start(user, "access-pack");
    const refused = await screen.findByTestId("fulfil-refused");
    expect(refused.dataset.reason).toBe("register");
    expect(refused.textContent).toContain("Kantor belum punya daftar pemrosesan data.");
    expect(within(refused).getByTestId("fulfil-open-settings")).toBeTruthy();
    expect(screen.queryByTestId("fulfil-form")).toBeNull();
  });

  it("makes the access pack once the office has its register", async () => {
    verify();
    fake.fulfil.seed(ID, samplePreview(ID));
    fake.fulfil.setRegister(recordedRegister());
    const user = await setup(["access"]);
    await start(user, "access-pack");
    const out = (await screen.findByTestId("fulfil-out")) as HTMLInputElement;
    await waitFor(() => expect(out.value).toBe("/home/staf/Dokumen/REQ-2026-0003-paket-akses.zip"));
    await user.click(screen.getByTestId("fulfil-protect-none"));
    await user.click(screen.getByTestId("fulfil-make"));
    const done = await screen.findByTestId("fulfil-done");
    expect(done.textContent).toContain("Paket akses dibuat");
    expect(fake.ipc.makeAccessPack).toHaveBeenCalledWith(ID, "/home/staf/Dokumen/REQ-2026-0003-paket-akses.zip", null, false);
    expect(within(done).getByTestId("fulfil-done-protection").textContent).toContain("Tanpa kata sandi");
  });
});
