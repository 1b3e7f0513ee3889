import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Letters from "./Letters.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { issuedLetter } from "../../test/fake-letters";
import { setLocale } from "$lib/i18n";
import { go, letterFilter, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

async function setup() {
  const user = userEvent.setup();
  render(Harness, { props: { component: Letters } });
  await screen.findByTestId("letters-due");
  return user;
}

const rows = () => screen.getAllByTestId("letter-row");

function seedTwoRequests() {
  fake.letters.seed("REQ-2026-0003", {
    issued: [
      issuedLetter("001/PDP/CMJKD/XI/2026", { id: 1, request_id: "REQ-2026-0003" }),
      issuedLetter("003/PDP/CMJKD/XII/2026", {
        id: 3,
        request_id: "REQ-2026-0003",
        kind: "access",
        language: "en",
        dated: "2026-12-02",
        sent_to: "yohanes@example.com",
        sent_at: "2026-12-02T03:00:00Z",
      }),
    ],
  });
  fake.letters.seed("REQ-2026-0002", {
    issued: [
      issuedLetter("002/PDP/CMJKD/XI/2026", {
        id: 2,
        request_id: "REQ-2026-0002",
        kind: "forwarded-notice",
        file: null,
        sha256: null,
        issued_at: null,
        void_reason: "the letters folder cannot be made",
      }),
    ],
  });
}

describe("the office's letters", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    letterFilter.year = null;
    letterFilter.kind = null;
    go({ name: "letters" });
  });

  it("lists every number newest first, in words, with its request, e-mail and a void one marked", async () => {
    seedTwoRequests();
    await setup();
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((r) => r.dataset.number)).toEqual(["003/PDP/CMJKD/XII/2026", "002/PDP/CMJKD/XI/2026", "001/PDP/CMJKD/XI/2026"]);
    expect(rows().map((r) => r.dataset.state)).toEqual(["issued", "void", "issued"]);

    const [access, voided, receipt] = rows();
    expect(access.textContent).toContain("Surat pengantar akses & salinan data");
    expect(within(access).getByTestId("letter-row-lang").textContent).toBe("EN");
    expect(access.textContent).toContain("REQ-2026-0003");
    expect(access.textContent).toContain("Yohanes Pratama");
    expect(within(access).getByTestId("letter-row-sent").textContent).toContain("Dikirim ke yohanes@example.com");
    expect(access.textContent).toContain("2 Des 2026");
    expect(within(receipt).getByTestId("letter-row-sent").textContent).toContain("Belum dikirim");

    expect(within(voided).getByTestId("letter-row-void").textContent).toBe("BATAL");
    expect(within(voided).getByTestId("letter-row-void-reason").textContent).toContain("the letters folder cannot be made");
    expect(within(voided).queryByTestId("letter-row-open")).toBeNull();
    expect(voided.textContent).toContain("Dewi Anggraini");
    expect(screen.getByTestId("letter-register-count").textContent).toContain("3 surat");
  });

  it("filters by year and kind, and says so when nothing matches", async () => {
    seedTwoRequests();
    const user = await setup();
    await waitFor(() => expect(rows()).toHaveLength(3));
    const year = screen.getByTestId("letter-filter-year") as HTMLSelectElement;
    expect([...year.options].map((o) => o.textContent)).toEqual(["Semua tahun", "2026"]);
    await user.selectOptions(year, "2026");
    await user.selectOptions(screen.getByTestId("letter-filter-kind"), "access");
    await waitFor(() => expect(rows().map((r) => r.dataset.number)).toEqual(["003/PDP/CMJKD/XII/2026"]));
    expect(fake.ipc.letterRegister).toHaveBeenLastCalledWith({ year: 2026, kind: "access" });

    await user.selectOptions(screen.getByTestId("letter-filter-kind"), "refusal");
    const none = await screen.findByTestId("letter-register-no-match");
    expect(none.textContent).toContain("Tidak ada surat yang cocok");
    await user.click(screen.getByTestId("letter-register-clear"));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it("opens the request's letters from a row, and the kept PDF from its button", async () => {
    seedTwoRequests();
    const user = await setup();
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(within(rows()[2]).getByTestId("letter-row-open"));
    await waitFor(() => expect(fake.ipc.letterOpen).toHaveBeenCalledWith("001/PDP/CMJKD/XI/2026"));
    expect(nav.view.name).toBe("letters");

    await user.click(rows()[1]);
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0002", section: "letters" });
    expect(window.location.hash).toBe("#/requests/REQ-2026-0002/letters");
  });

  it("lists the letters open requests wait for, each opening its editor on the request", async () => {
    fake.letters.setDue([
      { request_id: "REQ-2026-0001", requester_name: "Ni Made Ayu Lestari", kind: "acknowledgement", since: "2026-11-20T01:00:00Z" },
      { request_id: "REQ-2026-0003", requester_name: "Yohanes Pratama", kind: "extension", since: "2026-11-24T06:00:00Z" },
    ]);
    const user = await setup();
    const due = await screen.findAllByTestId("letter-due");
    expect(due.map((d) => d.dataset.kind)).toEqual(["acknowledgement", "extension"]);
    expect(due[0].textContent).toContain("Tanda terima permintaan");
    expect(due[0].textContent).toContain("Ni Made Ayu Lestari");
    expect(due[0].textContent).toContain("diterima 20 Nov 2026");
    expect(due[1].textContent).toContain("diperpanjang 24 Nov 2026");
    expect(screen.getByTestId("letters-due-count").textContent).toBe("2");

    await user.click(within(due[1]).getByTestId("letter-due-write"));
    expect(nav.view).toEqual({ name: "request", id: "REQ-2026-0003", section: "letters", kind: "extension" });
    expect(window.location.hash).toBe("#/requests/REQ-2026-0003/letters/extension");
  });

  it("says what to do next when there are no letters yet", async () => {
    fake.letters.setDue([
      { request_id: "REQ-2026-0001", requester_name: "Ni Made Ayu Lestari", kind: "acknowledgement", since: "2026-11-20T01:00:00Z" },
    ]);
    await setup();
    const empty = await screen.findByTestId("letter-register-empty");
    expect(empty.textContent).toContain("Belum ada surat yang diterbitkan");
    expect(empty.textContent).toContain("daftar Perlu ditulis di atas");

    fake.letters.setDue([]);
    render(Harness, { props: { component: Letters } });
    await waitFor(() => expect(screen.getAllByTestId("letters-due-none")).toHaveLength(1));
    expect(screen.getByTestId("letters-due-none").textContent).toContain("Tidak ada surat yang tertunda");
    const nothing = screen.getAllByTestId("letter-register-empty")[1];
    await waitFor(() => expect(nothing.textContent).toContain("Begitu ada permintaan baru"));
  });
});
