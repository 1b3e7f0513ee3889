import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Intake from "./Intake.svelte";
import { fake, request, resetFake } from "../../test/fake-ipc";
import { deletionRequest, mail, unreadable } from "../../test/intake-fixtures";
import { pickMailFiles } from "$lib/desktop";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import { importMail, resetIntake } from "$lib/intake.svelte";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
vi.mock("$lib/desktop", () => ({
  pickMailFiles: vi.fn(async () => [] as string[]),
  listenFileDrop: vi.fn(async () => () => {}),
}));

const byId = (id: string) => screen.getByTestId(id);
const input = (el: HTMLElement) => el as HTMLInputElement;

/** Renders the screen with `items` read from one file each, and returns the cards. */
async function setup(...items: ReturnType<typeof mail>[]) {
  const user = userEvent.setup();
  for (const item of items) (fake.data.mail[item.file] ??= []).push(item);
  render(Harness, { props: { component: Intake } });
  await importMail([...new Set(items.map((i) => i.file))]);
  await waitFor(() => expect(screen.getAllByTestId("intake-item")).toHaveLength(items.length));
  return user;
}

const card = (status: string) => within(screen.getAllByTestId("intake-item").find((c) => c.dataset.status === status)!);

describe("e-mail intake", () => {
  beforeEach(() => {
    resetFake();
    resetIntake();
    setLocale("id");
    go({ name: "intake" });
    vi.mocked(pickMailFiles).mockReset().mockResolvedValue([]);
  });

  it("starts with a drop zone and reads the files chosen in the dialog", async () => {
    const user = userEvent.setup();
    fake.data.mail["/mail/hapus.eml"] = [deletionRequest()];
    vi.mocked(pickMailFiles).mockResolvedValueOnce(["/mail/hapus.eml"]);
    render(Harness, { props: { component: Intake } });
    expect(byId("intake-view")).toBeTruthy();
    expect(byId("intake-dropzone").textContent).toContain("Tarik file .eml atau .mbox ke sini");

    await user.click(byId("intake-pick"));
    await waitFor(() => expect(screen.getAllByTestId("intake-item")).toHaveLength(1));
    expect(fake.ipc.intakePreview).toHaveBeenCalledWith(["/mail/hapus.eml"]);
    const item = byId("intake-item");
    expect(item.dataset.status).toBe("new-request");
    expect(item.dataset.file).toBe("/mail/hapus.eml");
    expect(within(item).getByTestId("intake-status").textContent?.trim()).toBe("Permintaan baru");
  });

  it("highlights the trigger phrases where the core's byte offsets point, past emoji and accents", async () => {
    await setup(deletionRequest());
    const marks = screen.getAllByTestId("intake-highlight");
    const deletion = marks.find((m) => m.dataset.right === "deletion");
    expect(deletion?.textContent).toBe("data pribadi saya dihapus");
    expect(deletion?.dataset.kind).toBe("right");
    expect(deletion?.getAttribute("title")).toBe("Penghapusan");
    expect(marks.find((m) => m.dataset.right === "withdraw-consent")?.textContent).toBe("menarik persetujuan");
    expect(marks.filter((m) => m.dataset.kind === "context").map((m) => m.textContent)).toEqual(["pribadi"]);
    // The text reads as sent, except the NIK, whose middle digits are never shown.
    const text = byId("intake-text").textContent ?? "";
    expect(text).toContain("Selamat siang 🙏");
    expect(text).toContain("“Ayu & Dé”");
    expect(text).not.toContain("5171014508900003");
    expect(text).toContain("517101••••••0003");
  });

  it("pre-fills a new request and records the edited entry", async () => {
    const user = await setup(deletionRequest());
    const c = card("new-request");
    expect(input(c.getByTestId("intake-right-deletion")).checked).toBe(true);
    expect(input(c.getByTestId("intake-right-withdraw-consent")).checked).toBe(true);
    expect(input(c.getByTestId("intake-right-access")).checked).toBe(false);
    expect(input(c.getByTestId("intake-name")).value).toBe("Putu Ayu Saraswati");
    expect(input(c.getByTestId("intake-email")).value).toBe("putu.saraswati@example.com");
    expect(input(c.getByTestId("intake-phone")).value).toBe("+6281234567801");
    expect(input(c.getByTestId("intake-nik")).value).toBe("517101******0003");
    expect(c.getByTestId("intake-subject").textContent?.trim()).toBe("Permohonan penghapusan data pribadi");
    expect(c.getByTestId("intake-received-at").textContent).toContain("24 Nov 2026 10.15 WITA");
    expect(c.getByTestId("intake-received-at").textContent).toContain("dari waktu terima di server e-mail");
    expect(c.getByTestId("intake-attachments").textContent).toContain("foto-ktp.jpg");
    expect(c.getByTestId("intake-attachments").textContent).toContain("tidak dibuka");

    // Staff agree with deletion only, take the sender's name and add a second address.
    await user.click(c.getByTestId("intake-right-withdraw-consent"));
    await user.click(c.getByText("Ayu Saraswati", { exact: false, selector: "button" }));
    expect(input(c.getByTestId("intake-name")).value).toBe("Ayu Saraswati");
    await user.click(c.getByText("+ tambah e-mail"));
    await user.type(c.getByTestId("intake-email-2"), "ayu.s@example.org");
    await user.click(c.getByTestId("intake-register"));

    await waitFor(() => expect(fake.ipc.intakeRegister).toHaveBeenCalledTimes(1));
    const [message, form] = fake.ipc.intakeRegister.mock.calls[0];
    expect(message).toEqual({ file: "/mail/hapus.eml", index: null, sha256: "ab".repeat(32) });
    expect(form).toEqual({
      received_at: "2026-11-24T10:15:00+08:00",
      channel: "email",
      rights: ["deletion"],
      name: "Ayu Saraswati",
      emails: ["putu.saraswati@example.com", "ayu.s@example.org"],
      phones: ["+6281234567801"],
      postal_address: null,
      nik: "5171014508900003",
      role: "subject",
      on_behalf_of: null,
      notes: 'Diterima lewat e-mail: "Permohonan penghapusan data pribadi" (lampiran, tidak dibuka: foto-ktp.jpg)',
    });

    // The card folds into one line with the button that opens the new request.
    await waitFor(() => expect(byId("intake-registered").textContent).toContain("REQ-2026-0004"));
    expect(byId("intake-item").dataset.outcome).toBe("registered");
    expect(screen.queryByTestId("intake-form")).toBeNull();
    await user.click(byId("intake-open-registered"));
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0004" });
  });

  it("records the only message of an import and opens its request in one click", async () => {
    const user = await setup(deletionRequest());
    const c = card("new-request");
    expect(c.getByTestId("intake-register-open").textContent).toContain("Catat dan buka");
    await user.click(c.getByTestId("intake-register-open"));
    await waitFor(() => expect(nav.view, "the new request opens at once").toEqual({ name: "request", id: "REQ-2026-0004" }));
    expect(fake.ipc.intakeRegister).toHaveBeenCalledTimes(1);
  });

  it("ends with one «Buka REQ-…» button per request the import recorded, in either language", async () => {
    const user = await setup(deletionRequest(), deletionRequest("/mail/kedua.eml"));
    fake.ipc.intakeRegister.mockImplementation(async (message, form) =>
      request(message.file === "/mail/kedua.eml" ? "REQ-2026-0005" : "REQ-2026-0004", { rights: form.rights }),
    );
    expect(screen.queryByTestId("intake-ending"), "nothing is recorded yet, so there is nothing to open").toBeNull();

    for (const c of screen.getAllByTestId("intake-item")) await user.click(within(c).getByTestId("intake-register"));
    await waitFor(() => expect(screen.getAllByTestId("intake-ending-open")).toHaveLength(2));
    const buttons = screen.getAllByTestId("intake-ending-open");
    expect(
      buttons.map((b) => b.textContent?.trim()),
      "the ending names each recorded request on its own button, in the list's order",
    ).toEqual(["Buka REQ-2026-0004", "Buka REQ-2026-0005"]);
    expect(byId("intake-ending").textContent).toContain("Sudah dicatat");

    setLocale("en");
    await waitFor(() => expect(buttons[1].textContent?.trim(), "the English window words the button in English").toBe("Open REQ-2026-0005"));
    expect(byId("intake-ending").textContent).not.toContain("dicatat");
    await user.click(buttons[1]);
    expect(nav.view, "the button opens that request's detail").toEqual({ name: "request", id: "REQ-2026-0005" });
  });

  it("requires a reason when the time of receipt is corrected, and notes it", async () => {
    const user = await setup(deletionRequest());
    const c = card("new-request");
    const received = input(c.getByTestId("intake-received"));
    expect(received.value).toBe("2026-11-24T10:15");
    expect(c.queryByTestId("intake-received-reason")).toBeNull();

    await fireEvent.input(received, { target: { value: "2026-11-23T16:40" } });
    expect(c.getByTestId("intake-received-reason")).toBeTruthy();
    await user.click(c.getByTestId("intake-register"));
    expect(c.getByTestId("error-received_reason").textContent).toBe("Tulis alasan waktu terima dikoreksi.");
    expect(fake.ipc.intakeRegister).not.toHaveBeenCalled();

    await user.type(c.getByTestId("intake-received-reason"), "Masuk folder spam, dibaca Senin.");
    await user.click(c.getByTestId("intake-register"));
    await waitFor(() => expect(fake.ipc.intakeRegister).toHaveBeenCalledTimes(1));
    const form = fake.ipc.intakeRegister.mock.calls[0][1];
    expect(form.received_at).toBe("2026-11-23T16:40");
    expect(form.notes).toBe(
      'Diterima lewat e-mail: "Permohonan penghapusan data pribadi" (lampiran, tidak dibuka: foto-ktp.jpg)\nWaktu terima dikoreksi: Masuk folder spam, dibaca Senin.',
    );
  });

  it("shows the core's field errors under the field", async () => {
    const user = await setup(deletionRequest());
    fake.ipc.intakeRegister.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "phone: bad", field: "phone", reason: "format" }),
    );
    const c = card("new-request");
    await user.click(c.getByTestId("intake-register"));
    await waitFor(() => expect(c.getByTestId("error-phone").textContent).toBe("Nomor telepon ini tidak valid."));
    expect(c.getByTestId("intake-phone").getAttribute("aria-invalid")).toBe("true");
    expect(byId("intake-item").dataset.outcome).toBeUndefined();
  });

  it("makes ignoring the main action for a message that is clearly not a request", async () => {
    const user = await setup(
      mail({ file: "/mail/faktur.eml", status: { kind: "not-request" }, subject: "Pertanyaan faktur 11676", from: ["Rina", "rina@toko.example"], body: "Mohon kirim faktur pajak." }),
    );
    const c = card("not-request");
    expect(c.getByTestId("intake-status").textContent?.trim()).toBe("Bukan permintaan");
    expect(c.getByTestId("intake-ignore").className).toContain("btn-primary");
    expect(c.queryByTestId("intake-register")).toBeNull();

    // Recording it anyway still needs a right.
    await user.click(c.getByTestId("intake-register-anyway"));
    expect(c.getByTestId("error-rights").textContent).toBe("Pilih minimal satu hak.");
    expect(fake.ipc.intakeRegister).not.toHaveBeenCalled();

    await user.click(c.getByTestId("intake-ignore"));
    expect(byId("intake-item").dataset.outcome).toBe("ignored");
    expect(byId("intake-ignored")).toBeTruthy();
    await user.click(byId("intake-undo"));
    expect(byId("intake-item").dataset.outcome).toBeUndefined();
  });

  it("links a reply to its request", async () => {
    const user = await setup(
      mail({
        file: "/mail/inbox.mbox",
        index: 3,
        sha256: "cd".repeat(32),
        status: { kind: "reply", request_id: "REQ-2026-0003" },
        subject: "Re: Permohonan hapus data",
        from: ["Yohanes Pratama", "yohanes@example.com"],
        body: "Kode verifikasi: 482913.",
      }),
    );
    const c = card("reply");
    expect(c.getByTestId("intake-status").textContent).toContain("Balasan untuk REQ-2026-0003");
    expect(c.queryByTestId("intake-form")).toBeNull();
    await user.click(c.getByTestId("intake-link-reply"));
    await waitFor(() =>
      expect(fake.ipc.intakeLinkReply).toHaveBeenCalledWith(
        { file: "/mail/inbox.mbox", index: 3, sha256: "cd".repeat(32) },
        "REQ-2026-0003",
      ),
    );
    await waitFor(() => expect(byId("intake-linked").textContent).toContain("REQ-2026-0003"));
  });

  it("offers the existing request for a duplicate, and recording anyway", async () => {
    const user = await setup(
      mail({
        file: "/mail/lagi.eml",
        status: { kind: "duplicate", request_id: "REQ-2026-0002" },
        subject: "Minta salinan data saya",
        from: ["Dewi", "dewi@example.com"],
        body: "Mohon salinan data saya.",
        rights: [["access", ["salinan data saya"]]],
      }),
    );
    const c = card("duplicate");
    expect(c.getByTestId("intake-status").textContent).toContain("Kemungkinan duplikat REQ-2026-0002");
    await user.click(c.getByTestId("intake-register-anyway"));
    await waitFor(() => expect(fake.ipc.intakeRegister).toHaveBeenCalledTimes(1));
    expect(fake.ipc.intakeRegister.mock.calls[0][1].rights).toEqual(["access"]);
  });

  it("links an already imported message to its request and offers nothing else", async () => {
    const user = await setup(
      mail({
        file: "/mail/lama.eml",
        status: { kind: "already-imported", request_id: "REQ-2026-0001" },
        subject: "Permintaan salinan data",
        body: "Salinan data saya, mohon.",
      }),
    );
    const c = card("already-imported");
    expect(c.queryByTestId("intake-form")).toBeNull();
    expect(c.queryByTestId("intake-ignore")).toBeNull();
    await user.click(within(c.getByTestId("intake-status")).getByText("REQ-2026-0001"));
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0001" });
  });

  it("says why a message cannot be read, and nothing else", async () => {
    fake.data.mail["/mail/inbox.mbox"] = [unreadable("/mail/inbox.mbox", 5, "message 5 is truncated")];
    render(Harness, { props: { component: Intake } });
    await importMail(["/mail/inbox.mbox"]);
    const c = await screen.findByTestId("intake-item");
    expect(c.dataset.status).toBe("unreadable");
    expect(c.textContent).toContain("inbox.mbox");
    expect(c.textContent).toContain("pesan 5");
    expect(within(c).getByTestId("intake-error").textContent).toBe("message 5 is truncated");
    expect(within(c).queryByTestId("intake-text")).toBeNull();
    expect(within(c).queryByRole("button")).toBeNull();
  });

  it("pre-fills the role and the data subject from the message", async () => {
    await setup(
      mail({
        file: "/mail/anak.eml",
        status: { kind: "new-request" },
        subject: "Data anak saya",
        from: ["Hendra Wijaya", "hendra@example.net"],
        body: "Saya orang tua dari Kevin Wijaya. Mohon salinan data anak saya.",
        rights: [["access", ["salinan data"]]],
        role: "guardian",
        onBehalfOf: "Kevin Wijaya",
        rolePhrases: ["orang tua dari"],
      }),
    );
    const c = card("new-request");
    expect((c.getByTestId("intake-role") as HTMLSelectElement).value).toBe("guardian");
    expect(input(c.getByTestId("intake-on-behalf-of")).value).toBe("Kevin Wijaya");
    const role = screen.getAllByTestId("intake-highlight").find((m) => m.dataset.kind === "role");
    expect(role?.textContent).toBe("orang tua dari");
  });
});
