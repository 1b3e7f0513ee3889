// The guide the core works out for a request, in the window's words and places: the primary
// button's label and the section of the detail each step and action lead to.
import type { NextAction } from "$lib/bindings/NextAction";
import type { Step } from "$lib/bindings/Step";
import { t } from "$lib/i18n";

/** The label of the next action's button. */
export function actionLabel(next: NextAction): string {
  if (next.action === "issue-letter") {
    if (next.kind === "acknowledgement") return t("guide.action.acknowledge");
    return t("guide.action.issue-letter", { kind: t(`letters.kind.${next.kind}`) });
  }
  return t(`guide.action.${next.action}`);
}

/** The detail's sections, by the test id of their root element. */
export type Place = "summary" | "verify-section" | "search-section" | "fulfil-section" | "plan-section" | "letters-section" | "history";

/** Where a step's section is on the detail page. */
export function placeOfStep(step: Step | "history", deletion: boolean): Place {
  switch (step) {
    case "summary":
      return "summary";
    case "verify":
      return "verify-section";
    case "search":
      return "search-section";
    case "fulfil":
      return deletion ? "plan-section" : "fulfil-section";
    case "letters":
      return "letters-section";
    case "history":
      return "history";
  }
}

/** Where the next action is done (letters open their editor through navigation instead). */
export function placeOfAction(next: NextAction): Place {
  switch (next.action) {
    case "issue-letter":
      return "letters-section";
    case "verify":
    case "send-code":
      return "verify-section";
    case "search":
    case "confirm-hits":
      return "search-section";
    case "make-access-pack":
    case "make-bundle":
      return "fulfil-section";
    case "redact":
    case "issue-certificate":
      return "plan-section";
    case "close":
      return "summary";
  }
}

/** Scrolls the detail to a place. */
export function scrollToPlace(place: Place): void {
  const el = document.querySelector(`[data-testid="${place}"]`);
  el?.scrollIntoView?.({ block: "start", behavior: "smooth" });
}
