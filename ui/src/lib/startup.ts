// The start-up benchmark's marks (scripts/bench-start): the first time the opening view has
// painted with the office's requests, the core is told once, with the moments the start passed
// on its way (milliseconds since the page's navigation began, `performance.timeOrigin`). Outside
// the benchmark the command does nothing, and a failure (the browser preview has no such reply)
// is of no concern to staff.
import { ipc } from "./ipc";

/** The start's steps: `script` is taken when this module is evaluated (main.ts imports it first). */
const marks: Record<string, number> = { script: performance.now() };
let reported = false;

/** Notes the first time the start reaches `step` (later calls for the same step are ignored). */
export function markStartup(step: string): void {
  if (!(step in marks)) marks[step] = performance.now();
}

/** Call when the opening view shows its data: reports after the next paint, once per start. */
export function reportFirstPaint(): void {
  if (reported) return;
  reported = true;
  markStartup("data");
  // Two frames: the first runs before the paint of this render, the second after it.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      markStartup("paint");
      void ipc.firstPaint(performance.timeOrigin, { ...marks }).catch(() => undefined);
    }),
  );
}
