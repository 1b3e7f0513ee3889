import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Harness from "../../test/Harness.svelte";
import Dashboard from "./Dashboard.svelte";
import { fake, resetFake } from "../../test/fake-ipc";
import { setLocale } from "$lib/i18n";

vi.mock("$lib/ipc", async () => (await import("../../test/fake-ipc")).ipcModule);

describe("the start-up benchmark's mark", () => {
  beforeEach(() => {
    resetFake();
    setLocale("id");
  });

  it("is sent once, after the board has painted with the requests, and not again on a later visit", async () => {
    render(Harness, { props: { component: Dashboard } });
    await screen.findByTestId("dash-open-total");
    await waitFor(() => expect(fake.ipc.firstPaint, "the board with its data marks the first paint").toHaveBeenCalledTimes(1));
    expect(fake.ipc.requestList).toHaveBeenCalled();
    const [origin, marks] = fake.ipc.firstPaint.mock.calls[0] as unknown as [number, Record<string, number>];
    expect(origin, "the page's navigation start, as epoch milliseconds").toBeGreaterThan(1.6e12);
    expect(Object.keys(marks), "the steps of the start, in the order they were passed").toEqual(["script", "data", "paint"]);
    expect(marks.paint, "the paint comes after the data it shows").toBeGreaterThanOrEqual(marks.data);
    cleanup();
    render(Harness, { props: { component: Dashboard } });
    await screen.findByTestId("dash-open-total");
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.ipc.firstPaint, "once per start: coming back to the board is not a start").toHaveBeenCalledTimes(1);
  });
});
