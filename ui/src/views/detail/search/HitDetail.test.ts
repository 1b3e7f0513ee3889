import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../../test/Harness.svelte";
import RequestDetail from "../RequestDetail.svelte";
import { fake, resetFake, sampleSearch } from "../../../test/fake-ipc";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../../test/fake-ipc")).ipcModule);

const ID = "REQ-2026-0003";
// sampleSearch's hits are numbered from 101 in demoSearch's order: the Chatwoot contact matched by
// e-mail, phone and name first, the WhatsApp group message from the subject's phone at 111.
const CHATWOOT = 101;
const GROUP_MESSAGE = 111;

async function setup() {
  fake.data.searches[ID] = sampleSearch(ID);
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
  await screen.findAllByTestId("search-hit");
  return user;
}

const hit = (id: number) => screen.getAllByTestId("search-hit").find((h) => h.dataset.hitId === String(id)) as HTMLElement;
const fields = (h: HTMLElement) => within(h).getAllByTestId("hit-record-field");
const row = (h: HTMLElement, column: string) => fields(h).find((f) => f.dataset.column === column) as HTMLElement;

describe("an opened hit's record beside the requester", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("reads the record once when opened and shows its fields beside the requester's identifiers, the matching e-mail marked", async () => {
    const user = await setup();
    const h = hit(CHATWOOT);
    await user.click(within(h).getByTestId("search-hit-expand"));
    await waitFor(() => expect(fields(h).length, "the record's fields appear once read").toBeGreaterThan(0));
    expect(fake.ipc.hitRecord, "the record is read for the opened hit only").toHaveBeenCalledExactlyOnceWith(CHATWOOT);

    const detail = within(h).getByTestId("search-hit-detail");
    expect(within(detail).getByTestId("hit-record").textContent, "the left column is this record").toContain("Catatan ini");
    expect(within(detail).getByTestId("hit-requester").textContent, "the right column is the requester").toContain("Pemohon");
    expect(fields(h).map((f) => f.dataset.column), "identifier fields first, then the rest in the file's order").toEqual([
      "name", "email", "phone_number", "id", "labels",
    ]);
    const email = row(h, "email");
    expect(email.dataset.tone, "the record's e-mail is the requester's, written differently").toBe("strong");
    expect(within(email).getByText("Yohanes@example.Com").tagName, "the value itself is marked").toBe("MARK");
    expect(row(h, "name").dataset.tone, "the same name is a weaker sign").toBe("weak");
    expect(row(h, "labels").dataset.tone, "a field without an identifier is not marked").toBe("");
    const requester = within(detail).getAllByTestId("hit-requester-identifier");
    const requesterEmail = requester.find((r) => r.textContent?.includes("yohanes@example.com")) as HTMLElement;
    expect(requesterEmail.dataset.tone, "the requester's e-mail is marked as found in this record").toBe("strong");
    expect(requesterEmail.querySelector("mark")?.textContent, "with the same mark as the record's value").toBe("yohanes@example.com");
    expect(within(detail).queryByTestId("hit-record-warnings"), "a clean record has no warnings").toBeNull();

    await user.click(within(h).getByTestId("search-hit-expand"));
    await user.click(within(h).getByTestId("search-hit-expand"));
    expect(await within(h).findAllByTestId("hit-record-field"), "opened again, the record is still shown").not.toHaveLength(0);
    expect(fake.ipc.hitRecord, "opened again, the record comes from the cache").toHaveBeenCalledTimes(1);
  });

  it("never reads a record while its hit is closed", async () => {
    await setup();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId("search-hit-detail"), "no hit starts open").toBeNull();
    expect(fake.ipc.hitRecord, "closed hits cost no file reads").not.toHaveBeenCalled();
  });

  it("opens with enter and the list keys keep working; a chat message shows its author and text", async () => {
    const user = await setup();
    const h = hit(GROUP_MESSAGE);
    h.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(fields(h).length, "enter opens the focused hit and reads its record").toBeGreaterThan(0));
    expect(fields(h).map((f) => f.dataset.column), "a message's author (by phone) and text").toEqual(["author phone", "time", "message"]);
    expect(row(h, "author phone").dataset.tone, "the author's number is the requester's phone").toBe("strong");
    await user.keyboard("j");
    expect(document.activeElement, "j still moves to the next hit from an opened one").toBe(hit(GROUP_MESSAGE + 1));
    expect(fake.ipc.hitRecord, "only the opened hit was read").toHaveBeenCalledExactlyOnceWith(GROUP_MESSAGE);
  });

  it("lists the record's own warnings under its fields", async () => {
    const user = await setup();
    const h = hit(107); // the customer list row whose mobile number lost its leading 0 in Excel
    await user.click(within(h).getByTestId("search-hit-expand"));
    const warnings = await within(h).findByTestId("hit-record-warnings");
    expect(warnings.textContent, "the core's warning, as written").toContain("Mobile: a mobile number that lost its leading 0 (Excel)");
    expect(row(h, "Mobile").dataset.tone, "the damaged number still matches the requester's phone").toBe("strong");
  });

  it("says what went wrong and to search again when the file changed since the search", async () => {
    const message = "file chatwoot_contacts.csv: record 118 is not in the file any more (it changed or was removed since the search): search again";
    fake.data.records[CHATWOOT] = new IpcError({ code: "file_error", message, field: null, reason: null });
    const user = await setup();
    const h = hit(CHATWOOT);
    await user.click(within(h).getByTestId("search-hit-expand"));
    const error = await within(h).findByTestId("hit-record-error");
    expect(error.textContent, "the core's message names the file and record").toContain(message);
    expect(error.textContent, "and the staff are told to search again").toContain("Cari ulang");
    expect(within(h).getAllByTestId("hit-requester-identifier"), "the requester's identifiers are still shown").toHaveLength(3);
    expect(within(h).queryByTestId("hit-record-field"), "no fields from a file that changed").toBeNull();
  });
});
