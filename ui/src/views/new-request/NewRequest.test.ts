import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import NewRequest from "./NewRequest.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

const byId = (id: string) => screen.getByTestId(id);
const queryId = (id: string) => screen.queryByTestId(id);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: NewRequest } });
  await waitFor(() => expect(fake.ipc.officeGet).toHaveBeenCalled());
  return user;
}

describe("new-request form", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    go({ name: "new-request" });
  });

  it("checks the required fields before asking the server", async () => {
    const user = await setup();
    await user.click(byId("form-submit"));

    expect(byId("error-name").textContent).toBe("Nama pemohon wajib diisi.");
    expect(byId("error-rights").textContent).toBe("Pilih minimal satu hak.");
    expect(byId("error-contact").textContent).toContain("minimal satu kontak");
    expect(queryId("error-on_behalf_of")).toBeNull();
    expect(byId("form-name").getAttribute("aria-invalid")).toBe("true");
    expect(fake.ipc.requestCreate).not.toHaveBeenCalled();

    // Fixing a field clears its message.
    await user.type(byId("form-name"), "Siti");
    expect(queryId("error-name")).toBeNull();
  });

  it("asks for the data subject when an agent or guardian asks", async () => {
    const user = await setup();
    expect(queryId("form-on-behalf-of")).toBeNull();
    await user.selectOptions(byId("form-role"), "guardian");
    expect(byId("form-on-behalf-of")).toBeTruthy();
    await user.click(byId("form-submit"));
    expect(byId("error-on_behalf_of").textContent).toBe("Isi nama subjek data yang diwakili.");
  });

  it("shows the server's field error under the field", async () => {
    const user = await setup();
    fake.ipc.requestCreate.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: '"siti@" is not an e-mail address', field: "email", reason: "format" }),
    );
    await user.type(byId("form-name"), "Siti Rahma");
    await user.click(byId("form-right-access"));
    await user.type(byId("form-email"), "siti@");
    await user.click(byId("form-submit"));

    await waitFor(() => expect(byId("error-email").textContent).toBe("Alamat e-mail ini tidak valid."));
    expect(byId("form-email").getAttribute("aria-invalid")).toBe("true");
    expect(nav.view.name).toBe("new-request");
  });

  it("falls back to the server's message for reasons it has no text for", async () => {
    const user = await setup();
    fake.ipc.requestCreate.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "nik: checksum mismatch", field: "nik", reason: "checksum" }),
    );
    await user.type(byId("form-name"), "Siti Rahma");
    await user.click(byId("form-right-access"));
    await user.type(byId("form-phone"), "0812 3456 7890");
    await user.type(byId("form-nik"), "5171010101900001");
    await user.click(byId("form-submit"));
    await waitFor(() => expect(byId("error-nik").textContent).toBe("nik: checksum mismatch"));
  });

  it("sends the form and opens the new request", async () => {
    const user = await setup();
    await user.selectOptions(byId("form-channel"), "walk-in");
    await user.click(byId("form-right-withdraw-consent"));
    await user.click(byId("form-right-access"));
    await user.type(byId("form-name"), "  Gregorius Manurung ");
    await user.selectOptions(byId("form-role"), "guardian");
    await user.type(byId("form-on-behalf-of"), "Clara Manurung");
    await user.type(byId("form-address"), "Jl. Melati 3, Denpasar");
    await user.type(byId("form-notes"), "Data anaknya.");
    await user.click(byId("form-submit"));

    await waitFor(() => expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0004" }));
    const form = fake.ipc.requestCreate.mock.calls[0][0];
    expect(form).toMatchObject({
      channel: "walk-in",
      rights: ["access", "withdraw-consent"],
      name: "Gregorius Manurung",
      emails: [],
      phones: [],
      postal_address: "Jl. Melati 3, Denpasar",
      nik: null,
      role: "guardian",
      on_behalf_of: "Clara Manurung",
      notes: "Data anaknya.",
    });
    expect(form.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });

  it("sends the client (controller) only when it is filled in", async () => {
    const user = await setup();
    await user.click(byId("form-right-access"));
    await user.type(byId("form-name"), "Siti Rahma");
    await user.type(byId("form-email"), "siti@example.com");
    // Collapsed by default; opening it and leaving it empty sends no controller.
    expect(queryId("form-controller-name")).toBeNull();
    await user.click(byId("form-controller-toggle"));
    expect(byId("form-controller-toggle").getAttribute("aria-expanded")).toBe("true");
    await user.click(byId("form-submit"));
    await waitFor(() => expect(fake.ipc.requestCreate).toHaveBeenCalledTimes(1));
    expect(fake.ipc.requestCreate.mock.calls[0][0]).not.toHaveProperty("controller");
  });

  it("sends the client (controller) with its contact", async () => {
    const user = await setup();
    await user.click(byId("form-right-access"));
    await user.type(byId("form-name"), "Siti Rahma");
    await user.type(byId("form-email"), "siti@example.com");
    await user.click(byId("form-controller-toggle"));
    // A contact without a name is caught before the server is asked.
    await user.type(byId("form-controller-contact"), " privasi@klinik.example ");
    await user.click(byId("form-submit"));
    expect(byId("error-controller").textContent).toBe("Isi nama klien (pengendali).");
    expect(fake.ipc.requestCreate).not.toHaveBeenCalled();

    await user.type(byId("form-controller-name"), " Klinik Sehat Sentosa ");
    await user.click(byId("form-submit"));
    await waitFor(() => expect(fake.ipc.requestCreate).toHaveBeenCalledTimes(1));
    expect(fake.ipc.requestCreate.mock.calls[0][0].controller).toEqual({
      name: "Klinik Sehat Sentosa",
      contact: "privasi@klinik.example",
    });
  });
});
