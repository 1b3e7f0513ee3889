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

async function setup(withSearch = true) {
  if (withSearch) fake.data.searches[ID] = sampleSearch(ID);
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id: ID } } });
  await screen.findByTestId("search-section");
  if (withSearch) await screen.findAllByTestId("search-hit");
  return user;
}

const hits = () => screen.getAllByTestId("search-hit");
const check = (hit: HTMLElement) => within(hit).getByTestId("search-hit-check") as HTMLInputElement;
const byClass = (c: string) => hits().filter((h) => h.dataset.class === c);

describe("subject search", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("runs the search when the guide's \"Cari data\" is pressed", async () => {
    fake.data.guides[ID] = { steps: [], next: { action: "search" }, unverified: false, last_letter: null };
    const user = await setup(false);
    expect(fake.ipc.requestSearch).not.toHaveBeenCalled();
    const next = await screen.findByTestId("next-action");
    expect(next.dataset.action).toBe("search");
    await user.click(next);
    await waitFor(() => expect(fake.ipc.requestSearch, "one press runs the search with the request's identifiers").toHaveBeenCalledTimes(1));
  });

  it("pre-ticks strong hits only; possible hits are unticked", async () => {
    await setup();
    expect(hits()).toHaveLength(12);
    expect(byClass("strong")).toHaveLength(7);
    expect(byClass("possible")).toHaveLength(5);
    for (const h of byClass("strong")) expect(check(h).checked).toBe(true);
    for (const h of byClass("possible")) {
      expect(check(h).checked).toBe(false);
      expect(h.getAttribute("aria-selected")).toBe("false");
      expect(within(h).getByTestId("search-hit-class").textContent).toBe("mungkin");
    }
    expect(screen.getAllByTestId("search-file").map((f) => f.dataset.file)).toHaveLength(5);
  });

  it("words each hit's reasons and the identifiers searched from the core's codes", async () => {
    await setup();
    const why = hits().map((h) => within(h).getByTestId("search-hit-why").textContent ?? "");
    expect(why.some((w) => w.includes("cocok dengan")), "an e-mail match in Indonesian").toBe(true);
    expect(why.some((w) => w.includes("tetapi catatan ini menyebut nama orang lain")), "the doubt, naming no one").toBe(true);
    expect(why.join(" "), "no English from the core reaches the window").not.toMatch(/matches|subject's name|not proof/);
    const searched = screen.getByTestId("search-summary-identifiers").textContent ?? "";
    expect(searched, "a phone is shown with +62 before its national number").toMatch(/Telepon\s*\+62 \d+/i);
  });

  it("lists every file searched in the summary, the zero-hit ones too", async () => {
    await setup();
    const summary = screen.getByTestId("search-summary");
    expect(summary.textContent).toContain("9 sumber diperiksa");
    expect(summary.textContent).toContain("7 kuat");
    expect(summary.textContent).toContain("5 mungkin");
    expect(summary.textContent).toContain("Tanpa temuan (3)");
    expect(within(summary).getAllByTestId("search-nohit").map((f) => f.dataset.file)).toEqual([
      "google_forms.csv",
      "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
      "kontak_lama_cp1252.csv",
    ]);
    expect(within(summary).getByTestId("search-error-file").dataset.file).toBe("arsip/rekap_2019_rusak.xlsx");
    expect(summary.textContent).toContain("oleh Sari");
  });

  it("confirms exactly the ticked hits", async () => {
    const user = await setup();
    const strong = byClass("strong");
    await user.click(check(strong[0])); // untick one strong hit
    const possible = byClass("possible")[0];
    await user.click(check(possible)); // tick one possible hit
    expect(screen.getByTestId("search-possible-ticked")).toBeTruthy();
    const expected = [...strong.slice(1), possible].map((h) => Number(h.dataset.hitId)).sort();
    await user.click(screen.getByTestId("search-confirm"));
    await waitFor(() => expect(fake.ipc.hitsDecide).toHaveBeenCalledTimes(1));
    const [ids, decision, reason] = fake.ipc.hitsDecide.mock.calls[0];
    expect([...ids].sort()).toEqual(expected);
    expect(decision).toBe("confirmed");
    expect(reason).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId("search-hit").filter((h) => h.dataset.decision === "confirmed")).toHaveLength(7));
    expect(screen.getByTestId("search-selected").textContent).toContain("0 dipilih");
  });

  it("once the strong hits are decided, rejects the namesakes left in one click, with the reason the button names", async () => {
    const user = await setup();
    expect(screen.queryByTestId("search-reject-rest"), "not while strong hits wait").toBeNull();
    await user.click(screen.getByTestId("search-confirm"));
    await waitFor(() => expect(byClass("strong").every((h) => h.dataset.decision === "confirmed")).toBe(true));
    const rest = await screen.findByTestId("search-reject-rest");
    expect(rest.textContent).toContain("Tolak yang mungkin (5)");
    expect(rest.title, "the button names the reason it records").toContain("hanya namanya yang mirip");
    const reads = fake.ipc.requestGet.mock.calls.length;
    await user.click(rest);
    await waitFor(() => expect(fake.ipc.hitsDecide).toHaveBeenCalledTimes(2));
    const [ids, decision, reason] = fake.ipc.hitsDecide.mock.calls[1];
    expect([...ids].sort(), "exactly the undecided possible hits").toEqual(byClass("possible").map((h) => Number(h.dataset.hitId)).sort());
    expect(decision).toBe("rejected");
    expect(reason, "one click records the reason the button names").toContain("hanya namanya yang mirip");
    await waitFor(() => expect(screen.queryByTestId("search-reject-rest")).toBeNull());
    await waitFor(() => expect(fake.ipc.requestGet.mock.calls.length, "the request (and its guide) is read again").toBeGreaterThan(reads));
  });

  it("asks for a reason before rejecting", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("search-reject"));
    await user.click(screen.getByTestId("search-reject-submit"));
    expect(screen.getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.hitsDecide).not.toHaveBeenCalled();
    await user.type(screen.getByTestId("search-reject-reason"), "Orang lain bernama sama.");
    await user.click(screen.getByTestId("search-reject-submit"));
    await waitFor(() => expect(fake.ipc.hitsDecide).toHaveBeenCalledTimes(1));
    expect(fake.ipc.hitsDecide.mock.calls[0][1]).toBe("rejected");
    expect(fake.ipc.hitsDecide.mock.calls[0][2]).toBe("Orang lain bernama sama.");
    await waitFor(() => expect(byClass("strong").every((h) => h.dataset.decision === "rejected")).toBe(true));
    expect(byClass("strong")[0].textContent).toContain("Ditolak oleh Sari");
    expect(byClass("strong")[0].textContent).toContain("Alasan: Orang lain bernama sama.");
  });

  it("moves with j/k, ticks with space and opens with enter", async () => {
    const user = await setup();
    const first = hits()[0];
    first.focus();
    await user.keyboard("j");
    expect(document.activeElement).toBe(hits()[1]);
    await user.keyboard("j");
    await user.keyboard("k");
    expect(document.activeElement).toBe(hits()[1]);
    const h = hits()[1];
    const before = check(h).checked;
    await user.keyboard(" ");
    expect(check(h).checked).toBe(!before);
    expect(within(h).queryByTestId("search-hit-detail")).toBeNull();
    await user.keyboard("{Enter}");
    expect(within(h).getByTestId("search-hit-detail")).toBeTruthy();
    await user.keyboard("{Enter}");
    expect(within(h).queryByTestId("search-hit-detail")).toBeNull();
  });

  it("runs a search with the added identifiers and shows the result", async () => {
    const user = await setup(false);
    expect(screen.getByTestId("search-empty")).toBeTruthy();
    await user.type(screen.getByTestId("search-extra-email"), "yp@kantor.example, bukan-email");
    await user.click(screen.getByTestId("search-run"));
    expect(screen.getByTestId("error-extra_email").textContent).toContain("bukan-email");
    expect(fake.ipc.requestSearch).not.toHaveBeenCalled();
    await user.clear(screen.getByTestId("search-extra-email"));
    await user.type(screen.getByTestId("search-extra-email"), "yp@kantor.example");
    await user.type(screen.getByTestId("search-extra-phone"), "0812 3456 7801");
    await user.click(screen.getByTestId("search-run"));
    await waitFor(() =>
      expect(fake.ipc.requestSearch).toHaveBeenCalledWith(ID, { name: null, emails: ["yp@kantor.example"], phones: ["0812 3456 7801"], niks: [] }),
    );
    await screen.findByTestId("search-summary");
    expect(hits()).toHaveLength(12);
  });

  it("shows the running state and cancels as info, not an error", async () => {
    let reject: (e: unknown) => void = () => {};
    fake.ipc.requestSearch.mockImplementationOnce(() => new Promise((_, r) => (reject = r)));
    fake.ipc.sourceCancel.mockImplementationOnce(async () => {
      reject(new IpcError({ code: "cancelled", message: "cancelled", field: null, reason: null }));
      return null;
    });
    const user = await setup(false);
    await user.click(screen.getByTestId("search-run"));
    expect(await screen.findByTestId("search-running")).toBeTruthy();
    await user.click(screen.getByTestId("search-cancel"));
    expect(fake.ipc.sourceCancel).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId("search-running")).toBeNull());
    expect(screen.getByTestId("search-empty")).toBeTruthy();
  });
});
