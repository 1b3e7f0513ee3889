import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Requests from "./Requests.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";
import { go, nav, resetRegisterFilter } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

const rowIds = () => screen.queryAllByTestId("request-row").map((r) => r.getAttribute("data-request-id"));

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Requests } });
  await waitFor(() => expect(rowIds()).toHaveLength(3));
  return user;
}

describe("register", () => {
  beforeEach(() => {
    resetFake();
    resetRegisterFilter();
    setLocale("id");
    go({ name: "requests" });
  });

  it("shows a stored name with a bidi override escaped", async () => {
    const r = fake.data.requests.find((x) => x.id === "REQ-2026-0003")!;
    r.requester = { ...r.requester, name: "Ani\u202eLestari" };
    await setup();
    const row = within(screen.getAllByTestId("request-row")[0]);
    expect(row.getByText("Ani⟨U+202E⟩Lestari"), "the override is shown, not applied").toBeTruthy();
  });

  it("shows each request's next step, and a letter step opens that letter's editor", async () => {
    const user = await setup();
    const steps = screen.getAllByTestId("next-step").map((c) => c.textContent?.trim());
    expect(steps, "the core's next action per line; an ended request is finished").toEqual([
      "Verifikasi identitas",
      "Kirim surat tanda terima",
      "Selesai",
    ]);
    await user.click(within(screen.getAllByTestId("next-step")[1]).getByRole("button"));
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0002", section: "letters", kind: "acknowledgement" });
  });

  it("renders one row per request, newest first, on the office clock", async () => {
    await setup();
    expect(rowIds()).toEqual(["REQ-2026-0003", "REQ-2026-0002", "REQ-2026-0001"]);
    const row = within(screen.getAllByTestId("request-row")[0]);
    expect(row.getByText("Yohanes Pratama")).toBeTruthy();
    expect(row.getByText("yohanes@example.com")).toBeTruthy();
    expect(row.getByText("Penghapusan")).toBeTruthy();
    expect(row.getByText("Tarik persetujuan")).toBeTruthy();
    expect(row.getByText("E-mail")).toBeTruthy();
    expect(row.getByText("24 Nov 2026 14.05 WITA")).toBeTruthy();
    expect(row.getByText("Verifikasi")).toBeTruthy();
    // A phone-only requester shows the phone as first contact.
    expect(within(screen.getAllByTestId("request-row")[1]).getByText("+6285722334410")).toBeTruthy();
  });

  it("filters by state, right, text, open-only and sorts", async () => {
    const user = await setup();

    await user.selectOptions(screen.getByTestId("filter-state"), "verifying");
    await waitFor(() => expect(rowIds()).toEqual(["REQ-2026-0003"]));
    expect(fake.ipc.requestList).toHaveBeenLastCalledWith(expect.objectContaining({ state: "verifying" }));

    await user.selectOptions(screen.getByTestId("filter-state"), "");
    await user.selectOptions(screen.getByTestId("filter-right"), "access");
    await waitFor(() => expect(rowIds()).toEqual(["REQ-2026-0001"]));

    await user.selectOptions(screen.getByTestId("filter-right"), "");
    await user.type(screen.getByTestId("filter-text"), "dewi");
    await waitFor(() => expect(rowIds()).toEqual(["REQ-2026-0002"]));
    expect(fake.ipc.requestList).toHaveBeenLastCalledWith(expect.objectContaining({ text: "dewi" }));

    await user.clear(screen.getByTestId("filter-text"));
    await user.click(screen.getByTestId("filter-open"));
    await waitFor(() => expect(rowIds()).toEqual(["REQ-2026-0003", "REQ-2026-0002"]));

    await user.selectOptions(screen.getByTestId("filter-sort"), "oldest-first");
    await waitFor(() => expect(rowIds()).toEqual(["REQ-2026-0002", "REQ-2026-0003"]));
  });

  it("says when nothing matches and clears the filters", async () => {
    const user = await setup();
    await user.type(screen.getByTestId("filter-text"), "nobody");
    await waitFor(() => expect(screen.getByTestId("register-no-match")).toBeTruthy());
    await user.click(screen.getByText("Hapus filter"));
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect((screen.getByTestId("filter-text") as HTMLInputElement).value).toBe("");
  });

  it("offers «Impor e-mail» next to «Permintaan baru»", async () => {
    const user = await setup();
    expect(screen.getByTestId("import-mail").textContent?.trim()).toBe("Impor e-mail");
    await user.click(screen.getByTestId("import-mail"));
    expect(nav.view).toEqual({ name: "intake" });
  });

  it("opens a request when its row is clicked", async () => {
    const user = await setup();
    await user.click(screen.getAllByTestId("request-row")[1]);
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0002" });
  });

  it("explains what to do when the register is empty", async () => {
    fake.data.requests = [];
    const user = userEvent.setup();
    render(Harness, { props: { component: Requests } });
    await waitFor(() => expect(screen.getByTestId("register-empty")).toBeTruthy());
    expect(screen.queryByTestId("request-table")).toBeNull();
    await user.click(screen.getByTestId("new-request"));
    expect(nav.view).toEqual({ name: "new-request" });
  });
});
