import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Settings from "./Settings.svelte";
import { fake, office, resetFake } from "../../test/fake-ipc";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Settings } });
  await waitFor(() => expect(screen.getByTestId("settings-office-name")).toBeTruthy());
  return user;
}

describe("settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("saves only what changed, and the staff name", async () => {
    const user = await setup();
    const name = screen.getByTestId("settings-office-name") as HTMLInputElement;
    expect(name.value).toBe("CV Maju Jaya Kreatif (DEMO)");
    await user.clear(name);
    await user.type(name, "Klinik Sehat Sentosa");
    await user.selectOptions(screen.getByTestId("settings-timezone"), "Asia/Jayapura");
    await user.clear(screen.getByTestId("settings-policy-days"));
    await user.type(screen.getByTestId("settings-policy-days"), "10");
    await user.clear(screen.getByTestId("settings-operator"));
    await user.type(screen.getByTestId("settings-operator"), "Made");
    await user.click(screen.getByTestId("settings-save"));

    await waitFor(() => expect(fake.ipc.officeUpdate).toHaveBeenCalledTimes(1));
    expect(fake.ipc.officeUpdate).toHaveBeenCalledWith({
      name: "Klinik Sehat Sentosa",
      address: null,
      letterhead: null,
      city: null,
      signatory_name: null,
      signatory_position: null,
      letter_number_pattern: null,
      time_zone: "Asia/Jayapura",
      policy_days: 10,
      observes_cuti_bersama: null,
    });
    await waitFor(() => expect(fake.ipc.operatorSet).toHaveBeenCalledWith("Made"));
  });

  it("shows the fingerprint of the office's certificate key, to publish", async () => {
    await setup();
    await waitFor(() =>
      expect(
        screen.getByTestId("certificate-key-fingerprint").textContent,
        "the fingerprint every certificate prints",
      ).toBe("3f2a 9c01 5b7e 0d44 81aa 6c2f 90be 1d37 e5c8 4a02 7f19 b3d6 2e8c 55a1 0c94 d7e3"),
    );
    expect(screen.getByTestId("settings-certificate-key").textContent).toContain("/data/certificate.key");
  });

  it("shows a live letter-number example and checks the pattern", async () => {
    const user = await setup();
    const pattern = screen.getByTestId("settings-pattern");
    await user.clear(pattern);
    await user.type(pattern, "{{seq}/{{office}");
    await waitFor(() =>
      expect(screen.getByTestId("settings-pattern-example").textContent, "the example is the core's").toContain("001/CMJKD"),
    );
    await user.clear(pattern);
    await user.type(pattern, "PDP/{{year}");
    await waitFor(() => expect(screen.getByTestId("settings-pattern-example").textContent, "no example for a refused pattern").toContain("—"));
    await user.click(screen.getByTestId("settings-save"));
    expect(screen.getByTestId("error-letter_number_pattern")).toBeTruthy();
    expect(fake.ipc.officeUpdate).not.toHaveBeenCalled();
  });

  it("marks the server's field error", async () => {
    const user = await setup();
    fake.ipc.officeUpdate.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "x", field: "policy_days", reason: "range" }),
    );
    await user.clear(screen.getByTestId("settings-policy-days"));
    await user.type(screen.getByTestId("settings-policy-days"), "30");
    await user.click(screen.getByTestId("settings-save"));
    await waitFor(() =>
      expect(screen.getByTestId("error-policy_days").textContent).toBe("Isi antara 1 dan 365 hari kerja."),
    );
  });

  it("saves the city and who signs the letters, and marks the core's refusal of a field", async () => {
    const user = await setup();
    expect((screen.getByTestId("settings-city") as HTMLInputElement).value).toBe("Denpasar");
    await user.clear(screen.getByTestId("settings-city"));
    await user.type(screen.getByTestId("settings-city"), "Banjar");
    await user.clear(screen.getByTestId("settings-signatory-name"));
    await user.type(screen.getByTestId("settings-signatory-name"), "I Ketut Darma");
    fake.ipc.officeUpdate.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "x", field: "signatory_position", reason: "control_characters" }),
    );
    await user.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(fake.ipc.officeUpdate).toHaveBeenCalledTimes(1));
    expect(fake.ipc.officeUpdate.mock.calls[0][0]).toMatchObject({ city: "Banjar", signatory_name: "I Ketut Darma", signatory_position: null });
    await waitFor(() =>
      expect(screen.getByTestId("error-signatory_position").textContent).toBe("Jabatan memuat karakter kendali atau pembalik arah teks."),
    );
    await user.type(screen.getByTestId("settings-signatory-position"), "x".repeat(121));
    await user.click(screen.getByTestId("settings-save"));
    expect(screen.getByTestId("error-signatory_position").textContent).toBe("Jabatan terlalu panjang (maksimal 120 karakter).");
    expect(fake.ipc.officeUpdate).toHaveBeenCalledTimes(1);
  });

  it("shows the installation", async () => {
    await setup();
    await waitFor(() => expect(screen.getByTestId("install-data-dir").textContent).toBe("/data"));
    expect(screen.getByTestId("install-version").textContent).toBe("0.1.0");
  });

  it("removes the demo data only after confirmation", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("demo-clear"));
    const dialog = screen.getByTestId("confirm-dialog");
    expect(dialog.textContent).toContain("dihapus permanen");
    expect(fake.ipc.demoClear).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("confirm-ok"));
    await waitFor(() => expect(fake.ipc.demoClear).toHaveBeenCalledTimes(1));
  });

  it("offers no demo removal for a real office", async () => {
    fake.data.office = office({ is_demo: false, name: "Klinik" });
    await setup();
    expect(screen.queryByTestId("demo-clear")).toBeNull();
  });
});
