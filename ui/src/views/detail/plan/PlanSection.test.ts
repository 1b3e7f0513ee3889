import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { toast } from "svelte-sonner";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Right } from "$lib/bindings/Right";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { correctionPlan, samplePlan } from "../../../test/fake-plan";
import PlanSection from "./PlanSection.svelte";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

const ID = "REQ-2026-0003";

async function setup(rights: Right[] = ["deletion"]) {
  const user = userEvent.setup();
  render(Harness, { props: { component: PlanSection, props: { id: ID, rights, zone: "Asia/Makassar", editable: true } } });
  await screen.findByTestId("plan-section");
  return user;
}

const lineOf = (hit: number) => screen.getAllByTestId("plan-line").find((l) => l.dataset.hit === String(hit))!;

async function openChange(user: ReturnType<typeof userEvent.setup>, hit: number) {
  await user.click(within(lineOf(hit)).getByTestId("plan-line-change"));
  return screen.findByTestId("plan-dialog");
}

describe("the action plan of a request", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("is shown only for rights that act on records", async () => {
    render(Harness, { props: { component: PlanSection, props: { id: ID, rights: ["access", "portability"], zone: "Asia/Makassar", editable: true } } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId("plan-section")).toBeNull();
    expect(fake.ipc.requestPlan, "no plan is read for access and portability").not.toHaveBeenCalled();
  });

  it("says to search and confirm first while nothing is confirmed", async () => {
    await setup(["withdraw-consent"]);
    const empty = await screen.findByTestId("plan-empty");
    expect(empty.textContent).toContain("Belum ada catatan yang dikonfirmasi");
    expect(empty.textContent).toContain("konfirmasi temuan");
    expect(within(empty).getByTestId("plan-to-search").textContent).toContain("Ke Pencarian data");
    expect(screen.queryByTestId("checklist")).toBeNull();
  });

  it("deletes the contact and keeps the invoice until ten years after its book year, saying why", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    await setup();
    await screen.findByTestId("plan-table");
    expect(screen.getByTestId("plan-summary").textContent).toBe("9 catatan dari 3 berkas.");
    expect(within(screen.getAllByTestId("plan-file")[0]).getByRole("columnheader").textContent).toMatch(/^chatwoot_contacts.csv\s+· 1 catatan$/);
    const contact = lineOf(9);
    expect(contact.dataset.action).toBe("delete");
    expect(within(contact).getByTestId("plan-line-place").textContent).toBe("ID 583");
    expect(within(contact).getByTestId("plan-line-action").textContent).toContain("Hapus");
    expect(within(contact).getByTestId("plan-line-why").textContent).toContain("Pemohon meminta penghapusan (Pasal 8)");
    const invoice = lineOf(12);
    expect(invoice.textContent).toContain("14 Jun 2023");
    expect(within(invoice).getByTestId("plan-line-action").textContent).toContain("Simpan sampai 31 Des 2033");
    expect(within(invoice).getByTestId("plan-line-action").textContent).toContain("(dasar: pembukuan)");
    expect(within(invoice).getByTestId("plan-line-why").textContent?.trim()).toBe(
      "Faktur disimpan 10 tahun setelah akhir tahun buku 2023 (UU KUP Pasal 28 ayat 11; UU 8/1997 Pasal 11 ayat 1).",
    );
  });

  it("changes the records selected in one go, all a file's with one box, and never corrects many", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    const user = await setup();
    const chat = (await screen.findAllByTestId("plan-file")).find((f) => f.dataset.file?.startsWith("whatsapp/"))!;
    expect(screen.queryByTestId("plan-selection"), "no bar before anything is selected").toBeNull();
    await user.click(within(chat).getByTestId("plan-file-select"));
    expect(screen.getByTestId("plan-selection-count").textContent, "the file's box selects its folded records too").toBe("7 catatan dipilih");
    await user.click(within(lineOf(9)).getByTestId("plan-line-select"));
    expect(screen.getByTestId("plan-selection-count").textContent).toBe("8 catatan dipilih");
    await user.click(screen.getByTestId("plan-selection-change"));
    const dialog = await screen.findByTestId("plan-dialog");
    expect(within(dialog).getByTestId("plan-dialog-many").textContent).toContain("8 catatan terpilih");
    expect(within(dialog).queryByTestId("plan-kind-correct"), "a correction gives one record's value").toBeNull();
    await user.click(within(dialog).getByTestId("plan-kind-restrict"));
    await user.type(within(dialog).getByTestId("plan-reason"), "Masih dalam sengketa");
    await user.click(screen.getByTestId("plan-submit"));
    await waitFor(() => expect(screen.queryByTestId("plan-dialog")).toBeNull());
    const hits = vi.mocked(fake.ipc.planChange).mock.calls[0][1];
    expect(hits, "one call for every selected record").toHaveLength(8);
    await waitFor(() => expect(lineOf(9).dataset.action).toBe("restrict"));
    expect(screen.queryByTestId("plan-selection"), "the selection is cleared once kept").toBeNull();
  });

  it("folds a file with many records until asked", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    const user = await setup();
    const chat = (await screen.findAllByTestId("plan-file")).find((f) => f.dataset.file?.startsWith("whatsapp/"))!;
    expect(within(chat).getAllByTestId("plan-line")).toHaveLength(5);
    expect(within(chat).getAllByTestId("plan-line-place")[0].textContent).toBe("pesan 1, baris 1");
    await user.click(within(chat).getByTestId("plan-file-more"));
    expect(within(chat).getAllByTestId("plan-line"), "all seven messages once asked").toHaveLength(7);
  });

  it("changes a line only with a reason and shows who changed it, when, why and the default", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    const user = await setup();
    await screen.findByTestId("plan-table");
    const dialog = await openChange(user, 9);
    expect(within(dialog).getByTestId("plan-dialog-now").textContent).toBe("Sekarang: Hapus");
    await user.click(within(dialog).getByTestId("plan-kind-restrict"));
    await user.click(screen.getByTestId("plan-submit"));
    expect(within(dialog).getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.planChange).not.toHaveBeenCalled();

    await user.type(within(dialog).getByTestId("plan-reason"), "Sengketa pembayaran masih berjalan");
    await user.click(screen.getByTestId("plan-submit"));
    await waitFor(() => expect(screen.queryByTestId("plan-dialog")).toBeNull());
    expect(fake.ipc.planChange).toHaveBeenCalledWith(ID, [9], { action: "restrict" }, "Sengketa pembayaran masih berjalan");
    await waitFor(() => expect(lineOf(9).dataset.action).toBe("restrict"));
    const changed = lineOf(9);
    expect(within(changed).getByTestId("plan-line-action").textContent).toContain("Batasi");
    expect(within(changed).getByTestId("plan-line-default").textContent).toBe("Bawaan: Hapus.");
    expect(within(changed).getByTestId("plan-line-why").textContent).toContain("Alasan: Sengketa pembayaran masih berjalan");
    expect(within(changed).getByTestId("plan-line-changed").textContent).toBe("Diubah oleh Sari, 25 Nov 2026 14.00 WITA");
    expect(within(changed).getByTestId("plan-line-why").textContent, "the default's reason stays in view").toContain(
      "Pemohon meminta penghapusan",
    );
  });

  it("shows each field's error: a correction's field and value, a date the core refuses", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    const user = await setup();
    await screen.findByTestId("plan-table");
    let dialog = await openChange(user, 12);
    expect(within(dialog).getByTestId("plan-dialog-kept").textContent, "a record kept by law warns").toContain("wajib disimpan");
    await user.click(within(dialog).getByTestId("plan-kind-correct"));
    await user.type(within(dialog).getByTestId("plan-reason"), "x");
    await user.click(screen.getByTestId("plan-submit"));
    expect(within(dialog).getByTestId("error-new_value").textContent).toBe("Isi nilai yang benar.");
    expect(within(dialog).getByTestId("error-field").textContent).toBe("Isi nama kolom yang dikoreksi.");

    await user.click(within(dialog).getByTestId("plan-kind-retain"));
    const until = within(dialog).getByTestId("plan-until") as HTMLInputElement;
    expect(until.value, "the default's date is offered").toBe("2033-12-31");
    await user.clear(until);
    await user.type(until, "2020-01-31");
    await user.click(screen.getByTestId("plan-submit"));
    dialog = screen.getByTestId("plan-dialog");
    expect((await within(dialog).findByTestId("error-until")).textContent).toBe("Tanggal simpan harus sesudah hari ini.");
  });

  it("flags a correction waiting for its new value and completes it", async () => {
    fake.plan.seed(ID, correctionPlan(ID));
    const user = await setup(["correction"]);
    expect((await screen.findByTestId("plan-incomplete")).textContent).toContain("1 baris belum lengkap");
    expect(within(lineOf(9)).getByTestId("plan-line-incomplete").textContent).toBe("Belum lengkap");
    const dialog = await openChange(user, 9);
    await user.type(within(dialog).getByTestId("plan-field"), "email");
    await user.type(within(dialog).getByTestId("plan-new-value"), "tri.baru@example.com");
    await user.type(within(dialog).getByTestId("plan-reason"), "Alamat lama sudah tidak aktif");
    await user.click(screen.getByTestId("plan-submit"));
    await waitFor(() => expect(screen.queryByTestId("plan-incomplete")).toBeNull());
    expect(within(lineOf(9)).getByTestId("plan-line-action").textContent).toContain("Koreksi email → tri.baru@example.com");
  });

  it("ticks a system with a note, says who and when, and opens it again", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    const user = await setup();
    const list = await screen.findByTestId("checklist");
    await waitFor(() => expect(within(list).getAllByTestId("checklist-system")).toHaveLength(3));
    const systems = within(list).getAllByTestId("checklist-system");
    expect(systems.map((s) => s.dataset.system)).toEqual(["chatwoot", "jurnal", "whatsapp"]);
    expect(within(list).getByTestId("checklist-progress").textContent).toBe("0 dari 3 sistem selesai");
    expect(within(systems[1]).getByTestId("checklist-refs").textContent).toBe("ID 10192#1");
    expect(systems[1].textContent).toContain("jurnal_sales_invoices.csv · Simpan sampai 31 Des 2033:");
    expect(within(systems[0]).getByTestId("checklist-instructions").textContent).toContain("Petunjuk untuk chatwoot.");

    const success = vi.spyOn(toast, "success");
    await user.click(within(systems[0]).getByTestId("checklist-tick"));
    await user.type(within(systems[0]).getByTestId("checklist-note"), "Kontak 583 dihapus di Chatwoot");
    await user.click(within(systems[0]).getByTestId("checklist-confirm"));
    await waitFor(() => expect(within(list).getByTestId("checklist-progress").textContent).toBe("1 dari 3 sistem selesai"));
    expect(fake.ipc.checklistTick).toHaveBeenCalledWith(ID, "chatwoot", true, "Kontak 583 dihapus di Chatwoot");
    expect(success, "the toast says what was done").toHaveBeenLastCalledWith("Chatwoot ditandai selesai.");
    const chatwoot = within(list).getAllByTestId("checklist-system")[0];
    expect(chatwoot.dataset.done).toBe("true");
    expect(within(chatwoot).getByTestId("checklist-ticked").textContent).toBe(
      "Ditandai selesai oleh Sari, 25 Nov 2026 15.00 WITA: Kontak 583 dihapus di Chatwoot",
    );

    await user.click(within(chatwoot).getByTestId("checklist-tick"));
    await user.click(within(chatwoot).getByTestId("checklist-confirm"));
    await waitFor(() => expect(within(list).getAllByTestId("checklist-system")[0].dataset.done).toBe("false"));
    expect(fake.ipc.checklistTick).toHaveBeenLastCalledWith(ID, "chatwoot", false, "");
    expect(success).toHaveBeenLastCalledWith("Chatwoot dibuka lagi.");
  });

  it("is shown, not changed, once the request has ended", async () => {
    fake.plan.seed(ID, samplePlan(ID));
    render(Harness, { props: { component: PlanSection, props: { id: ID, rights: ["deletion"], zone: "Asia/Makassar", editable: false } } });
    await screen.findByTestId("plan-table");
    await waitFor(() => expect(screen.getAllByTestId("checklist-system")).toHaveLength(3));
    expect(screen.queryByTestId("plan-line-change")).toBeNull();
    expect(screen.queryByTestId("checklist-tick")).toBeNull();
  });

  it("words the plan in English", async () => {
    setLocale("en");
    fake.plan.seed(ID, samplePlan(ID));
    await setup();
    await screen.findByTestId("plan-table");
    expect(within(lineOf(12)).getByTestId("plan-line-action").textContent).toContain("Keep until 31 Dec 2033");
    expect(within(lineOf(12)).getByTestId("plan-line-why").textContent?.trim()).toBe(
      "Invoices are kept 10 years after the end of book year 2023 (UU KUP Pasal 28(11); UU 8/1997 Pasal 11(1)).",
    );
    expect(await screen.findByTestId("checklist-progress")).toHaveProperty("textContent", "0 of 3 systems done");
    expect(screen.getByTestId("plan-summary").textContent).toBe("9 records from 3 files.");
    expect(screen.getAllByTestId("plan-file")[0].textContent, "one record, not one records").toContain("· 1 record");
  });
});
