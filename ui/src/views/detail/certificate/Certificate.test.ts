import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Right } from "$lib/bindings/Right";
import { pickPdf, pickPdfPath } from "$lib/desktop";
import { setLocale } from "$lib/i18n";
import Harness from "../../../test/Harness.svelte";
import { CODE, FINGERPRINT } from "../../../test/fake-deletion";
import { fake, resetFake } from "../../../test/fake-ipc";
import { samplePlan } from "../../../test/fake-plan";
import PlanSection from "../plan/PlanSection.svelte";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);
vi.mock("$lib/desktop", () => ({
  bundleFolder: vi.fn(async () => "/home/staf/Dokumen"),
  pathIn: vi.fn(async (folder: string, name: string) => `${folder}/${name}`),
  pickFolder: vi.fn(async (_title: string, path: string) => path),
  pickPdf: vi.fn(async () => "/home/staf/Unduhan/Berita Acara diedit.pdf"),
  pickPdfPath: vi.fn(async (_title: string, path: string) => path),
  listenRedactProgress: vi.fn(async () => () => {}),
}));

const ID = "REQ-2026-0003";
const verified = { by: "Sari", at: "2026-11-25T02:00:00Z", detail: "dilihat" };
const SYSTEMS = ["chatwoot", "jurnal", "whatsapp"] as const;

async function setup(rights: Right[] = ["deletion"]) {
  const user = userEvent.setup();
  render(Harness, { props: { component: PlanSection, props: { id: ID, rights, zone: "Asia/Makassar", editable: true } } });
  await screen.findByTestId("certificate");
  return user;
}

async function issue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId("cert-issue"));
  await user.click(await screen.findByTestId("cert-issue-ok"));
}

async function tickAll() {
  for (const s of SYSTEMS) await fake.plan.checklistTick(ID, s, true, "");
}

async function redact(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("redact-start"));
  await waitFor(() => expect((screen.getByTestId("redact-out") as HTMLInputElement).value).not.toBe(""));
  await user.click(screen.getByTestId("redact-run"));
  await screen.findByTestId("redact-result");
}

describe("the deletion certificate", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    fake.plan.seed(ID, samplePlan(ID));
    fake.verify.seed(ID, { met: { "contact-on-file": verified, identity: verified } });
  });

  it("is refused before the identity is verified, saying what is missing", async () => {
    fake.verify.seed(ID, { met: {} });
    const user = await setup();
    await issue(user);
    const gate = await screen.findByTestId("cert-gate-refused");
    expect(gate.textContent).toContain("Identitas pemohon belum terverifikasi");
    expect(gate.textContent).toContain("Berita Acara diterbitkan hanya setelah identitas pemohon diverifikasi");
  });

  it("names the systems left open and issues with staff's reason for them", async () => {
    const user = await setup();
    await redact(user);
    await issue(user);
    const refused = await screen.findByTestId("cert-refused");
    expect(refused.dataset.reason).toBe("checklist_open");
    expect(within(refused).getByTestId("cert-open-systems").textContent).toContain("Chatwoot, Jurnal, WhatsApp");
    expect(within(refused).getByTestId("cert-to-checklist").textContent).toContain("Ke daftar periksa");
    await user.click(within(refused).getByTestId("cert-issue-anyway"));
    expect(within(refused).getByTestId("error-checklist_open").textContent).toBe("Tulis alasannya, atau tandai sistemnya di daftar periksa.");
    await user.type(within(refused).getByTestId("cert-open-why"), "Admin Jurnal sedang cuti; dihapus pekan depan.");
    await user.click(within(refused).getByTestId("cert-issue-anyway"));
    await screen.findByTestId("cert-issued");
    expect(fake.ipc.certificateIssue).toHaveBeenLastCalledWith(ID, "id", "Admin Jurnal sedang cuti; dihapus pekan depan.");
    expect(screen.queryByTestId("cert-refused")).toBeNull();
  });

  it("lists the open systems in its confirmation and, when staff say they were handled, ticks them and issues", async () => {
    const user = await setup();
    await redact(user);
    await user.click(screen.getByTestId("cert-issue"));
    const open = await screen.findByTestId("cert-issue-open");
    for (const name of ["Chatwoot", "Jurnal", "WhatsApp"]) expect(open.textContent).toContain(name);
    await user.click(within(open).getByTestId("cert-issue-handled"));
    await user.click(screen.getByTestId("cert-issue-ok"));
    await screen.findByTestId("cert-issued");
    for (const system of SYSTEMS)
      expect(fake.ipc.checklistTick, `${system} is ticked with the issue`).toHaveBeenCalledWith(ID, system, true, "Ditangani; dicentang saat menerbitkan Berita Acara.");
    expect(fake.ipc.certificateIssue).toHaveBeenLastCalledWith(ID, "id", null);
    expect(screen.queryByTestId("cert-refused"), "nothing is refused: every system was ticked first").toBeNull();
  });

  it("names the exports not redacted and points to the redaction", async () => {
    await tickAll();
    const user = await setup();
    await issue(user);
    const refused = await screen.findByTestId("cert-refused");
    expect(refused.dataset.reason).toBe("not_redacted");
    expect(within(refused).getByTestId("cert-not-redacted").textContent).toContain(
      "chatwoot_contacts.csv, jurnal_sales_invoices.csv, Chat WhatsApp dengan Bu Tri Wulandari.txt",
    );
    expect(within(refused).getByTestId("cert-to-redact").textContent).toContain("Ke penyamaran ekspor");
  });

  it("once redacted and ticked, issues it and shows its number, code, key, pages and the way to open and save it", async () => {
    await tickAll();
    const user = await setup();
    expect(screen.getByTestId("cert-issue").textContent).toContain("Terbitkan Berita Acara");
    await redact(user);
    await user.click(screen.getByTestId("cert-lang-en"));
    await user.click(screen.getByTestId("cert-issue"));
    expect((await screen.findByTestId("cert-issue-dialog")).textContent).toContain("Berita Acara (English) diberi nomor berikutnya");
    await user.click(screen.getByTestId("cert-issue-ok"));

    const issued = await screen.findByTestId("cert-issued");
    expect(fake.ipc.certificateIssue).toHaveBeenCalledWith(ID, "en", null);
    expect(within(issued).getByTestId("cert-issued-title").textContent).toBe("Berita Acara terbaru");
    expect(within(issued).getByTestId("cert-number").textContent).toBe("041/PDP/CMJKD/XI/2026");
    expect(within(issued).getByTestId("cert-code").textContent).toBe(CODE);
    expect(within(issued).getByTestId("cert-key").textContent).toBe(FINGERPRINT);
    expect(within(issued).getByTestId("cert-key-created").textContent).toContain("Umumkan sidik jarinya");
    expect((await within(issued).findByTestId("cert-valid")).textContent).toContain("Tanda tangan sah");
    expect(await within(issued).findAllByTestId("letter-page")).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId("cert-issue").textContent, "another one is a new certificate").toContain("Terbitkan Berita Acara baru"));

    await user.click(within(issued).getByTestId("cert-open"));
    expect(fake.ipc.letterOpen).toHaveBeenCalledWith("041/PDP/CMJKD/XI/2026");
    await user.click(within(issued).getByTestId("cert-save"));
    expect(pickPdfPath).toHaveBeenCalledWith("Simpan salinan Berita Acara", "/home/staf/Dokumen/Berita Acara REQ-2026-0003.pdf");
    await waitFor(() =>
      expect(fake.ipc.certificateSave).toHaveBeenCalledWith("041/PDP/CMJKD/XI/2026", "/home/staf/Dokumen/Berita Acara REQ-2026-0003.pdf"),
    );
  });

  it("says what changed on the request after the certificate was issued", async () => {
    await tickAll();
    const user = await setup();
    await redact(user);
    await issue(user);
    await screen.findByTestId("cert-issued");
    fake.deletion.setCheck("041/PDP/CMJKD/XI/2026", {
      valid: true,
      sha256: "a".repeat(64),
      seal: "valid",
      problem: null,
      key_fingerprint: FINGERPRINT,
      verification_code: CODE,
      statement: null,
      register: {
        own_key: true,
        issued: true,
        same_file: true,
        state: "searching",
        reopened: true,
        plan_changed: true,
        after_issue: [
          { kind: "state", at: "2026-11-26T02:00:00Z", what: "Dibuka kembali: pemohon mengirim data baru." },
          { kind: "search", at: "2026-11-26T03:00:00Z", what: "the request was searched again" },
        ],
      },
    });
    render(Harness, { props: { component: PlanSection, props: { id: ID, rights: ["deletion"], zone: "Asia/Makassar", editable: true } } });
    const after = await screen.findByTestId("cert-after-issue");
    expect(after.textContent).toContain("terbitkan Berita Acara baru");
    expect(within(after).getByTestId("cert-reopened").textContent).toBe("Permintaan dibuka kembali setelah Berita Acara diterbitkan.");
    const items = within(after)
      .getAllByTestId("cert-after-item")
      .map((i) => i.textContent?.replace(/\s+/g, " ").trim());
    expect(items[0]).toContain("Status · 26 Nov 2026 10.00 WITA · Dibuka kembali: pemohon mengirim data baru.");
    expect(items[1], "the core's English is not shown").toContain("Pencarian ulang · 26 Nov 2026 11.00 WITA · Permintaan dicari ulang.");
  });

  it("checks a certificate file staff pick and says why it is not valid", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("cert-verify-open"));
    const dialog = await screen.findByTestId("cert-verify-dialog");
    await user.click(within(dialog).getByTestId("cert-verify-pick"));
    expect(pickPdf).toHaveBeenCalled();
    const check = await within(dialog).findByTestId("cert-check");
    expect(fake.ipc.certificateVerify).toHaveBeenCalledWith("/home/staf/Unduhan/Berita Acara diedit.pdf");
    expect(check.dataset.valid).toBe("false");
    expect(within(check).getByTestId("cert-check-verdict").textContent).toBe("TIDAK SAH");
    expect(within(check).getByTestId("cert-check-seal").textContent).toContain("disunting setelah ditandatangani");
  });

  it("is offered only for a deletion, and worded in English", async () => {
    setLocale("en");
    await setup();
    expect(screen.getByTestId("certificate").textContent).toContain("Certificate of deletion of personal data");
    const user = userEvent.setup();
    await user.click(screen.getByTestId("cert-issue"));
    await user.click(await screen.findByTestId("cert-issue-ok"));
    expect((await screen.findByTestId("cert-refused")).textContent).toContain("Checklist systems not ticked as done: Chatwoot, Jurnal, WhatsApp.");
  });
});
