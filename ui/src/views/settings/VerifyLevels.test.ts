import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Settings from "./Settings.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Settings } });
  await screen.findByTestId("settings-verify");
  return user;
}

describe("verification levels in settings", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("shows the office's level per right in words and saves a change with the code validity", async () => {
    const user = await setup();
    const access = screen.getByTestId("settings-level-access") as HTMLSelectElement;
    expect(access.value).toBe("contact-and-identity");
    expect(access.selectedOptions[0].textContent).toBe("Kontak tercatat + identitas");
    expect((screen.getByTestId("settings-level-information") as HTMLSelectElement).value).toBe("none");
    await user.selectOptions(screen.getByTestId("settings-level-correction"), "contact-and-identity");
    const minutes = screen.getByTestId("settings-code-minutes");
    await user.clear(minutes);
    await user.type(minutes, "60");
    await user.click(screen.getByTestId("settings-verify-save"));
    await waitFor(() => expect(fake.ipc.verificationSetLevels).toHaveBeenCalledTimes(1));
    const [levels, codeMinutes] = fake.ipc.verificationSetLevels.mock.calls[0];
    expect(levels.per_right.correction).toBe("contact-and-identity");
    expect(levels.per_right.access).toBe("contact-and-identity");
    expect(codeMinutes).toBe(60);
  });

  it("refuses a code validity past a day before saving", async () => {
    const user = await setup();
    const minutes = screen.getByTestId("settings-code-minutes");
    await user.clear(minutes);
    await user.type(minutes, "2000");
    await user.click(screen.getByTestId("settings-verify-save"));
    expect((await screen.findByTestId("error-code_minutes")).textContent).toBe("Isi antara 1 dan 1440 menit (satu hari).");
    expect(fake.ipc.verificationSetLevels).not.toHaveBeenCalled();
  });
});
