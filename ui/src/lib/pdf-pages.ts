// A PDF's pages as images, drawn in the window by pdf.js. The library and its worker are bundled
// (the worker as a file of the build, loaded from the app's own origin), so this works offline;
// both load on first use only. Component tests mock this module (jsdom has no canvas).
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

/** One page drawn: a PNG as a data URL, and its size in CSS pixels. */
export type PageImage = { src: string; width: number; height: number };

/** Draws every page of `pdf` at `scale` (1 = 72 dpi) times the screen's pixel ratio. */
export async function pdfPages(pdf: ArrayBuffer, scale = 1.25): Promise<PageImage[]> {
  const pdfjs = await import("pdfjs-dist");
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // The fonts are embedded and subset: nothing to fetch, and no eval (the window's CSP forbids it).
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    const pages: PageImage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push({ src: canvas.toDataURL("image/png"), width: viewport.width / ratio, height: viewport.height / ratio });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
