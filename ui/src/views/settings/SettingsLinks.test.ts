import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import Harness from "../../test/Harness.svelte";
import LettersSection from "../detail/letters/LettersSection.svelte";
import { fake, office, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";
import { go, hashOf, nav, viewFromHash } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

/** A new office: no name or address yet, and no staff name, so the core records "Petugas". */
function unsetOffice() {
  fake.data.office = office({ name: "", address: "", is_demo: false });
  fake.data.operator = "Petugas";
}

describe("defaults link to the part of Settings that sets them", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    go({ name: "dashboard" });
  });

  it("opens Settings at a section from the address, and back", () => {
    for (const section of ["office", "letters", "staff"] as const)
      expect(viewFromHash(hashOf({ name: "settings", section })), "a section survives a reload").toEqual({ name: "settings", section });
    expect(viewFromHash("#/settings/nonsense"), "an unknown section opens Settings at the top").toEqual({ name: "settings" });
  });

  it("links the sidebar's and the board's defaults to Settings, with the cursor in the field to fill", async () => {
    unsetOffice();
    const user = userEvent.setup();
    render(App);
    const officeLink = await screen.findByTestId("office-name-settings");
    expect(officeLink.textContent, "the sidebar says the profile is missing instead of an empty name").toBe("Profil kantor belum diisi");
    expect((await screen.findByTestId("operator-settings")).textContent, "the core's fallback name is not shown as if it were a person").toBe(
      "belum diatur",
    );
    const setup = await screen.findByTestId("board-setup");
    expect(within(setup).getByTestId("board-setup-office").textContent).toContain("Nama dan alamat kantor belum diisi");

    await user.click(within(setup).getByTestId("board-setup-office-link"));
    expect(nav.view, "the board's link opens Settings at the office profile").toEqual({ name: "settings", section: "office" });
    expect(window.location.hash).toBe("#/settings/office");
    await waitFor(() => expect(document.activeElement, "the cursor waits in the empty office name").toBe(screen.getByTestId("settings-office-name")));

    await user.click(screen.getByTestId("operator-settings"));
    expect(nav.view).toEqual({ name: "settings", section: "staff" });
    await waitFor(() => expect(document.activeElement, "the sidebar's link puts the cursor in the staff name").toBe(screen.getByTestId("settings-operator")));
    expect((screen.getByTestId("settings-operator") as HTMLInputElement).value, "the core's default is not offered as a name").toBe("");
    expect(screen.queryByText("Ada perubahan yang belum disimpan."), "an empty field for the default is no change").toBeNull();
  });

  it("shows no setup notice and no links once the office and the staff name are set", async () => {
    render(App);
    await waitFor(() => expect(screen.getByTestId("operator-display").textContent?.trim()).toBe("Sari"));
    expect(screen.getByTestId("office-name-display").textContent).toContain("CV Maju Jaya Kreatif");
    expect(screen.queryByTestId("board-setup"), "nothing to set, nothing to nag about").toBeNull();
    expect(screen.queryByTestId("operator-settings")).toBeNull();
  });

  it("never shows the Indonesian default staff name on the English screens, and links it while it is unset", async () => {
    unsetOffice();
    fake.data.events["REQ-2026-0003"] = [
      { at: "2026-11-25T03:00:00Z", actor: "Petugas", kind: "note", from_state: null, to_state: null, text: "Dicatat tanpa nama." },
    ];
    setLocale("en");
    const user = userEvent.setup();
    go({ name: "request", id: "REQ-2026-0003" });
    render(App);
    const events = await screen.findAllByTestId("event-item");
    const unnamed = await within(events[0]).findByTestId("staff-settings");
    expect(unnamed.textContent, "the default is worded in the window's language").toBe("staff (name not set)");
    expect(screen.getByTestId("event-list").textContent, "no history line shows the core's Indonesian default").not.toContain("Petugas");
    expect(screen.getByTestId("operator-settings").textContent).toBe("not set");

    await user.click(unnamed);
    expect(nav.view, "the history's link opens the staff name in Settings").toEqual({ name: "settings", section: "staff" });
  });

  it("says before the preview that a letter's letterhead is empty, and opens the office profile", async () => {
    fake.data.office = office({ address: "" });
    const user = userEvent.setup();
    render(Harness, { props: { component: LettersSection, props: { id: "REQ-2026-0003", zone: "Asia/Makassar" } } });
    await screen.findByTestId("letter-offers");
    await user.click(screen.getAllByTestId("letter-offer").find((o) => o.dataset.kind === "acknowledgement")!);
    const missing = await screen.findByTestId("letter-settings-missing");
    expect(missing.dataset.missing, "an office without an address prints an empty letterhead").toBe("office");
    expect(missing.textContent).toContain("kop surat ini kosong");
    await user.click(within(missing).getByTestId("letter-open-settings"));
    expect(nav.view, "the link opens Settings where the address is filled in").toEqual({ name: "settings", section: "office" });
  });
});
