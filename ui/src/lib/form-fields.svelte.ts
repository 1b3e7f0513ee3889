// One form's field messages, as its fields read them: the client-side checks' and the core's
// (`ErrorReport.field`), the ids that tie a message to its input (scoped by the form's uid, since
// several forms can share a screen), and the summary line under the form.
import { toIpcError } from "./errors";
import { applyFieldError, type FieldErrors } from "./field-errors";
import { reportError } from "./notify.svelte";

export class FormFields {
  errors = $state<FieldErrors>({});
  /** Whether the "correct the marked fields" line shows. */
  summary = $state(false);

  constructor(readonly uid: string) {}

  /** The id of a field's message. */
  errId = (field: string): string => `${this.uid}-error-${field}`;

  /** `aria-describedby` for an input whose only description is its message. */
  described = (field: string): string | undefined => (this.errors[field] ? this.errId(field) : undefined);

  /** Drops the messages of fields the user has just changed. */
  clear = (...fields: string[]): void => {
    for (const field of fields) delete this.errors[field];
    if (Object.keys(this.errors).length === 0) this.summary = false;
  };

  /** Shows the client-side checks' messages; true when there are none and the form may be sent. */
  check(errors: FieldErrors): boolean {
    this.errors = errors;
    this.summary = Object.keys(errors).length > 0;
    return !this.summary;
  }

  /**
   * After a failed save: puts an input error about one of `fields` under that field and returns
   * true; reports any other error and returns false.
   */
  failed(err: unknown, fields: readonly string[], alias?: Record<string, string>): boolean {
    const e = toIpcError(err);
    if (applyFieldError(this.errors, e, fields, alias)) {
      this.summary = true;
      return true;
    }
    reportError(e);
    return false;
  }
}
