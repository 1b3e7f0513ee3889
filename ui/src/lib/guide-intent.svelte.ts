// The next action staff just pressed, for the section that carries it out to start it at once:
// the code is e-mailed, the answer's field opens for a code sent, the search runs with the
// request's identifiers, the package's form opens. Taken once.
import type { NextAction } from "$lib/bindings/NextAction";

type Action = NextAction["action"];

const pressed = $state<{ id: string | null; action: Action | null; n: number }>({ id: null, action: null, n: 0 });

/** Staff pressed `action` on request `id`. */
export function press(id: string, action: Action): void {
  pressed.id = id;
  pressed.action = action;
  pressed.n += 1;
}

/** How many presses so far: read it in an effect to run again on the next one. */
export function presses(): number {
  return pressed.n;
}

/** The pressed action on `id` if it is one of `actions`, taken so it starts only once. */
export function take(id: string, actions: readonly Action[]): Action | null {
  const action = pressed.action;
  if (pressed.id !== id || action === null || !actions.includes(action)) return null;
  pressed.action = null;
  return action;
}
