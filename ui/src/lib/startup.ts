// The start-up benchmark's mark (scripts/bench-start): the first time the opening view has painted
// with the office's requests, the core is told once. Outside the benchmark the command does
// nothing, and a failure (the browser preview has no such reply) is of no concern to staff.
import { ipc } from "./ipc";

let reported = false;

/** Call when the opening view shows its data: reports after the next paint, once per start. */
export function reportFirstPaint(): void {
  if (reported) return;
  reported = true;
  // Two frames: the first runs before the paint of this render, the second after it.
  requestAnimationFrame(() => requestAnimationFrame(() => void ipc.firstPaint().catch(() => undefined)));
}
