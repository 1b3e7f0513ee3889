import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Sources from "./Sources.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { chatProposal, FOLDER, mappedFile, officeFolder, outcome } from "../../test/sources-fixtures";
import type { FileOutcome } from "$lib/bindings/FileOutcome";
import type { SourceProgress } from "$lib/desktop";
import { pickSources } from "$lib/desktop";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import { go, nav } from "$lib/nav.svelte";
import { resetSources } from "$lib/sources.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
const events = vi.hoisted(() => ({ progress: null as ((p: SourceProgress) => void) | null }));
vi.mock("$lib/desktop", () => ({
  pickSources: vi.fn(async () => [] as string[]),
  listenSourceProgress: vi.fn(async (handler: (p: SourceProgress) => void) => {
    events.progress = handler;
    return () => {};
  }),
}));

const byId = (id: string) => screen.getByTestId(id);
const row = (rel: string) => screen.getAllByTestId("source-file").find((r) => r.dataset.file === rel)!;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Sources } });
  await waitFor(() => expect(screen.getAllByTestId("source-group")).toHaveLength(2));
  return user;
}

async function openDetail(user: ReturnType<typeof userEvent.setup>, rel: string) {
  await user.click(within(row(rel)).getByTestId("source-file-toggle"));
  return within(await screen.findByTestId("source-file-detail"));
}

describe("Sources screen", () => {
  beforeEach(() => {
    resetFake();
    resetSources();
    setLocale("id");
    go({ name: "sources" });
    events.progress = null;
    vi.mocked(pickSources).mockReset().mockResolvedValue([]);
    fake.ipc.sourceList.mockImplementation(async () => [officeFolder(), mappedFile()]);
  });

  it("explains sources when there are none", async () => {
    fake.ipc.sourceList.mockImplementation(async () => []);
    render(Harness, { props: { component: Sources } });
    const empty = await screen.findByTestId("sources-empty");
    expect(empty.textContent).toContain("ekspor CRM, faktur, formulir web, chat WhatsApp");
    expect(empty.textContent).toContain("Tarik satu folder ke mana saja di jendela ini");
    expect(byId("sources-reindex")).toHaveProperty("disabled", true);
  });

  it("lists each source's files with kind, counts, warnings, status and the mapping badge", async () => {
    await setup();
    const group = screen.getAllByTestId("source-group")[0];
    expect(group.dataset.path).toBe(FOLDER);
    expect(group.textContent).toContain("Folder");

    const chatwoot = row("chatwoot_contacts.csv");
    expect(chatwoot.dataset.kind).toBe("chatwoot-contacts");
    expect(chatwoot.dataset.status).toBe("read");
    expect(chatwoot.textContent).toContain("Chatwoot kontak");
    expect(within(chatwoot).getByTestId("source-file-records").textContent?.trim()).toBe("2.009");
    expect(within(chatwoot).getByTestId("source-file-warnings").textContent?.trim()).toBe("14");
    expect(within(chatwoot).queryByTestId("source-needs-mapping")).toBeNull();

    expect(row("jurnal_sales_invoices.xlsx").textContent).toContain("Faktur Jurnal");
    expect(row("whatsapp/Chat WhatsApp dengan Heru Santoso.txt").textContent).toContain("Chat WhatsApp");
    const legacy = row("kontak_lama_cp1252.csv");
    expect(legacy.textContent).toContain("CSV lain");
    expect(within(legacy).getByTestId("source-needs-mapping").textContent).toBe("Perlu pemetaan kolom");
    expect(legacy.textContent).toContain("1 ditolak");

    const broken = row("arsip/laporan_rusak.xlsx");
    expect(broken.dataset.status).toBe("unreadable");
    expect(broken.textContent).toContain("tidak terbaca");
    expect(broken.textContent).toContain("not an XLSX workbook");
    // Mapped already: no badge.
    expect(within(row("daftar_hadir.csv")).queryByTestId("source-needs-mapping")).toBeNull();
  });

  it("shows a file's encoding, delimiter, columns with roles and problem rows", async () => {
    const user = await setup();
    const detail = await openDetail(user, "kontak_lama_cp1252.csv");
    expect(detail.getByTestId("source-file-encoding").textContent).toBe("windows-1252");
    expect(detail.getByTestId("source-file-delimiter").textContent).toBe("titik koma (;)");
    const chips = detail.getByTestId("source-file-columns").textContent ?? "";
    expect(chips).toContain("Nama Lengkap");
    expect(chips).toContain("Nama");
    expect(detail.getByTestId("source-file-rejected-list").textContent).toContain("baris 212");
    expect(detail.getByTestId("source-file-rejected-list").textContent).toContain("unclosed quote");
  });

  it("adds a folder chosen in the dialog and shows the outcomes", async () => {
    const user = await setup();
    vi.mocked(pickSources).mockResolvedValueOnce(["/data/arsip"]);
    fake.ipc.sourceAdd.mockResolvedValueOnce([
      outcome("chatwoot_contacts.csv", "unchanged"),
      outcome("arsip/laporan_rusak.xlsx", "unreadable"),
    ]);
    await user.click(byId("sources-add-folder"));
    expect(pickSources).toHaveBeenCalledWith("Pilih folder sumber data", true);
    await waitFor(() => expect(fake.ipc.sourceAdd).toHaveBeenCalledWith(["/data/arsip"]));
    const summary = await screen.findByTestId("sources-summary");
    expect(summary.textContent).toContain("1 tidak berubah");
    expect(summary.textContent).toContain("1 tidak terbaca");
    await waitFor(() => expect(row("chatwoot_contacts.csv").dataset.status).toBe("unchanged"));
    expect(row("chatwoot_contacts.csv").textContent).toContain("tidak berubah");
    // The list is fetched again after the read.
    expect(fake.ipc.sourceList.mock.calls.length).toBeGreaterThan(1);

    vi.mocked(pickSources).mockResolvedValueOnce(["/data/satu.csv"]);
    await user.click(byId("sources-add-files"));
    expect(pickSources).toHaveBeenLastCalledWith("Pilih file sumber data", false);
    await waitFor(() => expect(fake.ipc.sourceAdd).toHaveBeenLastCalledWith(["/data/satu.csv"]));
  });

  it("shows progress while reading, and cancels", async () => {
    const user = await setup();
    const run = deferred<FileOutcome[]>();
    fake.ipc.sourceIndex.mockReturnValueOnce(run.promise);
    await user.click(byId("sources-reindex"));
    expect(await screen.findByTestId("sources-progress")).toBeTruthy();
    expect(byId("sources-add-folder")).toHaveProperty("disabled", true);
    await waitFor(() => expect(events.progress).not.toBeNull());

    events.progress!({ file: "whatsapp/chatwoot_contacts.csv", file_index: 3, files: 17, bytes: 13_002_342, records: 48_210 });
    await waitFor(() =>
      expect(byId("sources-progress-text").textContent?.trim()).toBe("File 3 dari 17 · chatwoot_contacts.csv · 12,4 MB · 48.210 catatan"),
    );
    expect(byId("sources-progress-bar").getAttribute("style")).toContain(`width: ${(2 / 17) * 100}%`);

    await user.click(byId("sources-cancel"));
    expect(fake.ipc.sourceCancel).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(byId("sources-progress").textContent).toContain("Membatalkan"));
    run.reject(new IpcError({ code: "cancelled", message: "cancelled", field: null, reason: null }));
    await waitFor(() => expect(screen.queryByTestId("sources-progress")).toBeNull());
    expect(byId("sources-add-folder")).toHaveProperty("disabled", false);
  });

  it("sends the column roles in column order", async () => {
    const user = await setup();
    const detail = await openDetail(user, "kontak_lama_cp1252.csv");
    expect((detail.getByTestId("mapping-role-0") as HTMLSelectElement).value).toBe("name");
    expect((detail.getByTestId("mapping-role-1") as HTMLSelectElement).value).toBe("other");
    await user.selectOptions(detail.getByTestId("mapping-role-1"), "phone");
    await user.selectOptions(detail.getByTestId("mapping-role-3"), "other");
    fake.ipc.sourceMap.mockResolvedValueOnce([outcome("kontak_lama_cp1252.csv", "read")]);
    await user.click(detail.getByTestId("mapping-save"));
    expect(fake.ipc.sourceMap).toHaveBeenCalledWith(`${FOLDER}/kontak_lama_cp1252.csv`, ["name", "phone", "address", "other"]);
    await waitFor(() => expect(row("kontak_lama_cp1252.csv").dataset.status).toBe("read"));
  });

  it("starts a request from a chat message: propose, then register", async () => {
    const user = await setup();
    const chat = "whatsapp/Chat WhatsApp dengan Heru Santoso.txt";
    const detail = await openDetail(user, chat);
    fake.ipc.recordPropose.mockResolvedValueOnce(chatProposal());
    await user.type(detail.getByTestId("record-line"), "12");
    await user.click(detail.getByTestId("record-propose"));
    const which = { at: { kind: "message", index: 12, line: 0 } };
    expect(fake.ipc.recordPropose).toHaveBeenCalledWith(`${FOLDER}/${chat}`, which);

    const proposal = within(await screen.findByTestId("record-proposal"));
    expect(proposal.getByTestId("record-text").textContent).toContain("Mohon data pribadi saya dihapus");
    expect(proposal.getByTestId("record-right-deletion")).toHaveProperty("checked", true);
    expect(proposal.getByTestId("record-name")).toHaveProperty("value", "Heru Santoso");
    expect(proposal.getAllByTestId("record-phone")[0]).toHaveProperty("value", "+6281337123456");
    expect(proposal.getByTestId("record-received")).toHaveProperty("value", "2026-11-20T10:15");

    await user.click(proposal.getByTestId("record-right-access"));
    await user.click(proposal.getByTestId("record-register"));
    await waitFor(() => expect(fake.ipc.recordRegister).toHaveBeenCalledTimes(1));
    const [file, sentWhich, form] = fake.ipc.recordRegister.mock.calls[0];
    expect(file).toBe(`${FOLDER}/${chat}`);
    expect(sentWhich).toEqual(which);
    expect(form).toMatchObject({
      channel: "chat",
      rights: ["access", "deletion"],
      name: "Heru Santoso",
      emails: ["heru.santoso@example.com"],
      phones: ["+6281337123456"],
      received_at: "2026-11-20T02:15:00+00:00",
    });
    const done = await screen.findByTestId("record-registered");
    expect(done.textContent).toContain("REQ-2026-0005");
    expect(within(done).getByTestId("record-open").textContent?.trim(), "recording ends with the button to the new request").toBe(
      "Buka REQ-2026-0005",
    );
    await user.click(within(done).getByTestId("record-open"));
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0005" });
  });

  it("points at a record by its number, and says when it is not there", async () => {
    const user = await setup();
    const detail = await openDetail(user, "chatwoot_contacts.csv");
    await user.click(detail.getByTestId("record-propose"));
    expect(detail.getByTestId("record-problem").textContent).toBe("Isi baris atau nomor catatan.");
    await fireEvent.input(detail.getByTestId("record-number"), { target: { value: "9999" } });
    await user.click(detail.getByTestId("record-propose"));
    expect(fake.ipc.recordPropose).toHaveBeenCalledWith(`${FOLDER}/chatwoot_contacts.csv`, { number: 9999 });
    await waitFor(() => expect(detail.getByTestId("record-problem").textContent).toContain("tidak ditemukan"));
  });

  it("removes a source after a confirmation that the files stay", async () => {
    const user = await setup();
    await user.click(within(screen.getAllByTestId("source-group")[0]).getByTestId("source-remove"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog.textContent).toContain("tetap utuh");
    expect(dialog.textContent).toContain(FOLDER);
    await user.click(within(dialog).getByTestId("confirm-ok"));
    expect(fake.ipc.sourceRemove).toHaveBeenCalledWith(FOLDER);
    await waitFor(() => expect(screen.queryByTestId("confirm-dialog")).toBeNull());
  });
});
