import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { recordedRegister } from "../../../test/fake-fulfil";
import ProcessingSection from "./ProcessingSection.svelte";
import { registerSpot, spotKey, spotText } from "./register-errors";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: ProcessingSection, props: { zone: "Asia/Makassar" } } });
  await screen.findByTestId("settings-processing");
  return user;
}

const entries = () => screen.getAllByTestId("proc-entry");

describe("the processing register in Settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("starts from one of the three profiles", async () => {
    const user = await setup();
    expect((await screen.findByTestId("proc-none")).textContent).toContain("belum punya daftar pemrosesan");
    const picker = screen.getByTestId("proc-profiles");
    expect(picker.textContent).toContain("Studio cetak 3D");
    expect(picker.textContent).toContain("Agensi perangkat lunak");
    expect((screen.getByTestId("proc-start") as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId("proc-profile-print-studio"));
    await user.click(screen.getByTestId("proc-start"));

    await waitFor(() => expect(fake.ipc.processingStartProfile).toHaveBeenCalledWith("print-studio", false));
    const origin = await screen.findByTestId("proc-origin");
    expect(origin.dataset.origin).toBe("profile");
    expect(origin.textContent).toContain("Studio cetak 3D");
    expect(entries().length).toBe(recordedRegister().register.entries.length);
    expect(entries()[0].textContent).toContain("Chatwoot");
  });

  it("puts the core's refusal at the field it names, then saves the fix", async () => {
    fake.fulfil.setRegister(recordedRegister());
    const user = await setup();
    await screen.findByTestId("proc-editor");
    const second = entries()[1];
    await user.click(within(second).getByTestId("proc-entry-toggle"));
    const editor = await screen.findByTestId("proc-entry-editor");
    expect(editor.dataset.entry).toBe("2");
    const months = within(editor).getByTestId("proc-months") as HTMLInputElement;
    await user.clear(months);
    await user.type(months, "0");
    expect(screen.getByTestId("proc-unsaved")).toBeTruthy();
    await user.click(screen.getByTestId("proc-save"));

    const error = await screen.findByTestId("error-e2.retention.months");
    expect(error.textContent).toBe("Isi 1 sampai 1200 bulan, atau kosongkan bila bukan angka tetap.");
    expect(months.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("proc-refused").textContent).toContain("periksa isian yang ditandai");
    expect(entries()[1].dataset.invalid).toBe("true");

    await user.clear(months);
    await user.type(months, "36");
    await user.click(screen.getByTestId("proc-save"));
    await waitFor(() => expect(screen.getByTestId("proc-origin").dataset.origin).toBe("edited"));
    const saved = fake.ipc.processingReplace.mock.lastCall?.[0];
    expect(saved?.entries[1].retention.months).toBe(36);
    expect(saved?.entries.length).toBe(recordedRegister().register.entries.length);
  });

  it("edits purposes, bases, recipients and where data goes, and adds a category", async () => {
    fake.fulfil.setRegister(recordedRegister());
    const user = await setup();
    await screen.findByTestId("proc-editor");
    await user.click(screen.getByTestId("proc-entry-add"));
    const editor = await screen.findByTestId("proc-entry-editor");
    await user.type(within(editor).getByTestId("proc-category-id"), "Pendaftar lokakarya");
    await user.type(within(editor).getByTestId("proc-category-en"), "Workshop sign-ups");
    await user.click(within(editor).getByTestId("proc-kind-google-forms"));
    await user.type(within(editor).getByTestId("proc-purpose-text-id"), "Mengatur lokakarya");
    await user.type(within(editor).getByTestId("proc-purpose-text-en"), "Running the workshop");
    await user.click(within(editor).getByTestId("proc-basis-contract"));
    await user.click(within(editor).getByTestId("proc-recipient-add"));
    await user.type(within(editor).getByTestId("proc-recipient-name"), "Google");
    await user.type(within(editor).getByTestId("proc-recipient-role-id"), "formulir");
    await user.type(within(editor).getByTestId("proc-recipient-role-en"), "forms");
    await user.type(within(editor).getByTestId("proc-retention-id"), "1 tahun");
    await user.type(within(editor).getByTestId("proc-retention-en"), "1 year");
    await user.click(within(editor).getByTestId("proc-abroad"));
    await user.type(within(editor).getByTestId("proc-destinations-id"), "Amerika Serikat");
    await user.type(within(editor).getByTestId("proc-destinations-en"), "United States");
    await user.click(screen.getByTestId("proc-save"));

    await waitFor(() => expect(fake.ipc.processingReplace).toHaveBeenCalledTimes(1));
    const added = fake.ipc.processingReplace.mock.lastCall?.[0].entries.at(-1);
    expect(added).toEqual({
      category: { id: "Pendaftar lokakarya", en: "Workshop sign-ups" },
      source_kinds: ["google-forms"],
      as_processor: false,
      purposes: [{ id: "Mengatur lokakarya", en: "Running the workshop", legal_basis: ["contract"] }],
      recipients: [{ name: "Google", role: { id: "formulir", en: "forms" } }],
      retention: { id: "1 tahun", en: "1 year", months: null },
      leaves_indonesia: true,
      destinations: { id: "Amerika Serikat", en: "United States" },
    });
  });

  it("names a source kind another category covers, and warns before replacing an edited register", async () => {
    const kept = recordedRegister();
    fake.fulfil.setRegister({ ...kept, origin: { kind: "edited" }, updated_by: "Made" });
    const user = await setup();
    await screen.findByTestId("proc-editor");
    await user.click(screen.getByTestId("proc-entry-add"));
    const editor = await screen.findByTestId("proc-entry-editor");
    const chat = within(editor).getByTestId("proc-kind-chatwoot-contacts") as HTMLInputElement;
    expect(chat.disabled).toBe(true);
    expect(chat.closest("label")?.textContent).toContain("di kategori 1");

    await user.click(screen.getByTestId("proc-restart"));
    expect(screen.getByTestId("proc-restart-warning").textContent).toContain("Made");
    await user.click(screen.getByTestId("proc-profile-agency"));
    await user.click(screen.getByTestId("proc-start"));
    await waitFor(() => expect(fake.ipc.processingStartProfile).toHaveBeenCalledWith("agency", true));
  });
});

describe("reading where a register refusal points", () => {
  const refusal = (reason: string, message: string) =>
    new IpcError({ code: "invalid_input", message: `processing_register: ${message}`, field: "processing_register", reason });

  it("finds the entry and the path, past the quoted category", () => {
    const cases: [string, string, string][] = [
      ["out_of_range", 'entries[2] ("Faktur").retention.months: 0 is not a retention period', "e2.retention.months"],
      ["required", "entries[3].category.en is required", "e3.category.en"],
      ["required", 'entries[1] ("Kontak").purposes[2].legal_basis: give at least one basis', "e1.purposes[2].legal_basis"],
      ["required", 'entries[1] ("Kontak").purposes: give at least one purpose', "e1.purposes"],
      ["duplicate", 'entries[4] ("a "b" c").source_kinds: records of kind mail are already covered', "e4.source_kinds"],
      ["required", 'entries[2] ("Faktur").recipients[1].role.en is required', "e2.recipients[1].role.en"],
      ["required", "entries: the register needs at least one data category", "entries"],
    ];
    for (const [reason, message, key] of cases) {
      const spot = registerSpot(refusal(reason, message).message);
      expect(spot && spotKey(spot), message).toBe(key);
    }
    expect(registerSpot("processing_register: the register is not valid JSON")).toBeNull();
  });

  it("words the refusal by its reason and field", () => {
    const e = refusal("required", 'entries[1] ("Kontak").purposes[1].legal_basis: give at least one basis');
    expect(spotText(e, registerSpot(e.message)!)).toBe("Pilih minimal satu dasar hukum.");
    const r = refusal("required", 'entries[1] ("Kontak").retention.id is required');
    expect(spotText(r, registerSpot(r.message)!)).toBe("Wajib diisi.");
  });
});
