import { describe, expect, it } from "vitest";
import { press, presses, take } from "./guide-intent.svelte";

describe("the next action pressed", () => {
  it("is taken once, by the section of the same request that carries it out", () => {
    const before = presses();
    press("REQ-2026-0001", "search");
    expect(presses(), "each press counts, so a section's effect runs again").toBe(before + 1);
    expect(take("REQ-2026-0002", ["search"]), "another request's section leaves it").toBeNull();
    expect(take("REQ-2026-0001", ["make-access-pack", "make-bundle"]), "another section leaves it").toBeNull();
    expect(take("REQ-2026-0001", ["search"])).toBe("search");
    expect(take("REQ-2026-0001", ["search"]), "a press starts the search once, not on every later render").toBeNull();
  });
});
