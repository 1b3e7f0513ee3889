import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../../test/Harness.svelte";
import RequestDetail from "../RequestDetail.svelte";
import { fake, office, resetFake } from "../../../test/fake-ipc";
import { mailSettings } from "../../../test/fake-mail";
import { MOCK_CODE } from "../../../test/fake-verify";
import { setLocale } from "$lib/i18n";
import { nav } from "$lib/nav.svelte";
import { press } from "$lib/guide-intent.svelte";
import { toast } from "svelte-sonner";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

// Deletion + withdrawal of consent (contact on file and identity), asked by yohanes@example.com.
const ID = "REQ-2026-0003";

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
  await screen.findByTestId("verify-gate");
  return user;
}

const identity = () => screen.getAllByTestId("verify-check").find((c) => c.dataset.requirement === "identity") as HTMLElement;

describe("a code by e-mail", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("goes to the request's address when a mail server is set; staff see where, never the digits", async () => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    const user = await setup();
    await user.click(await screen.findByTestId("verify-code-email"));
    const mailed = await screen.findByTestId("verify-code-mailed");
    expect(mailed.textContent).toContain("dikirim lewat e-mail ke yohanes@example.com, berlaku sampai 25 Nov 2026 11.30 WITA");
    expect(fake.ipc.verificationCode).toHaveBeenCalledWith(ID, true);
    expect(fake.mail.sent).toEqual([{ to: "yohanes@example.com", subject: `Kode verifikasi / Verification code ${ID}` }]);
    expect(screen.queryByTestId("verify-code-dialog")).toBeNull();
    expect(document.body.textContent).not.toContain(MOCK_CODE);
    await waitFor(() => expect(document.body.textContent).toContain("Kode verifikasi dikirim lewat e-mail ke yohanes@example.com"));
    // The answer form is open: the requester's reply is typed in.
    await user.type(await screen.findByTestId("verify-answer-input"), MOCK_CODE);
    await waitFor(() => expect(identity().dataset.met).toBe("true"));
    // A long walk through the section: more time than the default on a busy machine.
  }, 15_000);

  it("is e-mailed by the guide's button, which then leaves the answer's field open", async () => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    press(ID, "send-code");
    await setup();
    await screen.findByTestId("verify-code-mailed");
    expect(fake.ipc.verificationCode, "the guide's press sends the code itself").toHaveBeenCalledWith(ID, true);
    expect(fake.ipc.verificationCode).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId("verify-answer-input")).toBeTruthy();
  });

  it.each([
    ["login_refused", "Server surel menolak nama pengguna atau kata sandi"],
    ["unreachable", "Server surel tidak bisa dihubungi: sambungan ditolak"],
    ["tls", "sertifikat server tidak dipercaya"],
  ])("says plainly why it was not sent (%s), keeps no code and points to Settings", async (reason, words) => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    fake.mail.failWith(reason);
    const user = await setup();
    await user.click(await screen.findByTestId("verify-code-email"));
    const error = await screen.findByTestId("verify-mail-error");
    expect(error.dataset.reason).toBe(reason);
    expect(error.textContent).toContain("Kode tidak terkirim lewat e-mail");
    expect(error.textContent).toContain(words);
    expect(screen.queryByTestId("verify-code-state")).toBeNull();
    await waitFor(() => expect(document.body.textContent).toContain("Kode verifikasi tidak terkirim ke yohanes@example.com"));
    await user.click(within(error).getByTestId("verify-mail-settings"));
    expect(nav.view).toEqual({ name: "settings" });
  });

  it("is not offered without a mail server (the way to set one is), nor for a request without an address", async () => {
    await setup();
    expect(await screen.findByTestId("verify-mail-hint")).toBeTruthy();
    expect(screen.queryByTestId("verify-code-email")).toBeNull();
    expect(screen.getByTestId("verify-code").textContent).toContain("Buat kode verifikasi");
  });

  it("is not offered for a request without an e-mail address", async () => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    const r = fake.data.requests.find((x) => x.id === ID)!;
    r.requester = { ...r.requester, emails: [], phones: ["+6281234567801"] };
    await setup();
    await waitFor(() => expect(fake.ipc.mailServerGet).toHaveBeenCalled());
    expect(screen.queryByTestId("verify-code-email")).toBeNull();
    expect(screen.queryByTestId("verify-mail-hint")).toBeNull();
  });
});

describe("closing as unverified", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("is disabled until the office's working days have passed, with that day in words", async () => {
    const user = await setup();
    expect(screen.queryByTestId("verify-waiting")).toBeNull();
    await user.click(screen.getByTestId("verify-code"));
    await user.click(await screen.findByTestId("verify-code-close"));
    const waiting = await screen.findByTestId("verify-waiting");
    expect(waiting.dataset.kind).toBe("recent");
    expect(waiting.textContent).toContain("belum menjawab permintaan verifikasi sejak 25 Nov 2026 11.00 WITA (0 hari kerja)");
    expect(waiting.textContent).toContain("Pengingat mulai Jumat, 27 November 2026.");
    expect(waiting.textContent).toContain("Bisa ditutup sebagai tidak terverifikasi mulai Rabu, 9 Desember 2026.");
    expect((within(waiting).getByTestId("verify-close-open") as HTMLButtonElement).disabled).toBe(true);
  });

  it("says what will happen, issues the refusal letter and rejects the request", async () => {
    fake.verify.seed(ID, {
      waiting: {
        request_id: ID,
        asked_at: "2026-11-05T03:00:00Z",
        waiting: { kind: "may-close", working_days: 12 },
        remind_on: "2026-11-09",
        close_on: "2026-11-19",
      },
    });
    const success = vi.spyOn(toast, "success");
    const user = await setup();
    const waiting = await screen.findByTestId("verify-waiting");
    expect(waiting.textContent).toContain("boleh ditutup sebagai tidak terverifikasi");
    await user.click(within(waiting).getByTestId("verify-close-open"));
    const dialog = await screen.findByTestId("verify-close-dialog");
    const what = within(dialog).getByTestId("verify-close-what").textContent ?? "";
    expect(what).toContain("Surat penolakan dengan alasan identitas tidak dapat diverifikasi diterbitkan dan mendapat nomor surat berikutnya");
    expect(what).toContain(`Permintaan ${ID} ditolak (status Ditolak)`);
    await user.selectOptions(within(dialog).getByTestId("verify-close-lang"), "en");
    await user.click(within(dialog).getByTestId("verify-close-submit"));
    await waitFor(() => expect(fake.ipc.verificationClose).toHaveBeenCalledWith(ID, "en"));
    await waitFor(() => expect(success).toHaveBeenCalledWith(`Permintaan ${ID} ditolak; surat penolakan 001/PDP/CMJKD/XI/2026 diterbitkan.`));
    await waitFor(() => expect(screen.getByTestId("detail-state").textContent).toContain("Ditolak"));
    expect(screen.queryByTestId("verify-waiting")).toBeNull();
    expect(document.body.textContent).toContain("surat penolakan 001/PDP/CMJKD/XI/2026");
  });

  it("names the setting a refusal letter still needs", async () => {
    fake.data.office = office({ signatory_name: "" });
    fake.verify.seed(ID, {
      waiting: { request_id: ID, asked_at: "2026-11-05T03:00:00Z", waiting: { kind: "may-close", working_days: 12 }, remind_on: "2026-11-09", close_on: "2026-11-19" },
    });
    const user = await setup();
    await user.click(await screen.findByTestId("verify-close-open"));
    const dialog = await screen.findByTestId("verify-close-dialog");
    await user.click(within(dialog).getByTestId("verify-close-submit"));
    expect((await within(dialog).findByTestId("letter-settings-missing")).dataset.missing).toBe("signatory");
    expect(fake.data.requests.find((r) => r.id === ID)?.state).toBe("verifying");
  });
});
