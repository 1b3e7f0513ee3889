import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { PASS } from "../../test/fake-vault";
import { setLocale } from "$lib/i18n";
import { go } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

describe("an encrypted data folder at start", () => {
  beforeEach(() => {
    resetFake();
    fake.vault.state = { encrypted: true, unlocked: false };
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("asks for the passphrase before anything of the office is read", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("unlock");
    expect(screen.queryByTestId("nav-requests"), "no sidebar while locked").toBeNull();
    expect(fake.ipc.requestList, "no register read while locked").not.toHaveBeenCalled();
    expect(fake.ipc.setupNeeded, "nothing of the office is asked while locked").not.toHaveBeenCalled();

    await user.type(screen.getByTestId("unlock-passphrase"), "bukan kata sandinya");
    await user.click(screen.getByTestId("unlock-open"));
    const field = screen.getByTestId("unlock-passphrase") as HTMLInputElement;
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByTestId("unlock").textContent, "a wrong passphrase is said under the field").toContain("Kata sandi salah");
    expect(field.value, "the wrong passphrase is not left in the field").toBe("");

    await user.type(field, PASS);
    await user.click(screen.getByTestId("unlock-open"));
    await screen.findByTestId("nav-requests");
    expect(fake.ipc.vaultUnlock).toHaveBeenLastCalledWith(PASS);
    expect(screen.queryByTestId("unlock")).toBeNull();
  });

  it("speaks English on the switch", async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId("unlock");
    await user.click(screen.getByTestId("unlock-lang"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("The office's data is locked");
    expect(screen.getByTestId("unlock-open").textContent?.trim()).toBe("Open");
  });
});
