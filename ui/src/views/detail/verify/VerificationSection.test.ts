import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../../test/Harness.svelte";
import RequestDetail from "../RequestDetail.svelte";
import { fake, resetFake } from "../../../test/fake-ipc";
import { MOCK_CODE } from "../../../test/fake-verify";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

// Deletion + withdrawal of consent: contact on file and identity.
const ID = "REQ-2026-0003";

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
  await screen.findByTestId("verify-gate");
  return user;
}

const check = (requirement: string) =>
  screen.getAllByTestId("verify-check").find((c) => c.dataset.requirement === requirement) as HTMLElement;
const gate = () => screen.getByTestId("verify-gate");

async function makeCode(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId("verify-code"));
  await screen.findByTestId("verify-code-dialog");
  await user.click(screen.getByTestId("verify-code-close"));
  await waitFor(() => expect(screen.queryByTestId("verify-code-dialog")).toBeNull());
  await screen.findByTestId("verify-answer");
}

describe("identity verification", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("shows the level in words, each requirement met or missing, and the closed gate", async () => {
    fake.verify.seed(ID, {
      met: { "contact-on-file": { by: "Sari", at: "2026-11-25T01:00:00Z", detail: "pelanggan.csv, baris 98" } },
    });
    await setup();
    expect(screen.getByTestId("verify-level").textContent).toContain("Kontak tercatat + identitas");
    expect(check("contact-on-file").dataset.met).toBe("true");
    expect(within(check("contact-on-file")).getByTestId("verify-check-detail").textContent).toBe("pelanggan.csv, baris 98");
    expect(check("contact-on-file").textContent).toContain("oleh Sari, 25 Nov 2026 09.00 WITA");
    expect(check("identity").dataset.met).toBe("false");
    expect(within(check("identity")).getByTestId("verify-check-state").textContent).toBe("belum");
    expect(gate().dataset.open).toBe("false");
    expect(gate().textContent).toContain("Belum terverifikasi: belum ada data yang boleh keluar");
    // A requester asking for themself has no authority to show.
    expect(screen.queryByTestId("verify-authority")).toBeNull();
  });

  it("shows a new code once, with both texts, and never again after the dialog closes", async () => {
    const user = await setup();
    expect(screen.queryByTestId("verify-answer")).toBeNull();
    await user.click(screen.getByTestId("verify-code"));
    const dialog = await screen.findByTestId("verify-code-dialog");
    expect(within(dialog).getByTestId("verify-code-digits").textContent?.trim()).toBe(MOCK_CODE);
    expect((within(dialog).getByTestId("verify-code-text-id") as HTMLTextAreaElement).value).toContain(`Kode verifikasi permintaan ${ID}: ${MOCK_CODE}`);
    expect((within(dialog).getByTestId("verify-code-text-en") as HTMLTextAreaElement).value).toContain(`Verification code for request ${ID}`);
    expect(within(dialog).getByTestId("verify-code-until").textContent).toContain("Berlaku sampai 25 Nov 2026 11.30 WITA");
    expect(within(dialog).getByTestId("verify-code-copy-id")).toBeTruthy();
    await user.click(within(dialog).getByTestId("verify-code-close"));
    await waitFor(() => expect(screen.queryByTestId("verify-code-dialog")).toBeNull());
    expect(document.body.textContent).not.toContain(MOCK_CODE);
    expect(await screen.findByTestId("verify-code-state")).toBeTruthy();
    expect(fake.ipc.verificationCode).toHaveBeenCalledTimes(1);
  });

  it("says how many tries are left after a wrong answer, and meets identity with the right one", async () => {
    const user = await setup();
    await makeCode(user);
    await user.click(screen.getByTestId("verify-answer"));
    // The sixth digit checks the code: no button pressed.
    await user.type(screen.getByTestId("verify-answer-input"), "111111");
    expect((await screen.findByTestId("error-code")).textContent).toBe("Kode salah, 4 kali lagi sebelum terkunci.");
    await waitFor(() => expect(screen.getByTestId("verify-code-state").textContent).toContain("1 jawaban salah"));
    await user.type(screen.getByTestId("verify-answer-input"), MOCK_CODE);
    await waitFor(() => expect(check("identity").dataset.met).toBe("true"));
    expect(fake.ipc.verificationCheck).toHaveBeenLastCalledWith(ID, MOCK_CODE);
    expect(fake.ipc.verificationCheck, "each code is checked once, on its sixth digit").toHaveBeenCalledTimes(2);
  });

  it("checks the six digits before asking the core", async () => {
    const user = await setup();
    await makeCode(user);
    await user.click(screen.getByTestId("verify-answer"));
    await user.type(screen.getByTestId("verify-answer-input"), "12 34");
    await user.click(screen.getByTestId("verify-answer-submit"));
    expect((await screen.findByTestId("error-code")).textContent).toBe("Kode verifikasi terdiri dari 6 angka.");
    expect(fake.ipc.verificationCheck).not.toHaveBeenCalled();
  });

  it("offers a new code when the code is locked", async () => {
    fake.verify.seed(ID, {
      code: { issued: new Date("2026-11-25T02:50:00Z"), until: new Date("2026-11-25T03:20:00Z"), wrong: 5, answered: false },
    });
    const user = await setup();
    const dead = screen.getByTestId("verify-code-dead");
    expect(dead.dataset.state).toBe("locked");
    expect(dead.textContent).toContain("Kode terkunci setelah lima jawaban salah");
    expect(screen.queryByTestId("verify-answer")).toBeNull();
    await user.click(within(dead).getByTestId("verify-code-renew"));
    expect(within(await screen.findByTestId("verify-code-dialog")).getByTestId("verify-code-digits").textContent?.trim()).toBe(MOCK_CODE);
  });

  it("shows the core's refusal of a NIK on the field, and the masked NIK once noted", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("verify-nik"));
    const input = screen.getByTestId("verify-nik-input");
    await user.type(input, "3171 0112");
    await user.click(screen.getByTestId("verify-nik-submit"));
    expect((await screen.findByTestId("error-nik")).textContent).toBe("NIK harus tepat 16 angka.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    await user.clear(input);
    await user.type(input, "0071 0112 3456 0001");
    await user.click(screen.getByTestId("verify-nik-submit"));
    await waitFor(() => expect(screen.getByTestId("error-nik").textContent).toContain("bukan kode provinsi"));
    await user.clear(input);
    await user.type(input, "3171 0112 3456 0001");
    await user.click(screen.getByTestId("verify-nik-submit"));
    await waitFor(() => expect(check("identity").dataset.met).toBe("true"));
    expect(within(check("identity")).getByTestId("verify-check-detail").textContent).toBe("317101******0001");
  });

  it("needs a reason to skip the verification, then shows who skipped it and why", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("verify-override-open"));
    const dialog = await screen.findByTestId("verify-override-dialog");
    expect(within(dialog).getByTestId("verify-override-warning").textContent).toContain("Pengecualian");
    await user.click(within(dialog).getByTestId("verify-override-submit"));
    expect((await within(dialog).findByTestId("error-reason")).textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.verificationOverride).not.toHaveBeenCalled();
    await user.type(within(dialog).getByTestId("verify-override-reason"), "Pemohon dikenal atasan");
    await user.click(within(dialog).getByTestId("verify-override-submit"));
    const shownOverride = await screen.findByTestId("verify-override");
    expect(shownOverride.textContent).toContain("dilewati oleh Sari, 25 Nov 2026 11.00 WITA");
    expect(shownOverride.textContent).toContain("Pemohon dikenal atasan");
    expect(gate().dataset.open).toBe("true");
    expect(gate().textContent).toContain("verifikasi dilewati atas keputusan atasan");
    expect(screen.queryByTestId("verify-override-open")).toBeNull();
    // The history is read again and holds the step.
    await waitFor(() => expect(document.body.textContent).toContain("Verifikasi dilewati atas keputusan atasan: Pemohon dikenal atasan"));
  });

  it("asks an agent for the authority, with a description", async () => {
    const r = fake.data.requests.find((x) => x.id === ID)!;
    r.requester = { ...r.requester, role: "agent", on_behalf_of: "Ibu Yohanes" };
    const user = await setup();
    expect(check("authority").dataset.met).toBe("false");
    await user.click(screen.getByTestId("verify-authority"));
    await user.click(screen.getByTestId("verify-authority-submit"));
    expect((await screen.findByTestId("error-document")).textContent).toBe("Tuliskan dokumen yang dilihat.");
    await user.type(screen.getByTestId("verify-authority-input"), "Surat kuasa bermeterai 1 Des 2026");
    await user.click(screen.getByTestId("verify-authority-submit"));
    await waitFor(() => expect(check("authority").dataset.met).toBe("true"));
    expect(fake.ipc.verificationAuthority).toHaveBeenCalledWith(ID, "Surat kuasa bermeterai 1 Des 2026");
  });
});
