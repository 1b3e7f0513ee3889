import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Intake from "./Intake.svelte";
import Dashboard from "../dashboard/Dashboard.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { at, mail, queued } from "../../test/intake-fixtures";
import { setLocale } from "$lib/i18n";
import { importMail, resetIntake } from "$lib/intake.svelte";
import { go, nav } from "$lib/nav.svelte";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);
vi.mock("$lib/desktop", () => ({
  pickMailFiles: vi.fn(async () => [] as string[]),
  listenFileDrop: vi.fn(async () => () => {}),
}));

const BODY = "Saya mau tanya soal data saya di aplikasi kalian.";
const SUBJECT = "Data saya";

function unsure(id: number) {
  return queued(id, {
    subject: SUBJECT,
    from: ["Dewi Anggraini", "dewi@example.com"],
    body: BODY,
    reasons: [{ code: "mentions-data", right: null, words: at(`${SUBJECT}\n\n${BODY}`, "data saya") }],
  });
}

describe("the needs-a-look queue", () => {
  beforeEach(() => {
    resetFake();
    resetIntake();
    setLocale("id");
    go({ name: "intake" });
  });

  it("shows a waiting message with its deadline and why, and records it as a request with the right staff chose", async () => {
    const user = userEvent.setup();
    fake.queue.seed([unsure(7)]);
    render(Harness, { props: { component: Intake } });
    const item = await screen.findByTestId("queue-item");
    const c = within(item);
    expect(item.dataset.queueId).toBe("7");
    expect(c.getByTestId("queue-subject").textContent).toBe("Data saya");
    expect(c.getByTestId("queue-due").textContent).toContain("sisa 13 hari kerja, sampai Senin 14 Des");
    const reason = c.getByTestId("queue-reason");
    expect(reason.dataset.code).toBe("mentions-data");
    expect(reason.textContent).toContain("Menyebut data pribadinya");
    expect(reason.textContent).toContain("data saya");
    expect(screen.getByTestId("queue-count").textContent).toContain("1 menunggu");

    await user.click(c.getByTestId("queue-open"));
    await user.click(c.getByTestId("queue-register"));
    expect(c.getByTestId("error-rights").textContent).toBe("Pilih minimal satu hak.");
    expect(fake.ipc.intakeQueueRequest).not.toHaveBeenCalled();

    await user.click(c.getByTestId("intake-right-access"));
    await user.click(c.getByTestId("queue-register"));
    await waitFor(() => expect(fake.ipc.intakeQueueRequest).toHaveBeenCalledTimes(1));
    const [id, form] = vi.mocked(fake.ipc.intakeQueueRequest).mock.calls[0];
    expect(id).toBe(7);
    expect(form.rights).toEqual(["access"]);
    expect(form.emails).toEqual(["dewi@example.com"]);
    await waitFor(() => expect(screen.getByTestId("queue-empty")).toBeTruthy());
    await user.click(screen.getByTestId("queue-decided-toggle"));
    expect(screen.getByTestId("queue-decision").textContent).toContain("REQ-2026-0009");

    // The card is gone from the waiting list; the way on to the new request stays.
    const open = within(screen.getByTestId("queue-ending")).getByRole("button");
    expect(open.textContent?.trim(), "the queue's ending offers the recorded request by its number").toBe("Buka REQ-2026-0009");
    await user.click(open);
    expect(nav.view, "«Buka REQ-…» opens the request just recorded").toEqual({ name: "request", id: "REQ-2026-0009" });
  });

  it("asks why a message is not a request and keeps the reason", async () => {
    const user = userEvent.setup();
    fake.queue.seed([unsure(3)]);
    render(Harness, { props: { component: Intake } });
    const c = within(await screen.findByTestId("queue-item"));
    await user.click(c.getByTestId("queue-open"));
    await user.click(c.getByTestId("queue-not-request"));
    await user.click(c.getByTestId("queue-dismiss-save"));
    expect(c.getByTestId("error-reason").textContent).toBe("Alasan wajib diisi.");
    expect(fake.ipc.intakeQueueDismiss).not.toHaveBeenCalled();

    await user.type(c.getByTestId("queue-dismiss-reason"), "Pertanyaan umum, sudah dijawab lewat telepon.");
    await user.click(c.getByTestId("queue-dismiss-save"));
    await waitFor(() => expect(fake.ipc.intakeQueueDismiss).toHaveBeenCalledWith(3, "Pertanyaan umum, sudah dijawab lewat telepon."));
    await waitFor(() => expect(screen.getByTestId("queue-empty")).toBeTruthy());
    await user.click(screen.getByTestId("queue-decided-toggle"));
    expect(screen.getByTestId("queue-decision").textContent).toContain("Pertanyaan umum, sudah dijawab lewat telepon.");
  });

  it("queues a message that needs a look as soon as an import reads it", async () => {
    fake.data.mail["/mail/ragu.eml"] = [mail({ file: "/mail/ragu.eml", status: { kind: "needs-look" }, subject: SUBJECT, body: BODY })];
    vi.mocked(fake.ipc.intakeQueueAdd).mockImplementation(async () => {
      fake.queue.seed([unsure(12)]);
      const { proposal: _p, clocks: _c, ...entry } = unsure(12);
      return entry;
    });
    render(Harness, { props: { component: Intake } });
    await importMail(["/mail/ragu.eml"]);
    const card = await screen.findByTestId("intake-item");
    expect(card.dataset.status).toBe("queued");
    expect(within(card).getByTestId("intake-status").textContent?.trim()).toBe("Masuk antrean #12");
    expect(within(card).getByTestId("intake-queued").textContent).toContain("Perlu dilihat (#12)");
    expect(await screen.findByTestId("queue-item")).toBeTruthy();
  });

  it("counts the waiting messages on the board and opens the intake screen", async () => {
    const user = userEvent.setup();
    fake.queue.seed([unsure(1), unsure(2)]);
    go({ name: "dashboard" });
    render(Harness, { props: { component: Dashboard } });
    const card = screen.getByTestId("board-needs-look");
    await waitFor(() => expect(card.dataset.count).toBe("2"));
    await user.click(card);
    expect(nav.view).toEqual({ name: "intake" });
  });
});
