// What a letter's refusal means for the editor: a mistake in the text (under the text box, with
// the placeholder it names), a setting the office has not made (a link to Settings), the
// verification gate (what is missing comes from the request's verification status), no ground
// chosen for a refusal, a letter that no longer fits the request (worded from the core's reason
// code: e.g. the requester was verified meanwhile), or anything else (a toast with the detail).
import type { IpcError } from "$lib/errors";
import { hasKey, t } from "$lib/i18n";

export type LetterProblem =
  | { kind: "text"; message: string; detail: string }
  | { kind: "settings"; missing: "signatory" | "city" }
  | { kind: "gate" }
  | { kind: "grounds" }
  | { kind: "notNow"; message: string }
  | { kind: "other"; error: IpcError };

/** The placeholder an error about the text names, written as the core writes it: `{name}`. */
function placeholder(message: string): string {
  return message.match(/\{[a-z_]+\}/)?.[0] ?? "";
}

export function letterProblem(e: IpcError): LetterProblem {
  if (e.code === "verification_refused") return { kind: "gate" };
  if (e.code === "letter_not_now") {
    const key = `letters.refusedNow.${e.reason ?? ""}`;
    return { kind: "notNow", message: hasKey(key) ? t(key) : t("letters.refusedNow", { message: e.message }) };
  }
  if (e.field === "signatory_name") return { kind: "settings", missing: "signatory" };
  if (e.field === "ground") return { kind: "grounds" };
  if (e.field === "letter_text" || e.field === "text") {
    const name = placeholder(e.message);
    if (name === "{office_city}") return { kind: "settings", missing: "city" };
    const key = `letters.textErr.${e.reason ?? ""}`;
    return {
      kind: "text",
      message: hasKey(key) ? t(key, { name }) : e.message,
      detail: t("letters.textErr.detail", { message: e.message }),
    };
  }
  return { kind: "other", error: e };
}
