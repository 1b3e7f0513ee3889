import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import RequestDetail from "./RequestDetail.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { clocks, statutoryClocks } from "../../test/fake-clocks";
import type { Clocks } from "$lib/bindings/Clocks";
import { IpcError } from "$lib/errors";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

function withClocks(id: string, c: Clocks | null) {
  const r = fake.data.requests.find((x) => x.id === id);
  if (r) r.clocks = c;
}

async function setup(id = "REQ-2026-0003") {
  const user = userEvent.setup();
  render(Harness, { props: { component: RequestDetail, props: { id } } });
  await waitFor(() => expect(screen.getByTestId("detail-id").textContent).toBe(id));
  return user;
}

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, " ").trim();

describe("request detail: the clocks", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("heads with the day to answer by, then the statutory clock first, in hours with its article", async () => {
    await setup();
    expect(text("answer-by")).toBe("Jawab paling lambat Jumat, 27 Nov 2026 14.05 WITA (sisa 47 jam)");
    const [first, second] = screen.getAllByTestId(/^clock-(statutory|policy)$/);
    expect(first.getAttribute("data-testid")).toBe("clock-statutory");
    expect(second.getAttribute("data-testid")).toBe("clock-policy");
    expect(text("clock-statutory")).toContain("sisa 47 jam");
    expect(text("clock-statutory")).toContain("Tenggat: 27 Nov 2026 14.05 WITA");
    expect(text("clock-statutory")).toContain("Pasal 40 — Tarik persetujuan");
    expect(text("clock-statutory")).toContain("lebih dulu");
    expect(text("clock-policy")).toContain("Kebijakan kantor · 14 hari kerja");
    expect(text("clock-policy")).toContain("sisa 12 hari kerja");
    expect(text("clock-policy")).toContain("Senin, 14 Desember 2026");
    expect(screen.queryByTestId("paused-badge")).toBeNull();
    expect(screen.getByTestId("clock-pause")).toBeTruthy();
    expect(screen.queryByTestId("clock-resume")).toBeNull();
  });

  it("shows only the policy window, first, when no right carries the 3 × 24 hours; calendar warnings quietly", async () => {
    withClocks(
      "REQ-2026-0003",
      clocks({
        extended: true,
        warnings: [
          { code: "year_not_covered", year: 2028, message: "no national holidays are known for 2028" },
          { code: "provisional_holidays", year: 2027, message: "not yet confirmed" },
        ],
      }),
    );
    await setup();
    expect(screen.queryByTestId("clock-statutory")).toBeNull();
    expect(text("answer-by")).toBe("Jawab paling lambat Senin, 14 Des 2026 (sisa 12 hari kerja)");
    expect(text("clock-no-statutory")).toContain("tidak punya tenggat 3×24 jam");
    expect(text("clock-extended")).toBe("diperpanjang");
    const notes = within(screen.getByTestId("clock-notices")).getAllByRole("listitem");
    expect(notes.map((n) => n.getAttribute("data-code"))).toEqual(["year_not_covered", "provisional_holidays"]);
    expect(notes[0].textContent).toContain("Hari libur nasional 2028 belum dikenal");
    expect(notes[1].textContent).toContain("Daftar libur 2027 belum dicocokkan");
  });

  it("marks a paused request and says the law's clock does not stop", async () => {
    withClocks("REQ-2026-0003", statutoryClocks({ paused: true, paused_since: "2026-11-24T16:00:00+08:00" }));
    await setup();
    expect(text("paused-badge")).toBe("Dijeda");
    // The law's clock does not pause: the headline still counts its hours.
    expect(text("answer-by")).toBe("Jawab paling lambat Jumat, 27 Nov 2026 14.05 WITA (sisa 47 jam)");
    expect(text("paused-note")).toContain("Dijeda sejak 24 Nov 2026 16.00 WITA.");
    expect(text("paused-law")).toBe("Tenggat 3×24 jam UU PDP tidak ikut berhenti: undang-undang tidak mengenal jeda.");
    expect(screen.getByTestId("clock-policy").getAttribute("data-tone")).toBe("paused");
    // The law's clock keeps its own colour.
    expect(screen.getByTestId("clock-statutory").getAttribute("data-tone")).toBe("ok");
    expect(screen.queryByTestId("clock-pause")).toBeNull();
  });

  it("has no clocks once the request has ended", async () => {
    await setup("REQ-2026-0001");
    expect(screen.queryByTestId("clocks")).toBeNull();
    expect(screen.queryByTestId("clock-extend")).toBeNull();
  });

  it("pauses and resumes with a reason", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("clock-pause"));
    expect(screen.getByTestId("clock-dialog").textContent).toContain("tidak ikut berhenti");
    await user.click(screen.getByTestId("clock-submit"));
    expect(screen.getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.requestPause).not.toHaveBeenCalled();

    await user.type(screen.getByTestId("clock-reason"), "Menunggu KTP pemohon.");
    await user.click(screen.getByTestId("clock-submit"));
    await waitFor(() => expect(fake.ipc.requestPause).toHaveBeenCalledWith("REQ-2026-0003", "Menunggu KTP pemohon."));
    await waitFor(() => expect(screen.queryByTestId("clock-dialog")).toBeNull());
    await waitFor(() => expect(screen.getByTestId("paused-badge")).toBeTruthy());

    await user.click(screen.getByTestId("clock-resume"));
    await user.type(screen.getByTestId("clock-reason"), "KTP diterima.");
    await user.click(screen.getByTestId("clock-submit"));
    await waitFor(() => expect(fake.ipc.requestResume).toHaveBeenCalledWith("REQ-2026-0003", "KTP diterima."));
    await waitFor(() => expect(screen.queryByTestId("paused-badge")).toBeNull());
  });

  it("shows the core's refusal in the dialog", async () => {
    fake.ipc.requestPause.mockRejectedValueOnce(
      new IpcError({ code: "clock_refused", message: "cannot change the clock of request REQ-2026-0003: the request is already paused", field: null, reason: null }),
    );
    const user = await setup();
    await user.click(screen.getByTestId("clock-pause"));
    await user.type(screen.getByTestId("clock-reason"), "Menunggu KTP.");
    await user.click(screen.getByTestId("clock-submit"));
    const error = await screen.findByTestId("clock-error");
    expect(error.textContent).toContain("Jangka waktu tidak dapat diubah");
    expect(error.textContent).toContain("the request is already paused");
    expect(screen.getByTestId("clock-dialog")).toBeTruthy();
  });

  it("extends to a later date with a reason, and shows the core's date error", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("clock-extend"));
    const until = screen.getByTestId("clock-until") as HTMLInputElement;
    expect(until.min).toBe("2026-12-15");
    await user.click(screen.getByTestId("clock-submit"));
    expect(screen.getByTestId("error-until").textContent).toBe("Pilih tanggal tenggat baru.");
    expect(screen.getByTestId("error-reason")).toBeTruthy();

    await user.type(until, "2026-12-10");
    await user.type(screen.getByTestId("clock-reason"), "Data arsip di gudang.");
    await user.click(screen.getByTestId("clock-submit"));
    expect(screen.getByTestId("error-until").textContent).toBe("Tenggat baru harus setelah 14 Des 2026.");
    expect(fake.ipc.requestExtend).not.toHaveBeenCalled();

    fake.ipc.requestExtend.mockRejectedValueOnce(
      new IpcError({ code: "invalid_input", message: "until: 2026-12-25 is not a working day", field: "until", reason: "not_working_day" }),
    );
    await user.clear(until);
    await user.type(until, "2026-12-25");
    await user.click(screen.getByTestId("clock-submit"));
    await waitFor(() => expect(screen.getByTestId("error-until").textContent).toContain("bukan hari kerja kantor"));
    expect(fake.ipc.requestExtend).toHaveBeenLastCalledWith("REQ-2026-0003", "2026-12-25", "Data arsip di gudang.");

    await user.clear(until);
    await user.type(until, "2026-12-28");
    await user.click(screen.getByTestId("clock-submit"));
    await waitFor(() => expect(fake.ipc.requestExtend).toHaveBeenLastCalledWith("REQ-2026-0003", "2026-12-28", "Data arsip di gudang."));
    await waitFor(() => expect(screen.queryByTestId("clock-dialog")).toBeNull());
    await waitFor(() => expect(text("clock-policy")).toContain("Senin, 28 Desember 2026"));
    expect(text("clock-extended")).toBe("diperpanjang");
  });
});
