import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { toast } from "svelte-sonner";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import RequestDetail from "./RequestDetail.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

async function setup(id = "REQ-2026-0003") {
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id } } });
  await waitFor(() => expect(screen.getByTestId("detail-id").textContent).toBe(id));
  return user;
}

describe("request detail", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("shows the request and its history, newest first", async () => {
    await setup();
    expect(screen.getByTestId("detail-requester").textContent).toBe("Yohanes Pratama");
    expect(screen.getByTestId("detail-state").textContent?.trim()).toBe("Verifikasi");
    const items = screen.getAllByTestId("event-item");
    expect(items.map((i) => i.getAttribute("data-kind"))).toEqual(["note", "state", "created"]);
    expect(items[1].textContent).toContain("Baru → Verifikasi");
    expect(items[1].textContent).toContain("Kode dikirim.");
    expect(items[1].textContent).toContain("24 Nov 2026 15.00 WITA");
    expect(items[1].textContent).toContain("oleh Sari");
    // No tabs for later steps yet.
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("says a purged request was anonymised, and when", async () => {
    const r = fake.data.requests.find((x) => x.id === "REQ-2026-0003")!;
    Object.assign(r, { purged_at: "2026-11-25T03:00:00Z", requester: { ...r.requester, name: "" } });
    await setup();
    expect(screen.getByTestId("detail-requester").textContent).toBe("(dianonimkan)");
    expect(screen.getByTestId("detail-purged").textContent).toContain("dibersihkan pada 25 Nov 2026 11.00 WITA");
  });

  it("shows stored names and texts with controls and bidi characters escaped", async () => {
    const r = fake.data.requests.find((x) => x.id === "REQ-2026-0003")!;
    r.requester = { ...r.requester, name: "Ani\u202eLestari" };
    fake.data.events["REQ-2026-0003"] = [
      { at: "2026-11-25T01:00:00Z", actor: "Sari", kind: "note", from_state: null, to_state: null, text: "Catatan\u202e terbalik" },
    ];
    fake.data.evidence["REQ-2026-0003"] = [
      {
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        message_id: "<m1@example.com>",
        source_file: "hapus-data.eml",
        subject: "Hapus data\r\nBcc: x@example.com",
        received_at: "2026-11-24T06:05:00Z",
        relation: "request",
        path: "/data/evidence/9f86….eml",
      },
    ];
    await setup();
    expect(screen.getByTestId("detail-requester").textContent).toBe("Ani⟨U+202E⟩Lestari");
    const note = screen.getAllByTestId("event-item")[0];
    expect(note.textContent, "the override is shown, not applied").toContain("Catatan⟨U+202E⟩ terbalik");
    const evidence = await screen.findByTestId("evidence-item");
    expect(evidence.textContent, "the subject's CR LF must not start a line").toContain("Hapus data␍␊Bcc: x@example.com");
  });

  it("offers only the allowed next states and requires a reason", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("state-action"));
    const options = screen.getAllByTestId(/^state-option-/).map((o) => o.getAttribute("data-testid"));
    expect(options).toEqual([
      "state-option-searching",
      "state-option-fulfilling",
      "state-option-closed",
      "state-option-rejected",
      "state-option-withdrawn",
    ]);

    await user.click(screen.getByTestId("state-option-searching"));
    await user.click(screen.getByTestId("state-submit"));
    expect(screen.getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.requestChangeState).not.toHaveBeenCalled();

    await user.type(screen.getByTestId("state-reason"), "Identitas cocok.");
    await user.click(screen.getByTestId("state-submit"));
    await waitFor(() =>
      expect(fake.ipc.requestChangeState).toHaveBeenCalledWith("REQ-2026-0003", "searching", "Identitas cocok.", null),
    );
    await waitFor(() => expect(screen.queryByTestId("state-dialog")).toBeNull());
  });

  it("shows the server's reason error in the dialog", async () => {
    const user = await setup();
    fake.ipc.requestChangeState.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "reason: too long", field: "reason", reason: "too_long" }),
    );
    await user.click(screen.getByTestId("state-action"));
    await user.click(screen.getByTestId("state-option-rejected"));
    await user.type(screen.getByTestId("state-reason"), "x");
    await user.click(screen.getByTestId("state-submit"));
    await waitFor(() => expect(screen.getByTestId("error-reason").textContent).toContain("maksimal 2.000"));
  });

  it("adds a note", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("note-submit"));
    expect(screen.getByTestId("error-note")).toBeTruthy();
    await user.type(screen.getByTestId("note-text"), "Pemohon minta dihubungi sore.");
    await user.click(screen.getByTestId("note-submit"));
    await waitFor(() =>
      expect(fake.ipc.requestAddNote).toHaveBeenCalledWith("REQ-2026-0003", "Pemohon minta dihubungi sore."),
    );
    await waitFor(() => expect((screen.getByTestId("note-text") as HTMLTextAreaElement).value).toBe(""));
  });

  it("lists the e-mails kept as evidence of receipt, when there are any", async () => {
    fake.data.evidence["REQ-2026-0003"] = [
      {
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        message_id: "<m1@example.com>",
        source_file: "hapus-data.eml",
        subject: "Permohonan hapus data",
        received_at: "2026-11-24T06:05:00Z",
        relation: "request",
        path: "/data/evidence/9f86….eml",
      },
    ];
    await setup();
    const item = await screen.findByTestId("evidence-item");
    expect(screen.getByTestId("evidence-list").textContent).toBeTruthy();
    expect(item.textContent).toContain("Permohonan hapus data");
    expect(item.textContent).toContain("hapus-data.eml");
    expect(item.textContent).toContain("24 Nov 2026 14.05 WITA");
    const sha = within(item).getByTestId("evidence-sha");
    expect(sha.textContent?.trim()).toBe("SHA-256: 9f86d081884c…");
    expect(sha.getAttribute("title")).toBe("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    expect(fake.ipc.requestEvidence).toHaveBeenCalledWith("REQ-2026-0003");
  });

  it("has no evidence box without evidence", async () => {
    await setup();
    await waitFor(() => expect(fake.ipc.requestEvidence).toHaveBeenCalled());
    expect(screen.queryByTestId("evidence-list")).toBeNull();
  });

  it("has no state action once a request has ended", async () => {
    await setup("REQ-2026-0001");
    expect(screen.queryByTestId("state-action")).toBeNull();
    expect(screen.getByTestId("state-ended")).toBeTruthy();
  });

  it("corrects the time of receipt with a reason and shows it in the history", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("received-correct"));
    // Pre-filled with the current time of receipt on the office clock (WITA).
    const input = screen.getByTestId("received-new") as HTMLInputElement;
    expect(input.value).toBe("2026-11-24T14:05");

    await user.click(screen.getByTestId("received-submit"));
    expect(screen.getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.requestCorrectReceived).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, "2026-11-21T18:40");
    await user.type(screen.getByTestId("received-reason"), "E-mail masuk Jumat malam.");
    await user.click(screen.getByTestId("received-submit"));
    await waitFor(() =>
      expect(fake.ipc.requestCorrectReceived).toHaveBeenCalledWith(
        "REQ-2026-0003",
        "2026-11-21T18:40",
        "E-mail masuk Jumat malam.",
      ),
    );
    await waitFor(() => expect(screen.queryByTestId("received-dialog")).toBeNull());
    // The detail is read again: the new time and the event on top of the history.
    await waitFor(() => expect(screen.getByTestId("detail-received").textContent).toContain("21 Nov 2026 18.40"));
    const top = screen.getAllByTestId("event-item")[0];
    expect(top.getAttribute("data-kind")).toBe("receipt-corrected");
    expect(top.textContent).toContain("Waktu terima dikoreksi:");
    expect(top.textContent).toContain("2026-11-24 14:05 → 2026-11-21 18:40: E-mail masuk Jumat malam.");
  });

  it("shows the server's field error under the new time of receipt", async () => {
    const user = await setup();
    fake.ipc.requestCorrectReceived.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "received_at: in the future", field: "received_at", reason: "future" }),
    );
    await user.click(screen.getByTestId("received-correct"));
    await user.type(screen.getByTestId("received-reason"), "Salah ketik.");
    await user.click(screen.getByTestId("received-submit"));
    await waitFor(() =>
      expect(screen.getByTestId("error-received_at").textContent).toBe("Waktu diterima tidak boleh di masa depan."),
    );
    expect(screen.getByTestId("received-new").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("received-dialog")).toBeTruthy();
  });

  it("shows the forwarding note for a request with a controller, in either language, and copies it", async () => {
    const r = fake.data.requests.find((x) => x.id === "REQ-2026-0003")!;
    r.controller = { name: "Klinik Sehat Sentosa", contact: "privasi@klinik.example" };
    const user = await setup();

    const text = await screen.findByTestId("forward-note-text");
    expect(text.textContent).toBe("Kepada Klinik Sehat Sentosa,\n\nKami menerima permintaan REQ-2026-0003.");
    expect(fake.ipc.requestForwardingNote).toHaveBeenCalledWith("REQ-2026-0003", "id");

    await user.click(screen.getByTestId("forward-note-lang"));
    await waitFor(() => expect(screen.getByTestId("forward-note-text").textContent).toContain("To Klinik Sehat Sentosa"));
    expect(fake.ipc.requestForwardingNote).toHaveBeenCalledWith("REQ-2026-0003", "en");

    await user.click(screen.getByTestId("forward-note-copy"));
    // user-event stands in for the system clipboard.
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe("To Klinik Sehat Sentosa,\n\nWe received request REQ-2026-0003."));
  });

  it("has no forwarding note without a controller", async () => {
    await setup();
    await waitFor(() => expect(fake.ipc.requestEvidence).toHaveBeenCalled());
    expect(screen.queryByTestId("forward-note")).toBeNull();
    expect(fake.ipc.requestForwardingNote).not.toHaveBeenCalled();
  });
});

describe("the guide on a request", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("shows the steps in the flow's order with their status and one next action", async () => {
    await setup();
    const steps = within(screen.getByTestId("stepper")).getAllByRole("button");
    expect(
      steps.map((b) => b.textContent?.replace(/\(.*\)/, "").trim()),
      "Ringkasan · Verifikasi · Pencarian · Pemenuhan · Surat · Riwayat, in that order",
    ).toEqual(["Ringkasan", "Verifikasi", "Pencarian", "Pemenuhan", "Surat", "Riwayat"]);
    expect(screen.getByTestId("step-summary").dataset.status).toBe("done");
    expect(screen.getByTestId("step-verify").dataset.status).toBe("needed");
    expect(screen.getByTestId("next-action").textContent?.trim(), "the core's next action is the primary button").toBe("Verifikasi identitas");
    expect(screen.getByTestId("state-action").className, "changing the state by hand is the exception, not the primary button").not.toContain("btn-primary");
    expect(screen.getByTestId("guide-unverified").textContent).toContain("tidak ada data yang boleh keluar");
  });

  it("offers closing when everything is done, with the state dialog at Selesai", async () => {
    fake.data.guides["REQ-2026-0003"] = {
      steps: ["summary", "verify", "search", "fulfil", "letters"].map((step) => ({ step: step as never, status: "done" })),
      next: { action: "close" },
      unverified: false,
      last_letter: null,
    };
    const user = await setup();
    expect(screen.queryByTestId("guide-unverified"), "no warning once verified").toBeNull();
    await user.click(screen.getByTestId("next-action"));
    const dialog = await screen.findByRole("dialog");
    const chosen = within(dialog).getByRole("radio", { checked: true });
    expect(chosen.getAttribute("value"), "the dialog opens at closing").toBe("closed");
    const reason = within(dialog).getByTestId("state-reason") as HTMLTextAreaElement;
    expect(reason.value, "the guide's reason is suggested, so closing is one more click").toContain("Semua yang diminta sudah dikerjakan");
    const said = vi.spyOn(toast, "success");
    await user.click(within(dialog).getByTestId("state-submit"));
    await waitFor(() => expect(said, "the new state is named, even as the request is read again").toHaveBeenCalledWith("REQ-2026-0003 kini berstatus Selesai"));
  });

  it("speaks English on the English screen", async () => {
    setLocale("en");
    await setup();
    expect(screen.getByTestId("next-action").textContent?.trim()).toBe("Verify identity");
    expect(screen.getByTestId("step-fulfil").textContent).toContain("Fulfilment");
  });
});
