// The window's current screen (a plain state switch, no router), the register's filter, which
// the dashboard can preset, and the filter of the register of letters.
import type { LetterFilter } from "$lib/bindings/LetterFilter";
import type { LetterKind } from "$lib/bindings/LetterKind";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { DueFilter } from "./clocks";
import { LETTER_KINDS } from "./domain";

export type View =
  | { name: "dashboard" }
  | { name: "requests" }
  | { name: "new-request" }
  | { name: "intake" }
  /** A request; `section: "letters"` scrolls to its letters, `kind` opens that letter's editor. */
  | { name: "request"; id: string; section?: "letters"; kind?: LetterKind }
  | { name: "letters" }
  | { name: "sources" }
  | { name: "calendar" }
  /** Settings; `section` scrolls to that part and puts the cursor in its first empty field. */
  | { name: "settings"; section?: SettingsSection };

/** The parts of Settings a link elsewhere in the window can open at. */
export const SETTINGS_SECTIONS = ["office", "letters", "staff"] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/**
 * Reads a view from the location hash: #/, #/requests, #/requests/REQ-…, #/requests/REQ-…/letters[/KIND],
 * #/letters, #/new, #/intake, #/calendar, #/settings[/SECTION].
 */
export function viewFromHash(hash: string): View {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter((p) => p !== "")
    .map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case "requests": {
      if (!parts[1]) return { name: "requests" };
      if (parts[2] !== "letters") return { name: "request", id: parts[1] };
      const kind = LETTER_KINDS.find((k) => k === parts[3]);
      return kind ? { name: "request", id: parts[1], section: "letters", kind } : { name: "request", id: parts[1], section: "letters" };
    }
    case "letters":
      return { name: "letters" };
    case "new":
      return { name: "new-request" };
    case "intake":
      return { name: "intake" };
    case "sources":
      return { name: "sources" };
    case "calendar":
      return { name: "calendar" };
    case "settings": {
      const section = SETTINGS_SECTIONS.find((s) => s === parts[1]);
      return section ? { name: "settings", section } : { name: "settings" };
    }
    default:
      return { name: "dashboard" };
  }
}

export function hashOf(view: View): string {
  switch (view.name) {
    case "dashboard":
      return "#/";
    case "requests":
      return "#/requests";
    case "request": {
      const at = `#/requests/${encodeURIComponent(view.id)}`;
      if (view.section !== "letters") return at;
      return view.kind ? `${at}/letters/${view.kind}` : `${at}/letters`;
    }
    case "letters":
      return "#/letters";
    case "new-request":
      return "#/new";
    case "intake":
      return "#/intake";
    case "sources":
      return "#/sources";
    case "calendar":
      return "#/calendar";
    case "settings":
      return view.section ? `#/settings/${view.section}` : "#/settings";
  }
}

const hasWindow = typeof window !== "undefined";

export const nav = $state<{ view: View }>({ view: viewFromHash(hasWindow ? window.location.hash : "") });

/** Shows a screen; the hash follows so that reloads and Back keep the place. */
export function go(view: View): void {
  nav.view = view;
  if (!hasWindow) return;
  const hash = hashOf(view);
  if (window.location.hash !== hash) window.history.pushState(null, "", hash);
  document.getElementById("main")?.scrollTo?.(0, 0);
}

if (hasWindow) {
  window.addEventListener("popstate", () => {
    nav.view = viewFromHash(window.location.hash);
  });
}

export function emptyFilter(): RequestFilter {
  return { state: null, right: null, open_only: false, text: null, sort: "due-first" };
}

export const registerFilter = $state<RequestFilter>(emptyFilter());

/** The register's due-date bucket, applied in the window to the clocks the list carries. */
export const registerDue = $state<{ value: DueFilter | null }>({ value: null });

export function resetRegisterFilter(preset: Partial<RequestFilter> = {}, due: DueFilter | null = null): void {
  Object.assign(registerFilter, emptyFilter(), preset);
  registerDue.value = due;
}

/** The register of letters' filter: kept while staff open a letter's request and come back. */
export const letterFilter = $state<LetterFilter>({ year: null, kind: null });
