// The window's desktop integrations: the native file pickers (mail, calendar, where a bundle or
// redacted copies go, a certificate to check or save) and files dropped onto the window.
// Kept apart from the components so tests can mock them; in the browser preview (VITE_IPC_MOCK=1, a
// plain browser without Tauri) the pickers hand out the recorded demo office's files and HTML
// drag-and-drop stands in.
import { open, save } from "@tauri-apps/plugin-dialog";
import { documentDir, downloadDir, homeDir, join } from "@tauri-apps/api/path";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { listen } from "@tauri-apps/api/event";
import { toIpcError } from "./errors";

export const MAIL_EXTENSIONS = ["eml", "mbox"];

/** Asks for .eml/.mbox files with the native dialog; empty when the dialog is cancelled. */
export async function pickMailFiles(title: string): Promise<string[]> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { meta } = await import("./recorded");
      return [...meta.mail];
    }
    const picked = await open({
      title,
      multiple: true,
      directory: false,
      filters: [{ name: "E-mail", extensions: MAIL_EXTENSIONS }],
    });
    if (!picked) return [];
    return Array.isArray(picked) ? picked : [picked];
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Asks for one .ics file with the native dialog; null when the dialog is cancelled. */
export async function pickIcsFile(title: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      return "/home/staf/Unduhan/libur-kantor.ics";
    }
    const picked = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: "iCalendar", extensions: ["ics"] }],
    });
    if (!picked) return null;
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Asks for one certificate file (PEM) with the native dialog; null when the dialog is cancelled. */
export async function pickCertificateFile(title: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      return "/home/staf/Dokumen/server-surel-kantor.pem";
    }
    const picked = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: "PEM", extensions: ["pem", "crt", "cer"] }],
    });
    if (!picked) return null;
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (e) {
    throw toIpcError(e);
  }
}

export interface DropHandlers {
  /**
   * Files are being dragged over the window (true) or the drag left or ended (false); `paths` when
   * the drag enters and the desktop says what is dragged (so the overlay can say where it goes).
   */
  hover: (over: boolean, paths?: string[]) => void;
  /** Files were dropped; their full paths. */
  drop: (paths: string[]) => void;
}

/** Listens for files dragged onto the window; resolves to the function that stops listening. */
export async function listenFileDrop(handlers: DropHandlers): Promise<() => void> {
  if (import.meta.env.VITE_IPC_MOCK === "1") return listenBrowserDrop(handlers);
  try {
    return await getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      if (p.type === "enter") handlers.hover(true, p.paths);
      else if (p.type === "over") handlers.hover(true);
      else if (p.type === "leave") handlers.hover(false);
      else if (p.type === "drop") {
        handlers.hover(false);
        if (p.paths.length > 0) handlers.drop(p.paths);
      }
    });
  } catch {
    // Not inside the desktop window (e.g. a plain browser): nothing to listen to.
    return () => {};
  }
}

/** Browser preview only: HTML drag-and-drop, with the dropped files' names under a demo folder. */
function listenBrowserDrop({ hover, drop }: DropHandlers): () => void {
  const over = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault();
    hover(true);
  };
  const leave = (e: DragEvent) => {
    if (e.relatedTarget === null) hover(false);
  };
  const dropped = (e: DragEvent) => {
    e.preventDefault();
    hover(false);
    const names = Array.from(e.dataTransfer?.files ?? []).map((f) => `/home/staf/Unduhan/${f.name}`);
    if (names.length > 0) drop(names);
  };
  window.addEventListener("dragenter", over);
  window.addEventListener("dragover", over);
  window.addEventListener("dragleave", leave);
  window.addEventListener("drop", dropped);
  return () => {
    window.removeEventListener("dragenter", over);
    window.removeEventListener("dragover", over);
    window.removeEventListener("dragleave", leave);
    window.removeEventListener("drop", dropped);
  };
}

// --- Sources ("Sumber data"): folder/file dialogs, what a drop is, and reading progress. ---

/** Whether a dropped path is mail for the e-mail import (.eml/.mbox) rather than a source. */
export function isMailPath(path: string): boolean {
  const ext = path.split(/[\\/]/).pop()?.split(".").pop()?.toLowerCase() ?? "";
  return path.includes(".") && MAIL_EXTENSIONS.includes(ext);
}

/** Asks for folders (or files) to add as sources; empty when the dialog is cancelled. */
export async function pickSources(title: string, folders: boolean): Promise<string[]> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { meta } = await import("./recorded");
      return [meta.demo_exports];
    }
    const picked = folders ? await open({ title, multiple: true, directory: true }) : await open({ title, multiple: true });
    if (!picked) return [];
    return Array.isArray(picked) ? picked : [picked];
  } catch (e) {
    throw toIpcError(e);
  }
}

/** The `source-progress` event: which file of how many, and bytes and records read so far. */
export type SourceProgress = { file: string; file_index: number; files: number; bytes: number; records: number };

/** Listens for reading progress; resolves to the function that stops listening. */
export async function listenSourceProgress(handler: (p: SourceProgress) => void): Promise<() => void> {
  // The browser preview reads nothing, so it has no progress to report.
  if (import.meta.env.VITE_IPC_MOCK === "1") return () => {};
  try {
    return await listen<SourceProgress>("source-progress", (event) => handler(event.payload));
  } catch {
    // Not inside the desktop window: no progress to listen to.
    return () => {};
  }
}

// --- Fulfilment ("Pemenuhan"): where a bundle is saved, and how far its writing got. ---

/** Where a new bundle goes unless staff choose: the user's Documents, else Downloads, else home. */
export async function bundleFolder(): Promise<string> {
  if (import.meta.env.VITE_IPC_MOCK === "1") return "/home/staf/Dokumen";
  for (const dir of [documentDir, downloadDir, homeDir]) {
    try {
      return await dir();
    } catch {
      // This desktop does not name that folder: try the next.
    }
  }
  return "";
}

/** `folder` and `name` joined as the platform writes paths. */
export async function pathIn(folder: string, name: string): Promise<string> {
  if (import.meta.env.VITE_IPC_MOCK === "1" || folder === "") return folder ? `${folder}/${name}` : name;
  return join(folder, name);
}

/** Asks where to save a ZIP with the native save dialog; null when the dialog is cancelled. */
export async function pickBundlePath(title: string, defaultPath: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") return defaultPath;
    return await save({ title, defaultPath, filters: [{ name: "ZIP", extensions: ["zip"] }] });
  } catch (e) {
    throw toIpcError(e);
  }
}

/** The `bundle-progress` event: records and bytes read so far while a bundle is written. */
export type BundleProgress = { records: number; bytes: number };

/** Listens for a bundle's progress; resolves to the function that stops listening. */
export async function listenBundleProgress(handler: (p: BundleProgress) => void): Promise<() => void> {
  if (import.meta.env.VITE_IPC_MOCK === "1") return () => {};
  try {
    return await listen<BundleProgress>("bundle-progress", (event) => handler(event.payload));
  } catch {
    return () => {};
  }
}

// --- Deletion: where redacted copies go, and the certificate's PDF picked or saved. ---

/** Asks for the folder the redacted copies go to; null when the dialog is cancelled. */
export async function pickFolder(title: string, defaultPath: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") return defaultPath;
    const picked = await open({ title, directory: true, multiple: false, defaultPath: defaultPath || undefined });
    if (!picked) return null;
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Asks for a backup file (the ZIP `pdpdesk backup` writes); null when the dialog is cancelled. */
export async function pickBackupFile(title: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") return "/home/staf/Dokumen/cadangan-pdpdesk.zip";
    const picked = await open({ title, multiple: false, directory: false, filters: [{ name: "ZIP", extensions: ["zip"] }] });
    if (!picked) return null;
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Asks for a certificate's PDF to check; null when the dialog is cancelled. */
export async function pickPdf(title: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { meta } = await import("./recorded");
      return meta.certificate_copy;
    }
    const picked = await open({ title, multiple: false, directory: false, filters: [{ name: "PDF", extensions: ["pdf"] }] });
    if (!picked) return null;
    return Array.isArray(picked) ? (picked[0] ?? null) : picked;
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Asks where to save a copy of a PDF; null when the dialog is cancelled. */
export async function pickPdfPath(title: string, defaultPath: string): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") return defaultPath;
    return await save({ title, defaultPath, filters: [{ name: "PDF", extensions: ["pdf"] }] });
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Listens for a redaction's progress (`redact-progress`: records and bytes read so far). */
export async function listenRedactProgress(handler: (p: BundleProgress) => void): Promise<() => void> {
  if (import.meta.env.VITE_IPC_MOCK === "1") return () => {};
  try {
    return await listen<BundleProgress>("redact-progress", (event) => handler(event.payload));
  } catch {
    return () => {};
  }
}

// --- The register export: where the CSV or PDF goes. ---

/** Asks where to save the register with the native save dialog; null when cancelled. */
export async function pickRegisterPath(title: string, defaultPath: string, format: "csv" | "pdf"): Promise<string | null> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") return defaultPath;
    const filter = format === "csv" ? { name: "CSV", extensions: ["csv"] } : { name: "PDF", extensions: ["pdf"] };
    return await save({ title, defaultPath, filters: [filter] });
  } catch (e) {
    throw toIpcError(e);
  }
}
