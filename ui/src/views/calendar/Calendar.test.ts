import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import App from "../../App.svelte";
import Calendar from "./Calendar.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { calendarYear } from "../../test/fake-clocks";
import { pickIcsFile } from "$lib/desktop";
import { setLocale } from "$lib/i18n";
import { go, nav } from "$lib/nav.svelte";
import { cellKind, monthWeeks, skipReason } from "./days";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
vi.mock("$lib/desktop", () => ({
  pickIcsFile: vi.fn(async () => null as string | null),
  listenFileDrop: vi.fn(async () => () => {}),
}));

const day = (date: string) => document.querySelector(`[data-testid="calendar-day"][data-date="${date}"]`);

async function setup(year = 2026) {
  const user = userEvent.setup();
  render(Harness, { props: { component: Calendar } });
  const select = await screen.findByTestId("calendar-year");
  await user.selectOptions(select, String(year));
  await waitFor(() => expect(screen.getByTestId("calendar-view").getAttribute("data-year")).toBe(String(year)));
  await waitFor(() => expect(day(`${year}-01-01`)).toBeTruthy());
  return user;
}

describe("office calendar", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
    vi.mocked(pickIcsFile).mockResolvedValue(null);
  });

  it("shows the year's days by kind, with a legend", async () => {
    await setup();
    expect(screen.getAllByTestId("calendar-day")).toHaveLength(365);
    expect(day("2026-01-01")?.getAttribute("data-kind")).toBe("LN");
    expect(day("2026-03-20")?.getAttribute("data-kind")).toBe("CB");
    expect(day("2026-03-21")?.getAttribute("data-kind")).toBe("LN"); // a Saturday, still Idulfitri
    expect(day("2026-06-17")?.getAttribute("data-kind")).toBe("regional");
    expect(day("2026-12-31")?.getAttribute("data-kind")).toBe("closure");
    expect(day("2026-01-03")?.getAttribute("data-kind")).toBe("weekend");
    expect(day("2026-01-05")?.getAttribute("data-kind")).toBe("workday");
    expect(day("2026-06-17")?.getAttribute("title")).toContain("Hari Raya Galungan (Libur daerah)");
    const legend = screen.getByTestId("calendar-legend").textContent ?? "";
    for (const label of ["Libur nasional", "Cuti bersama", "Libur daerah", "Tutup kantor", "Akhir pekan"]) expect(legend).toContain(label);
    expect(screen.getByTestId("calendar-working-days").textContent).toContain("243 hari kerja");
    expect(screen.queryByTestId("calendar-not-covered")).toBeNull();
    // Only the office's own entries can be removed.
    expect(screen.getAllByTestId("calendar-remove").map((b) => b.getAttribute("data-date"))).toEqual(["2026-06-17", "2026-12-31"]);
  });

  it("greys cuti bersama when the office works on them", async () => {
    fake.ipc.calendarYear.mockImplementation(async (year) => calendarYear(year, fake.data.calendar, { observes_cuti_bersama: false }));
    await setup();
    expect(day("2026-03-20")?.className).toContain("border-dashed");
    expect(screen.getByTestId("calendar-legend").textContent).toContain("Cuti bersama (kantor buka)");
  });

  it("says clearly when a year has no national table", async () => {
    await setup(2028);
    const notice = screen.getByTestId("calendar-not-covered");
    expect(notice.textContent).toContain("Belum ada daftar libur nasional untuk 2028");
    expect(day("2028-01-01")?.getAttribute("data-kind")).toBe("weekend");
    expect(day("2028-01-03")?.getAttribute("data-kind")).toBe("workday");
  });

  it("adds an office day, and refuses a date that already has one", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("calendar-add-submit"));
    expect(screen.getByTestId("error-date").textContent).toBe("Pilih tanggal.");
    expect(screen.getByTestId("error-entry_name").textContent).toBe("Nama wajib diisi.");

    await user.type(screen.getByTestId("calendar-add-date"), "2026-11-27");
    await user.type(screen.getByTestId("calendar-add-name"), "Rapat kerja tahunan");
    await user.selectOptions(screen.getByTestId("calendar-add-kind"), "closure");
    await user.click(screen.getByTestId("calendar-add-submit"));
    await waitFor(() =>
      expect(fake.ipc.calendarAdd).toHaveBeenCalledWith({ date: "2026-11-27", name: "Rapat kerja tahunan", kind: "closure" }),
    );
    await waitFor(() => expect(day("2026-11-27")?.getAttribute("data-kind")).toBe("closure"));
    expect((screen.getByTestId("calendar-add-name") as HTMLInputElement).value).toBe("");

    await user.type(screen.getByTestId("calendar-add-date"), "2026-06-17");
    await user.type(screen.getByTestId("calendar-add-name"), "Galungan lagi");
    await user.selectOptions(screen.getByTestId("calendar-add-kind"), "regional");
    await user.click(screen.getByTestId("calendar-add-submit"));
    await waitFor(() => expect(screen.getByTestId("error-date").textContent).toContain("sudah punya entri kantor"));
  });

  it("removes an office day after confirmation", async () => {
    const user = await setup();
    const remove = screen.getAllByTestId("calendar-remove")[0];
    expect(remove.getAttribute("aria-label")).toBe("Hapus Hari Raya Galungan (17 Jun 2026)");
    await user.click(remove);
    const dialog = screen.getByTestId("confirm-dialog");
    expect(dialog.textContent).toContain("Hari Raya Galungan pada Rabu, 17 Juni 2026 dihapus");
    await user.click(within(dialog).getByTestId("confirm-ok"));
    await waitFor(() => expect(fake.ipc.calendarRemove).toHaveBeenCalledWith("2026-06-17"));
    await waitFor(() => expect(day("2026-06-17")?.getAttribute("data-kind")).toBe("workday"));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
  });

  it("imports an .ics file and tells what was added and skipped", async () => {
    vi.mocked(pickIcsFile).mockResolvedValueOnce("/home/staf/libur-2027.ics");
    fake.ipc.calendarImport.mockResolvedValueOnce({
      file: "libur-2027.ics",
      added: [{ date: "2027-08-11", kind: "closure", name: "Hari Raya Galungan" }],
      skipped: [
        { summary: "Rapat bulanan", reason: "a repeating event: add its days one by one" },
        { summary: "Galungan", reason: "2027-01-13 is already in the office calendar" },
        { summary: "Aneh", reason: "something new" },
      ],
    });
    const user = await setup();
    await user.click(screen.getByTestId("calendar-import"));
    await waitFor(() => expect(fake.ipc.calendarImport).toHaveBeenCalledWith("/home/staf/libur-2027.ics"));
    const result = await screen.findByTestId("calendar-import-result");
    expect(result.textContent).toContain("1 hari tutup kantor ditambahkan dari libur-2027.ics");
    expect(result.textContent).toContain("11 Agu 2027 Hari Raya Galungan");
    const skipped = within(screen.getByTestId("calendar-import-skipped")).getAllByRole("listitem");
    expect(skipped.map((s) => s.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "Rapat bulanan — acara berulang: tambahkan harinya satu per satu",
      "Galungan — 2027-01-13 sudah ada di kalender kantor",
      "Aneh — something new",
    ]);
  });

  it("does nothing when the file dialog is cancelled", async () => {
    const user = await setup();
    await user.click(screen.getByTestId("calendar-import"));
    await waitFor(() => expect(pickIcsFile).toHaveBeenCalled());
    expect(fake.ipc.calendarImport).not.toHaveBeenCalled();
    expect(screen.queryByTestId("calendar-import-result")).toBeNull();
  });
});

describe("calendar in the shell", () => {
  it("has its own entry in the sidebar and its own address", async () => {
    resetFake();
    setLocale("id");
    go({ name: "dashboard" });
    const user = userEvent.setup();
    render(App);
    expect((await screen.findByTestId("nav-calendar")).textContent).toContain("Kalender");
    await user.click(screen.getByTestId("nav-calendar"));
    expect(nav.view).toEqual({ name: "calendar" });
    expect(window.location.hash).toBe("#/calendar");
    await screen.findByTestId("calendar-view");
    expect(screen.getByTestId("nav-calendar").getAttribute("aria-current")).toBe("page");
  });
});

describe("calendar days", () => {
  it("lays months out Monday first", () => {
    const weeks = monthWeeks(2026, 1); // February 2026 starts on a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-02-01"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
  });

  it("shows a national holiday before the office's entry on the same day", () => {
    const d = (kind: "LN" | "CB" | "closure") => ({ date: "2026-03-20", kind, name: "x", closes_office: true });
    expect(cellKind("2026-03-20", [d("CB"), d("closure")])).toBe("closure");
    expect(cellKind("2026-03-20", [d("LN"), d("closure")])).toBe("LN");
    expect(cellKind("2026-03-21", undefined)).toBe("weekend");
  });

  it("translates the core's reasons for skipping events", () => {
    setLocale("en");
    expect(skipReason("not an all-day event (it ends at a time of day)")).toBe("not an all-day event (it has a time of day)");
    expect(skipReason("cancelled")).toBe("cancelled event");
    setLocale("id");
  });
});
