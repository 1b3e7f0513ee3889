// Ids and ARIA wiring of one intake card's fields: ids carry the card's uid, since several forms
// share the screen; test ids stay `error-<field>` as in the new-request form.
import type { FieldErrors } from "$lib/field-errors";

export type FieldHelpers = ReturnType<typeof fieldHelpers>;

export function fieldHelpers(uid: string, errors: () => FieldErrors) {
  const errId = (f: string) => `${uid}-error-${f}`;
  return {
    errId,
    invalid: (f: string) => (errors()[f] ? true : undefined),
    described: (f: string, hint?: string) =>
      [errors()[f] ? errId(f) : null, hint ?? null].filter(Boolean).join(" ") || undefined,
  };
}
