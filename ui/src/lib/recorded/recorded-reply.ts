// Hand-written: the shape of one recorded reply (the generated files import it).
import type { ErrorReport } from "$lib/bindings/ErrorReport";

/** What the core answered: a value, or the error it refused with. */
export type Recorded<T> = { ok: T } | { error: ErrorReport };
