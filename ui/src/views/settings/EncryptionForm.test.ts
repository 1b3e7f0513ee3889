import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import EncryptionSection from "./EncryptionSection.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { PASS } from "../../test/fake-vault";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

function show() {
  return render(Harness, { props: { component: EncryptionSection } });
}

describe("encryption at rest in Settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("turns on only with a long enough passphrase typed twice and the loss understood", async () => {
    const user = userEvent.setup();
    show();
    expect((await screen.findByTestId("encryption-state")).textContent).toContain("Data belum dienkripsi");
    await user.click(screen.getByTestId("encryption-on"));
    await user.type(screen.getByTestId("encryption-new"), "pendek");
    await user.click(screen.getByTestId("encryption-submit"));
    const form = screen.getByTestId("encryption-form");
    expect(form.textContent).toContain("Kata sandi minimal 10 karakter");
    expect(form.textContent, "the loss must be understood first").toContain("Centang dulu");
    expect(fake.ipc.encryptionOn).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId("encryption-new"));
    await user.type(screen.getByTestId("encryption-new"), PASS);
    await user.type(screen.getByTestId("encryption-repeat"), `${PASS}x`);
    await user.click(screen.getByTestId("encryption-understood"));
    await user.click(screen.getByTestId("encryption-submit"));
    expect(screen.getByTestId("encryption-form").textContent).toContain("Kedua kata sandi tidak sama");
    expect(fake.ipc.encryptionOn).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId("encryption-repeat"));
    await user.type(screen.getByTestId("encryption-repeat"), PASS);
    await user.click(screen.getByTestId("encryption-submit"));
    await waitFor(() => expect(fake.ipc.encryptionOn).toHaveBeenCalledWith(PASS));
    await waitFor(() => expect(screen.getByTestId("encryption-state").textContent).toContain("Data dienkripsi: register dan 3 dari 3 berkas"));
    expect(screen.queryByTestId("encryption-form"), "the form closes once done").toBeNull();
  });

  it("changes the passphrase only with the current one, and turns off", async () => {
    fake.vault.status = { encrypted: true, files: 2, sealed_files: 2, min_passphrase: 10 };
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByTestId("encryption-change"));
    await user.type(screen.getByTestId("encryption-current"), "bukan sandinya");
    await user.type(screen.getByTestId("encryption-new"), "sandi baru kantor 2027");
    await user.type(screen.getByTestId("encryption-repeat"), "sandi baru kantor 2027");
    await user.click(screen.getByTestId("encryption-submit"));
    await waitFor(() => expect(screen.getByTestId("encryption-form").textContent).toContain("Kata sandi salah"));
    expect(fake.vault.changes).toEqual([]);

    await user.clear(screen.getByTestId("encryption-current"));
    await user.type(screen.getByTestId("encryption-current"), PASS);
    await user.click(screen.getByTestId("encryption-submit"));
    await waitFor(() => expect(fake.vault.changes).toEqual(["change"]));

    await user.click(await screen.findByTestId("encryption-off"));
    await user.type(screen.getByTestId("encryption-current"), "sandi baru kantor 2027");
    await user.click(screen.getByTestId("encryption-submit"));
    await waitFor(() => expect(fake.vault.changes).toEqual(["change", "off"]));
    await waitFor(() => expect(screen.getByTestId("encryption-state").textContent).toContain("Data belum dienkripsi"));
  });
});
