// The window's current screen (a plain state switch, no router) and the register's filter, which
// the dashboard can preset.
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { DueFilter } from "./clocks";

export type View =
  | { name: "dashboard" }
  | { name: "requests" }
  | { name: "new-request" }
  | { name: "intake" }
  | { name: "request"; id: string }
  | { name: "sources" }
  | { name: "calendar" }
  | { name: "settings" };

/** Reads a view from the location hash: #/, #/requests, #/requests/REQ-…, #/new, #/intake, #/calendar, #/settings. */
export function viewFromHash(hash: string): View {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter((p) => p !== "")
    .map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case "requests":
      return parts[1] ? { name: "request", id: parts[1] } : { name: "requests" };
    case "new":
      return { name: "new-request" };
    case "intake":
      return { name: "intake" };
    case "sources":
      return { name: "sources" };
    case "calendar":
      return { name: "calendar" };
    case "settings":
      return { name: "settings" };
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
    case "request":
      return `#/requests/${encodeURIComponent(view.id)}`;
    case "new-request":
      return "#/new";
    case "intake":
      return "#/intake";
    case "sources":
      return "#/sources";
    case "calendar":
      return "#/calendar";
    case "settings":
      return "#/settings";
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
  return { state: null, right: null, open_only: false, text: null, sort: "newest-first" };
}

export const registerFilter = $state<RequestFilter>(emptyFilter());

/** The register's due-date bucket, applied in the window to the clocks the list carries. */
export const registerDue = $state<{ value: DueFilter | null }>({ value: null });

export function resetRegisterFilter(preset: Partial<RequestFilter> = {}, due: DueFilter | null = null): void {
  Object.assign(registerFilter, emptyFilter(), preset);
  registerDue.value = due;
}
