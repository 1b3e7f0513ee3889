// The window's desktop integrations: the native file picker and files dropped onto the window.
// Kept apart from the components so tests can mock them; in the dev mock (VITE_IPC_MOCK=1, a plain
// browser without Tauri) the picker hands out demo files and HTML drag-and-drop stands in.
import { open } from "@tauri-apps/plugin-dialog";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { toIpcError } from "./errors";

export const MAIL_EXTENSIONS = ["eml", "mbox"];

/** Asks for .eml/.mbox files with the native dialog; empty when the dialog is cancelled. */
export async function pickMailFiles(title: string): Promise<string[]> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { MOCK_MAIL_PATHS } = await import("./ipc-mock-intake");
      return [...MOCK_MAIL_PATHS];
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

export interface DropHandlers {
  /** Files are being dragged over the window (true) or the drag left or ended (false). */
  hover: (over: boolean) => void;
  /** Files were dropped; their full paths. */
  drop: (paths: string[]) => void;
}

/** Listens for files dragged onto the window; resolves to the function that stops listening. */
export async function listenFileDrop(handlers: DropHandlers): Promise<() => void> {
  if (import.meta.env.VITE_IPC_MOCK === "1") return listenBrowserDrop(handlers);
  try {
    return await getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      if (p.type === "enter" || p.type === "over") handlers.hover(true);
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

/** Dev mock only: HTML drag-and-drop, with the dropped files' names under a demo folder. */
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
