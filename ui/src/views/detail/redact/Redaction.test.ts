import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Plan } from "$lib/bindings/Plan";
import type { RedactReport } from "$lib/bindings/RedactReport";
import type { Right } from "$lib/bindings/Right";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { samplePlan } from "../../../test/fake-plan";
import PlanSection from "../plan/PlanSection.svelte";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);
// The desktop's Documents folder and the native folder picker, as the browser preview has them.
vi.mock("$lib/desktop", () => ({
  bundleFolder: vi.fn(async () => "/home/staf/Dokumen"),
  pathIn: vi.fn(async (folder: string, name: string) => `${folder}/${name}`),
  pickFolder: vi.fn(async (_title: string, path: string) => path),
  pickPdf: vi.fn(async () => null),
  pickPdfPath: vi.fn(async (_title: string, path: string) => path),
  listenRedactProgress: vi.fn(async (handler: (p: { records: number; bytes: number }) => void) => {
    handler({ records: 1234, bytes: 2_500_000 });
    return () => {};
  }),
}));

const ID = "REQ-2026-0003";
const OUT = "/home/staf/Dokumen/Penyamaran REQ-2026-0003";
const verified = { by: "Sari", at: "2026-11-25T02:00:00Z", detail: "dilihat" };

async function setup(rights: Right[] = ["deletion"]) {
  const user = userEvent.setup();
  render(Harness, { props: { component: PlanSection, props: { id: ID, rights, zone: "Asia/Makassar", editable: true } } });
  await screen.findByTestId("plan-table");
  return user;
}

async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("redact-start"));
  const out = (await screen.findByTestId("redact-out")) as HTMLInputElement;
  await waitFor(() => expect(out.value).toBe(OUT));
  return out;
}

const row = (file: string) => screen.getAllByTestId("redact-file").find((r) => r.dataset.file === file)!;

describe("the redaction of a plan's local exports", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    fake.plan.seed(ID, samplePlan(ID));
    fake.verify.seed(ID, { met: { "contact-on-file": verified, identity: verified } });
  });

  it("is offered only when the plan changes an export", async () => {
    const plan: Plan = samplePlan(ID);
    plan.rights = ["withdraw-consent"];
    for (const l of plan.lines) l.action = { action: "stop-processing", purposes: ["Promosi"] };
    fake.plan.seed(ID, plan);
    await setup(["withdraw-consent"]);
    await screen.findByTestId("checklist");
    expect(screen.queryByTestId("redact"), "stopping a purpose leaves the exports as they are").toBeNull();
    expect(screen.queryByTestId("certificate"), "and no certificate without deletion").toBeNull();
  });

  it("writes the copies into the chosen folder and shows per file what was done, the hashes and the re-search", async () => {
    const user = await setup();
    expect((await screen.findByTestId("redact-list-none")).textContent).toContain("belum pernah disamarkan");
    await start(user);
    expect(screen.getByText(/Harus di luar folder sumber data/)).toBeTruthy();
    expect(screen.getByTestId("redact-run").textContent).toBe("Samarkan");
    await user.click(screen.getByTestId("redact-run"));

    const result = await screen.findByTestId("redact-result");
    expect(fake.ipc.redactRun).toHaveBeenCalledWith(ID, OUT, false);
    expect(result.dataset.replaced).toBe("false");
    expect(result.textContent).toContain("Salinan yang disamarkan sudah ditulis.");
    const contact = row("chatwoot_contacts.csv");
    expect(within(contact).getByTestId("redact-counts").textContent).toBe("1 dihapus");
    expect(within(contact).getByTestId("redact-copy-path").textContent).toBe(`${OUT}/Ekspor/chatwoot_contacts.csv`);
    expect(within(contact).getByTestId("redact-original").textContent).toBe("Tetap");
    const sha = within(contact).getByTestId("redact-sha");
    expect(sha.textContent).toMatch(/^010101010101… .*→ 090909090909…/);
    expect(within(sha).getAllByTitle(/^0101/)[0].getAttribute("title"), "the full hash on hover").toBe("01".repeat(32));
    expect(within(row("jurnal_sales_invoices.csv")).getByTestId("redact-counts").textContent).toBe("1 disamarkan");
    const chat = row("whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt");
    expect(within(chat).getByTestId("redact-counts").textContent).toBe("7 dihapus");
    expect(within(chat).getByTestId("redact-sha").textContent).toContain("berkas dihapus utuh");
    expect(chat.textContent).toContain("Tidak ada salinan");
    expect(within(result).getByTestId("redact-research-clean").textContent).toBe("Pencarian ulang: tidak ada lagi data subjek di salinan.");

    await user.click(within(contact).getByTestId("redact-open-folder"));
    expect(fake.ipc.bundleOpenFolder, "the bundle's opener shows the copy's folder").toHaveBeenCalledWith(`${OUT}/Ekspor/chatwoot_contacts.csv`);
    const run = await screen.findByTestId("redact-history-run");
    expect(run.dataset.hits).toBe("0");
    expect(run.textContent).toContain("pencarian ulang bersih");
    expect(run.textContent).toContain(`Salinan di ${OUT}`);
  });

  it("replaces the originals only after a confirmation that says it cannot be undone", async () => {
    const user = await setup();
    await start(user);
    await user.click(screen.getByTestId("redact-replace"));
    expect(screen.getByTestId("redact-run").textContent).toBe("Samarkan dan ganti ekspor asli");
    await user.click(screen.getByTestId("redact-run"));
    const dialog = await screen.findByTestId("redact-confirm");
    expect(dialog.textContent).toContain("tidak dapat memulihkan ekspor aslinya");
    expect(within(dialog).getByTestId("redact-confirm-files").textContent).toContain("jurnal_sales_invoices.csv");
    await user.click(within(dialog).getByText("Batal"));
    expect(fake.ipc.redactRun, "nothing happens until staff confirm").not.toHaveBeenCalled();

    await user.click(screen.getByTestId("redact-run"));
    await user.click(await screen.findByTestId("redact-confirm-ok"));
    const result = await screen.findByTestId("redact-result");
    expect(fake.ipc.redactRun).toHaveBeenCalledWith(ID, OUT, true);
    expect(result.textContent).toContain("ekspor asli sudah diganti");
    expect(within(row("chatwoot_contacts.csv")).getByTestId("redact-original").textContent).toBe("Diganti");
    expect(within(row("whatsapp/Chat WhatsApp dengan Bu Tri Wulandari.txt")).getByTestId("redact-original").textContent).toBe("Dihapus");
  });

  it("lists what the re-search still finds, an undecided hit saying to decide it first, and says the originals stayed", async () => {
    fake.deletion.leaveOver([
      { source: "/home/staf/Ekspor", file: "jurnal_sales_invoices.csv", locator: { kind: "line", line: 88 }, class: "strong", undecided: true },
    ]);
    const user = await setup();
    await start(user);
    await user.click(screen.getByTestId("redact-replace"));
    await user.click(screen.getByTestId("redact-run"));
    await user.click(await screen.findByTestId("redact-confirm-ok"));
    const hits = await screen.findByTestId("redact-research-hits");
    expect(hits.textContent).toContain("masih menemukan 1 catatan");
    const hit = within(hits).getByTestId("redact-research-hit");
    expect(hit.textContent).toContain("jurnal_sales_invoices.csv · baris 88 · temuan kuat");
    expect(hit.textContent).toContain("belum diputuskan — putuskan dulu");
    expect(screen.getByTestId("redact-replace-refused").textContent).toContain("Ekspor asli TIDAK diganti");
    expect(within(row("chatwoot_contacts.csv")).getByTestId("redact-original").textContent).toBe("Tetap");
    expect((await screen.findByTestId("redact-history-run")).textContent).toContain("1 temuan tersisa");
  });

  it("words each refusal: the gate, a folder inside a source, a changed export, nothing to redact", async () => {
    fake.verify.seed(ID, { met: {} });
    const user = await setup();
    await start(user);
    await user.click(screen.getByTestId("redact-run"));
    expect((await screen.findByTestId("redact-gate-refused")).textContent).toContain("Identitas pemohon belum terverifikasi");
    expect(screen.getByTestId("redact-to-verify").textContent).toContain("Ke Verifikasi identitas");

    fake.verify.seed(ID, { met: { "contact-on-file": verified, identity: verified } });
    const out = screen.getByTestId("redact-out") as HTMLInputElement;
    await user.clear(out);
    await user.type(out, "/home/staf/Ekspor/salinan");
    await user.click(await screen.findByTestId("redact-run"));
    expect((await screen.findByTestId("error-out")).textContent).toBe("Folder ini ada di dalam folder sumber data. Pilih folder di luarnya.");

    await user.clear(out);
    await user.click(screen.getByTestId("redact-run"));
    expect((await screen.findByTestId("error-out")).textContent).toBe("Pilih folder untuk salinan.");

    await user.type(out, OUT);
    fake.deletion.changeExport();
    await user.click(await screen.findByTestId("redact-run"));
    const changed = await screen.findByTestId("redact-refused");
    expect(changed.dataset.reason).toBe("changed");
    expect(changed.textContent).toContain("Ekspor berubah sejak pencarian");
    expect(within(changed).getByTestId("redact-to-search").textContent).toContain("Cari ulang");

    fake.ipc.redactRun.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "plan: nothing to redact", field: "plan", reason: "nothing_to_redact" }),
    );
    await user.click(await screen.findByTestId("redact-run"));
    await waitFor(() => expect(screen.getByTestId("redact-refused").dataset.reason).toBe("nothing"));
    expect(screen.getByTestId("redact-refused").textContent).toContain("Tidak ada yang perlu disamarkan");
  });

  it("shows the reading's progress while it runs and cancels it", async () => {
    let finish: (r: RedactReport) => void = () => {};
    fake.ipc.redactRun.mockImplementationOnce(
      () =>
        new Promise((_resolve, reject) => {
          finish = () => reject(new IpcError({ code: "cancelled", message: "cancelled", field: null, reason: null }));
        }),
    );
    const user = await setup();
    await start(user);
    await user.click(screen.getByTestId("redact-run"));
    const progress = await screen.findByTestId("redact-progress");
    expect(progress.textContent).toContain("Menyamarkan ekspor…");
    expect(progress.textContent).toContain("1.234 catatan dibaca · 2,4 MB");
    await user.click(within(progress).getByTestId("redact-cancel"));
    expect(fake.ipc.redactCancel).toHaveBeenCalled();
    finish({} as RedactReport);
    expect((await screen.findByTestId("redact-cancelled")).textContent).toContain("Penyamaran dibatalkan");
    expect(screen.queryByTestId("redact-result")).toBeNull();
  });

  it("words the redaction in English", async () => {
    setLocale("en");
    const user = await setup();
    await user.click(await screen.findByTestId("redact-start"));
    expect(screen.getByTestId("redact").textContent).toContain("Local export redaction");
    await user.click(screen.getByTestId("redact-replace"));
    expect(screen.getByText(/only when the re-search finds nothing of the subject's; PDP Desk cannot restore them afterwards/)).toBeTruthy();
    await user.click(screen.getByTestId("redact-run"));
    await user.click(await screen.findByTestId("redact-confirm-ok"));
    await screen.findByTestId("redact-result");
    expect(within(row("chatwoot_contacts.csv")).getByTestId("redact-counts").textContent).toBe("1 removed");
    expect(screen.getByTestId("redact-research-clean").textContent).toBe("Re-search: nothing of the subject's is left in the copies.");
  });
});
