import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../../test/Harness.svelte";
import LettersSection from "./LettersSection.svelte";
import { fake, office, resetFake } from "../../../test/fake-ipc";
import { issuedLetter, sampleOffers } from "../../../test/fake-letters";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

const ID = "REQ-2026-0003";

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: LettersSection, props: { id: ID, zone: "Asia/Makassar" } } });
  await screen.findByTestId("letter-offers");
  return user;
}

const offer = (kind: string) => screen.getAllByTestId("letter-offer").find((o) => o.dataset.kind === kind) as HTMLElement;
const textBox = () => screen.findByTestId("letter-text") as Promise<HTMLTextAreaElement>;

async function open(user: ReturnType<typeof userEvent.setup>, kind: string) {
  await user.click(offer(kind));
  await screen.findByTestId("letter-editor");
}

describe("letters of a request", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("offers the letters that fit in words, marks the gated ones, and folds the others with why", async () => {
    await setup();
    const kinds = screen.getAllByTestId("letter-offer").map((o) => o.dataset.kind);
    expect(kinds).toEqual(["acknowledgement", "verification-request", "access", "refusal"]);
    expect(offer("acknowledgement").textContent).toContain("Tanda terima permintaan");
    expect(within(offer("acknowledgement")).queryByTestId("letter-offer-gate")).toBeNull();
    const gate = await waitFor(() => within(offer("access")).getByTestId("letter-offer-gate"));
    await waitFor(() => expect(gate.textContent).toContain("belum terverifikasi"));
    expect(gate.dataset.open).toBe("false");

    const folded = screen.getByTestId("letter-not-now");
    expect(folded.hasAttribute("open")).toBe(false);
    expect(folded.textContent).toContain("Belum sesuai (3)");
    const why = Object.fromEntries(
      within(folded)
        .getAllByTestId("letter-not-now-item")
        .map((i) => [i.dataset.kind, within(i).getByTestId("letter-not-now-why").textContent]),
    );
    expect(why.portability).toBe("Permintaan ini tidak meminta hak Portabilitas.");
    expect(why.extension).toBe("Jangka waktu kebijakan belum diperpanjang.");
    expect(why["no-data"]).toBe("Cari data pemohon di sumber data kantor lebih dulu.");
    expect(screen.getByTestId("letters-issued-none")).toBeTruthy();
  });

  it("fills the letter's text, shows the draft's pages, and follows the language switch", async () => {
    const user = await setup();
    await open(user, "acknowledgement");
    expect((await textBox()).value).toContain("Kami telah menerima permintaan REQ-2026-0003.");
    expect(await screen.findByTestId("letter-page")).toBeTruthy();
    expect(fake.ipc.letterDraft).toHaveBeenLastCalledWith(ID, "acknowledgement", "id", null, []);
    expect(screen.getByTestId("letter-editor").textContent).toContain("{search_record}");

    await user.click(screen.getByTestId("letter-lang-en"));
    await waitFor(async () => expect((await textBox()).value).toContain("We received your request REQ-2026-0003."));
    await waitFor(() => expect(fake.ipc.letterDraft).toHaveBeenLastCalledWith(ID, "acknowledgement", "en", null, []));
  });

  it("issues only after the confirmation and lists the new number", async () => {
    const user = await setup();
    await open(user, "acknowledgement");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    const dialog = await screen.findByTestId("letter-issue-dialog");
    expect(dialog.textContent).toContain("tidak pernah dipakai ulang");
    expect(fake.ipc.letterIssue).not.toHaveBeenCalled();
    await user.click(within(dialog).getByTestId("letter-issue-ok"));

    await waitFor(() => expect(fake.ipc.letterIssue).toHaveBeenCalledWith(ID, "acknowledgement", "id", null, []));
    const row = await screen.findByTestId("issued-letter");
    expect(row.dataset.number).toBe("001/PDP/CMJKD/XI/2026");
    expect(row.dataset.state).toBe("issued");
    expect(within(row).getByTestId("issued-state").textContent).toContain("Terbit");
    expect(screen.queryByTestId("letter-editor")).toBeNull();
  });

  it("sends the edited text, and shows an unknown placeholder under the text", async () => {
    const user = await setup();
    await open(user, "acknowledgement");
    const box = await textBox();
    await user.type(box, "Salam {{salam}");
    const error = await screen.findByTestId("letter-text-error", {}, { timeout: 3000 });
    expect(error.textContent).toContain("Penanda {salam} tidak dikenal");
    expect(screen.getByTestId("letter-text-edited")).toBeTruthy();
    expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId("letter-text-reset"));
    await waitFor(() => expect(screen.queryByTestId("letter-text-error")).toBeNull(), { timeout: 3000 });
  });

  it("shows the verification gate's refusal with what is missing", async () => {
    const user = await setup();
    await open(user, "access");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    await user.click(within(await screen.findByTestId("letter-issue-dialog")).getByTestId("letter-issue-ok"));
    const refused = await screen.findByTestId("letter-gate-refused");
    expect(refused.textContent).toContain("Belum terverifikasi");
    const missing = within(refused).getAllByTestId("letter-gate-missing").map((m) => m.dataset.requirement);
    expect(missing).toEqual(["contact-on-file", "identity"]);
    expect(refused.textContent).toContain("Identitas (kode atau NIK)");
    expect(screen.queryByTestId("issued-letter")).toBeNull();
  });

  it("asks for a refusal's ground before filling it", async () => {
    const user = await setup();
    await open(user, "refusal");
    expect(screen.getByTestId("letter-grounds-error").textContent).toBe("Pilih minimal satu alasan penolakan.");
    expect(screen.queryByTestId("letter-text")).toBeNull();
    expect(fake.ipc.letterText).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("letter-ground-third-party"));
    await textBox();
    expect(fake.ipc.letterText).toHaveBeenLastCalledWith(ID, "refusal", "id", ["third-party"]);
  });

  it("once verified, folds the request for proof and offers a refusal on Pasal 33 and 15 only", async () => {
    const offers = sampleOffers().map((o) =>
      o.kind === "verification-request"
        ? { ...o, not_now: "the requester is verified", why_not: { code: "already_verified" as const } }
        : o.kind === "refusal"
          ? { ...o, grounds: ["third-party" as const, "exception" as const] }
          : o,
    );
    fake.letters.seed(ID, { offers });
    const user = await setup();
    const folded = within(screen.getByTestId("letter-not-now"))
      .getAllByTestId("letter-not-now-item")
      .find((i) => i.dataset.kind === "verification-request") as HTMLElement;
    expect(within(folded).getByTestId("letter-not-now-why").textContent).toBe(
      "Pemohon sudah terverifikasi: semua yang diminta untuk hak ini sudah terpenuhi.",
    );
    await open(user, "refusal");
    const grounds = within(screen.getByTestId("letter-grounds")).getAllByRole("checkbox").map((c) => c.dataset.testid);
    expect(grounds).toEqual(["letter-ground-third-party", "letter-ground-exception"]);
  });

  it("words a letter the core says no longer fits, and keeps it from being issued", async () => {
    const user = await setup();
    await open(user, "verification-request");
    await textBox();
    fake.ipc.letterIssue.mockRejectedValueOnce(
      new IpcError({
        code: "letter_not_now",
        message: "request REQ-2026-0003: the verification-request letter does not fit now: the requester is verified",
        field: null,
        reason: "already_verified",
      }),
    );
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    await user.click(within(await screen.findByTestId("letter-issue-dialog")).getByTestId("letter-issue-ok"));
    const refused = await screen.findByTestId("letter-not-now-refusal");
    expect(refused.textContent).toContain("Pemohon sudah terverifikasi, jadi surat ini tidak sesuai lagi");
    expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(true);
  });

  it("links to Settings when no one is set to sign", async () => {
    fake.data.office = office({ signatory_name: "" });
    const user = await setup();
    await open(user, "acknowledgement");
    const missing = await screen.findByTestId("letter-settings-missing");
    expect(missing.dataset.missing).toBe("signatory");
    expect(missing.textContent).toContain("Penandatangan surat (nama dan jabatan) belum diatur.");
    expect(within(missing).getByTestId("letter-open-settings")).toBeTruthy();
  });

  it("lists issued, void and sent letters, and says how to send without a mail server", async () => {
    fake.letters.seed(ID, {
      issued: [
        issuedLetter("001/PDP/CMJKD/XI/2026"),
        issuedLetter("002/PDP/CMJKD/XI/2026", { file: null, sha256: null, issued_at: null, void_reason: "the disk is full" }),
        issuedLetter("003/PDP/CMJKD/XI/2026", { kind: "access", language: "en", sent_to: "siti@example.com", sent_at: "2026-11-24T05:00:00Z" }),
      ],
    });
    const user = await setup();
    const rows = screen.getAllByTestId("issued-letter");
    expect(rows.map((r) => r.dataset.state)).toEqual(["issued", "void", "sent"]);
    expect(within(rows[1]).getByTestId("issued-state").textContent).toContain("BATAL");
    expect(within(rows[1]).getByTestId("issued-state").textContent).toContain("the disk is full");
    expect(within(rows[1]).queryByTestId("issued-open")).toBeNull();
    expect(within(rows[2]).getByTestId("issued-state").textContent).toContain("Dikirim ke siti@example.com");
    expect(within(rows[2]).getByTestId("issued-state").textContent).toContain("24 Nov 2026 13.00 WITA");
    expect(rows[2].textContent).toContain("Surat pengantar akses & salinan data");

    expect(await screen.findByTestId("letters-no-mail-server")).toBeTruthy();
    expect((within(rows[0]).getByTestId("issued-send") as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(rows[0]).getByTestId("issued-open"));
    await waitFor(() => expect(fake.ipc.letterOpen).toHaveBeenCalledWith("001/PDP/CMJKD/XI/2026"));
    await user.click(within(rows[0]).getByTestId("issued-view"));
    const view = await screen.findByTestId("issued-view-dialog");
    expect(await within(view).findByTestId("letter-page")).toBeTruthy();
  });

  it("sends a kept letter through the office's mail server", async () => {
    fake.letters.seed(ID, { issued: [issuedLetter("001/PDP/CMJKD/XI/2026")] });
    fake.mail.seed({
      settings: { host: "mail.example.com", port: 587, security: "start-tls", user: null, sender: "privasi@example.com", ca_file: null },
      has_password: false,
    });
    const user = await setup();
    await waitFor(() => expect((screen.getByTestId("issued-send") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("issued-send"));
    await user.click(within(await screen.findByTestId("letter-send-dialog")).getByTestId("letter-send-ok"));
    await waitFor(() => expect(fake.ipc.letterSend).toHaveBeenCalledWith("001/PDP/CMJKD/XI/2026", null));
    await waitFor(() => expect(screen.getByTestId("issued-letter").dataset.state).toBe("sent"));
  });

  it("issues and sends in one confirmation when a mail server is set and the requester has an address", async () => {
    fake.mail.seed({
      settings: { host: "mail.example.com", port: 587, security: "start-tls", user: null, sender: "privasi@example.com", ca_file: null },
      has_password: false,
    });
    const user = await setup();
    await open(user, "acknowledgement");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    const dialog = await screen.findByTestId("letter-issue-dialog");
    const to = await within(dialog).findByTestId("letter-issue-send-to");
    expect(to.textContent, "the dialog names the address it sends to").toMatch(/ke \S+@\S+/);
    expect(within(dialog).getByTestId("letter-issue-ok").textContent, "issuing alone stays possible").toContain("Terbitkan saja");
    await user.click(within(dialog).getByTestId("letter-issue-send"));
    await waitFor(() => expect(fake.ipc.letterIssue).toHaveBeenCalledWith(ID, "acknowledgement", "id", null, []));
    await waitFor(() => expect(fake.ipc.letterSend, "the new number is sent to the requester's address").toHaveBeenCalledWith("001/PDP/CMJKD/XI/2026", null));
    await waitFor(() => expect(screen.getByTestId("issued-letter").dataset.state).toBe("sent"));
  });

  it("closes the request with the last answer when staff leave the offer ticked", async () => {
    // The core's guide marks the letter whose issue leaves only the closing.
    fake.data.guides[ID] = { steps: [], next: { action: "issue-letter", kind: "verification-request" }, unverified: false, last_letter: "verification-request" };
    // Once issued, the request read again says only the closing is left (as the core does).
    const issueLetter = fake.ipc.letterIssue.getMockImplementation()!;
    fake.ipc.letterIssue.mockImplementation(async (...args) => {
      const letter = await issueLetter(...args);
      fake.data.guides[ID] = { steps: [], next: { action: "close" }, unverified: false, last_letter: null };
      return letter;
    });
    const user = await setup();
    await open(user, "verification-request");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    const dialog = await screen.findByTestId("letter-issue-dialog");
    const close = within(dialog).getByTestId("letter-issue-close") as HTMLInputElement;
    expect(close.checked, "closing is offered ticked").toBe(true);
    expect(dialog.textContent).toContain("Ini jawaban terakhir");
    await user.click(within(dialog).getByTestId("letter-issue-ok"));
    await waitFor(() => expect(fake.ipc.requestChangeState).toHaveBeenCalledWith(ID, "closed", "Semua yang diminta sudah dikerjakan dan surat jawabannya sudah terbit.", null));
    expect(fake.ipc.letterIssue.mock.invocationCallOrder[0], "issued first, then closed").toBeLessThan(fake.ipc.requestChangeState.mock.invocationCallOrder[0]);
  });

  it("leaves the request open when staff untick the closing, and offers none for other letters", async () => {
    fake.data.guides[ID] = { steps: [], next: { action: "issue-letter", kind: "verification-request" }, unverified: false, last_letter: "verification-request" };
    const user = await setup();
    await open(user, "acknowledgement");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    let dialog = await screen.findByTestId("letter-issue-dialog");
    expect(within(dialog).queryByTestId("letter-issue-close"), "only the last answer closes").toBeNull();
    await user.click(within(dialog).getByTestId("letter-issue-ok"));
    await screen.findByTestId("issued-letter");
    await open(user, "verification-request");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    dialog = await screen.findByTestId("letter-issue-dialog");
    await user.click(within(dialog).getByTestId("letter-issue-close"));
    await user.click(within(dialog).getByTestId("letter-issue-ok"));
    await waitFor(() => expect(fake.ipc.letterIssue).toHaveBeenCalledTimes(2));
    expect(fake.ipc.requestChangeState).not.toHaveBeenCalled();
  });

  it("offers no sending in the confirmation without a mail server", async () => {
    const user = await setup();
    await open(user, "acknowledgement");
    await textBox();
    await waitFor(() => expect((screen.getByTestId("letter-issue") as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId("letter-issue"));
    const dialog = await screen.findByTestId("letter-issue-dialog");
    expect(within(dialog).queryByTestId("letter-issue-send"), "nothing to send through").toBeNull();
    expect(within(dialog).getByTestId("letter-issue-ok").textContent).toContain("Ya, terbitkan");
  });
});
