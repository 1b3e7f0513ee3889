// Field errors of forms: client-side checks and the server's `{field, reason}` translated.
import { hasKey, t } from "$lib/i18n";
import type { IpcError } from "./errors";

export type FieldErrors = Record<string, string>;

/**
 * The translated text for a server field error: `fielderr.<field>.<reason>`, falling back to the
 * server's message. `alias` maps a server field to the key's name when a form needs its own text
 * (the office form's `name` is the office name).
 */
export function fieldErrorText(e: IpcError, alias: Record<string, string> = {}): string {
  const field = e.field ? (alias[e.field] ?? e.field) : "";
  const key = `fielderr.${field}.${e.reason ?? ""}`;
  return hasKey(key) ? t(key) : e.message;
}

/** Marks the field of an input error in `errors`; false when the error is not about a field of `fields`. */
export function applyFieldError(
  errors: FieldErrors,
  e: IpcError,
  fields: readonly string[],
  alias: Record<string, string> = {},
): boolean {
  if (!e.field || !fields.includes(e.field)) return false;
  errors[e.field] = fieldErrorText(e, alias);
  return true;
}
