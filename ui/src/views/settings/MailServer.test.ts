import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Settings from "./Settings.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { mailSettings } from "../../test/fake-mail";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Settings } });
  await screen.findByTestId("mail-form");
  return user;
}

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const button = (id: string) => screen.getByTestId(id) as HTMLButtonElement;

async function fill(user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    await user.clear(input(id));
    if (value) await user.type(input(id), value);
  }
}

describe("settings: the mail server", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("saves the server; the password is sent once and shown only as saved", async () => {
    const user = await setup();
    expect(screen.getByTestId("mail-not-set")).toBeTruthy();
    expect(screen.getByTestId("mail-password-state").textContent).toContain("Kata sandi: belum ada");
    await fill(user, { "mail-host": "mail.kantor.co.id", "mail-user": "privasi@kantor.co.id", "mail-sender": "privasi@kantor.co.id", "mail-password": "rahasia-123" });
    // The usual port follows the security chosen.
    await user.selectOptions(screen.getByTestId("mail-security"), "tls");
    expect(input("mail-port").value).toBe("465");
    await user.selectOptions(screen.getByTestId("mail-security"), "start-tls");
    expect(input("mail-port").value).toBe("587");
    await user.click(screen.getByTestId("mail-save"));
    await waitFor(() =>
      expect(fake.ipc.mailServerSet).toHaveBeenCalledWith(
        { host: "mail.kantor.co.id", port: 587, security: "start-tls", user: "privasi@kantor.co.id", sender: "privasi@kantor.co.id", ca_file: null },
        "rahasia-123",
      ),
    );
    await waitFor(() => expect(screen.getByTestId("mail-password-state").dataset.saved).toBe("true"));
    expect(screen.getByTestId("mail-password-state").textContent).toContain("Kata sandi: tersimpan");
    expect(input("mail-password").value, "the typed password is not kept in the window").toBe("");
    expect(screen.queryByTestId("mail-not-set")).toBeNull();
  });

  it("keeps the saved password when its box is left empty, and removes it only when asked", async () => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    const user = await setup();
    expect(input("mail-host").value).toBe("mail.example.com");
    expect(input("mail-password").value).toBe("");
    expect(screen.getByText(/Kosongkan untuk tetap memakainya/)).toBeTruthy();
    await fill(user, { "mail-host": "smtp.example.com" });
    await user.click(screen.getByTestId("mail-save"));
    await waitFor(() => expect(fake.ipc.mailServerSet).toHaveBeenLastCalledWith(mailSettings({ host: "smtp.example.com" }), null));
    await user.click(screen.getByTestId("mail-password-clear"));
    expect(input("mail-password").disabled).toBe(true);
    await user.click(screen.getByTestId("mail-save"));
    await waitFor(() => expect(fake.ipc.mailServerSet).toHaveBeenLastCalledWith(mailSettings({ host: "smtp.example.com" }), ""));
    await waitFor(() => expect(screen.getByTestId("mail-password-state").textContent).toContain("belum ada"));
  });

  it("checks the fields, and marks the core's refusal of the certificate file", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("mail-save"));
    expect(screen.getByTestId("error-host").textContent).toBe("Isi nama server surel (mis. mail.kantor.co.id).");
    expect(screen.getByTestId("error-sender").textContent).toContain("alamat e-mail");
    expect(fake.ipc.mailServerSet).not.toHaveBeenCalled();
    await fill(user, { "mail-host": "mail.kantor.co.id", "mail-sender": "privasi@kantor.co.id", "mail-ca": "/home/staf/ca.txt" });
    await user.click(screen.getByTestId("mail-save"));
    await waitFor(() => expect(screen.getByTestId("error-ca_file").textContent).toBe("Berkas ini bukan sertifikat PEM."));
  });

  it("sends a test e-mail only once the settings are saved, and says why one failed", async () => {
    fake.mail.seed({ settings: mailSettings(), has_password: true });
    const user = await setup();
    const test = screen.getByTestId("mail-test");
    await fill(user, { "mail-host": "smtp.example.com" });
    expect(button("mail-test-send").disabled).toBe(true);
    expect(within(test).getByTestId("mail-test-save-first")).toBeTruthy();
    await user.click(screen.getByTestId("mail-save"));
    await waitFor(() => expect(button("mail-test-send").disabled).toBe(false));

    await user.type(input("mail-test-to"), "saya@kantor");
    await user.click(button("mail-test-send"));
    expect(screen.getByTestId("error-to")).toBeTruthy();
    expect(fake.ipc.mailServerTest).not.toHaveBeenCalled();
    await fill(user, { "mail-test-to": "saya@kantor.co.id" });
    await user.click(button("mail-test-send"));
    expect((await screen.findByTestId("mail-test-sent")).textContent).toContain("Server menerima e-mail uji untuk saya@kantor.co.id");
    expect(fake.mail.sent.map((m) => m.to)).toEqual(["saya@kantor.co.id"]);

    for (const [reason, words] of [
      ["login_refused", "menolak nama pengguna atau kata sandi"],
      ["unreachable", "tidak bisa dihubungi"],
      ["tls", "sertifikat server tidak dipercaya"],
    ]) {
      fake.mail.failWith(reason);
      await user.click(button("mail-test-send"));
      const error = await screen.findByTestId("mail-test-error");
      await waitFor(() => expect(screen.getByTestId("mail-test-error").dataset.reason).toBe(reason));
      expect(error.textContent).toContain("E-mail uji tidak terkirim");
      expect(screen.getByTestId("mail-test-error").textContent).toContain(words);
      expect(screen.queryByTestId("mail-test-sent")).toBeNull();
    }
  });
});
