// jsdom gaps the window relies on.
import { afterEach, vi } from "vitest";

// No canvas in jsdom for pdf.js: a letter's pages are one blank image per PDF.
vi.mock("$lib/pdf-pages", () => ({
  pdfPages: async () => [{ src: "data:image/png;base64,iVBORw0KGgo=", width: 595, height: 842 }],
}));

if (!Element.prototype.scrollTo) Element.prototype.scrollTo = () => {};
// svelte-sonner captures the pointer on toasts.
if (!Element.prototype.setPointerCapture) Element.prototype.setPointerCapture = () => {};
if (!Element.prototype.releasePointerCapture) Element.prototype.releasePointerCapture = () => {};
if (!Element.prototype.hasPointerCapture) Element.prototype.hasPointerCapture = () => false;
// No canvas in jsdom: charts keep to their data tables instead of logging "not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => {
  localStorage.clear();
});
