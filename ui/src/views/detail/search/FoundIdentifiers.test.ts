import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../../test/Harness.svelte";
import RequestDetail from "../RequestDetail.svelte";
import { fake, resetFake, sampleSearch } from "../../../test/fake-ipc";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

const ID = "REQ-2026-0003";
const PHONE = "+6281234500001";
const EMAIL = "yohanes.kerja@kantor.example";

/** The latest search of REQ-2026-0003, its first `confirmed` hits confirmed, and two identifiers on them. */
async function setup(confirmed: number) {
  const search = sampleSearch(ID);
  for (const h of search.hits.slice(0, confirmed)) Object.assign(h, { decision: "confirmed", decided_by: "Sari" });
  fake.data.searches[ID] = search;
  fake.data.found[ID] = [
    { kind: "phone", value: PHONE, found_in: ["jurnal_customers_excel_id.csv, line 10"] },
    { kind: "email", value: EMAIL, found_in: ["chatwoot_contacts.csv, line 133", "wix_form_submissions.csv, line 42"] },
  ];
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
  await screen.findAllByTestId("search-hit");
  return user;
}

const rows = () => screen.getAllByTestId("found-identifier");
const check = (row: HTMLElement) => within(row).getByTestId("found-identifier-check") as HTMLInputElement;
const row = (value: string) => rows().find((r) => r.dataset.value === value) as HTMLElement;

describe("identifiers found on confirmed records", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("are not offered while no hit is confirmed", async () => {
    await setup(0);
    expect(screen.queryByTestId("found-identifiers"), "with nothing confirmed there is nothing to offer").toBeNull();
    expect(fake.ipc.requestFoundIdentifiers, "records are not read again before staff confirm one").not.toHaveBeenCalled();
  });

  it("are listed once a hit is confirmed, none ticked", async () => {
    const user = await setup(0);
    await user.click(screen.getByTestId("search-confirm"));
    const panel = await screen.findByTestId("found-identifiers");
    expect(fake.ipc.requestFoundIdentifiers, "confirming hits asks for the identifiers on them").toHaveBeenCalledWith(ID);
    expect(panel.textContent, "the panel says what it is").toContain("Identitas lain pada catatan yang dikonfirmasi");
    expect(rows().map((r) => r.dataset.value), "every found identifier is a row").toEqual([PHONE, EMAIL]);
    for (const r of rows()) expect(check(r).checked, `${r.dataset.value} waits for the staff's consent`).toBe(false);
    expect(row(PHONE).textContent, "a phone is labelled as one").toContain("Telepon");
    expect(row(EMAIL).textContent, "an e-mail is labelled as one").toContain("E-mail");
    expect(within(row(EMAIL)).getByTestId("found-identifier-where").textContent, "every place it was found is named").toContain(
      "chatwoot_contacts.csv, line 133; wix_form_submissions.csv, line 42",
    );
    expect((screen.getByTestId("found-add") as HTMLButtonElement).disabled, "nothing can be added before a tick").toBe(true);
  });

  it("adds exactly the ticked identifiers, then searches again", async () => {
    const user = await setup(1);
    await screen.findByTestId("found-identifiers");
    await user.click(check(row(PHONE)));
    await user.click(screen.getByTestId("found-add"));
    await waitFor(() => expect(fake.ipc.requestAddIdentifiers, "the ticked phone is added").toHaveBeenCalledTimes(1));
    expect(fake.ipc.requestAddIdentifiers.mock.calls[0], "only the ticked value, not the unticked e-mail").toEqual([ID, [PHONE]]);
    await waitFor(() => expect(fake.ipc.requestSearch, "the search runs again with the added phone").toHaveBeenCalledTimes(1));
    expect(fake.ipc.requestSearch.mock.calls[0], "the same search as before: no other identifiers added").toEqual([
      ID,
      { name: null, emails: [], phones: [], niks: [] },
    ]);
    expect(
      fake.ipc.requestAddIdentifiers.mock.invocationCallOrder[0] < fake.ipc.requestSearch.mock.invocationCallOrder[0],
      "the search runs after the phone is on the request, so it is searched for",
    ).toBe(true);
    await waitFor(() =>
      expect(screen.getByTestId("detail-contacts").textContent, "the requester's contacts are read again").toContain(PHONE),
    );
    await waitFor(() =>
      expect(screen.queryByTestId("found-identifiers"), "the new search has no confirmed hits, so nothing to offer").toBeNull(),
    );
  });

  it("leave an identifiers-added event in the history", async () => {
    const user = await setup(1);
    await screen.findByTestId("found-identifiers");
    await user.click(check(row(EMAIL)));
    await user.click(screen.getByTestId("found-add"));
    await waitFor(() =>
      expect(screen.getAllByTestId("event-item")[0].dataset.kind, "the newest event is the addition").toBe("identifiers-added"),
    );
    const top = screen.getAllByTestId("event-item")[0];
    expect(top.textContent, "the event has its own label").toContain("Identitas ditambahkan");
    expect(top.textContent, "the event says what was added and where it was found").toContain(
      `${EMAIL} — chatwoot_contacts.csv, line 133, wix_form_submissions.csv, line 42`,
    );
  });
});
