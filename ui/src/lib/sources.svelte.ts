// Reading sources (the office's exports and archives): the read in progress, its progress as the
// core reports it, and the newest outcome per file. Lives outside the screen so that a folder
// dropped anywhere, or a read left running while staff open a request, keeps its place. Reads run
// one after another; the core has one cancel switch.
import { toast } from "svelte-sonner";
import type { FileOutcome } from "$lib/bindings/FileOutcome";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FileStatus } from "$lib/bindings/FileStatus";
import type { Source } from "$lib/bindings/Source";
import type { SourceFile } from "$lib/bindings/SourceFile";
import { listenSourceProgress, type SourceProgress } from "./desktop";
import { toIpcError } from "./errors";
import { t } from "$lib/i18n";
import { ipc } from "./ipc";
import { go } from "./nav.svelte";
import { reportError } from "./notify.svelte";

export type ReadJob = "add" | "index" | "map";

type Reading = {
  /** The read under way, null when idle. */
  job: ReadJob | null;
  /** The newest `source-progress` event of the read under way. */
  progress: SourceProgress | null;
  cancelling: boolean;
  /** The newest outcome per file, by `outcomeKey`. */
  outcomes: Record<string, FileOutcome>;
  /** The outcomes of the last finished read, for its summary; null once dismissed. */
  last: FileOutcome[] | null;
  /** Bumped when a read starts writing and when it ends, so the list is fetched again. */
  changed: number;
};

export const reading = $state<Reading>({ job: null, progress: null, cancelling: false, outcomes: {}, last: null, changed: 0 });

export function outcomeKey(source: string, file: string): string {
  return `${source}\u0000${file}`;
}

/** The absolute path of a source's file, as `source_map` and `record_*` want it. */
export function filePath(source: Pick<Source, "path" | "is_folder">, rel: string): string {
  if (!source.is_folder) return source.path;
  const windows = source.path.includes("\\") && !source.path.includes("/");
  const sep = windows ? "\\" : "/";
  const root = source.path.endsWith(sep) ? source.path.slice(0, -1) : source.path;
  return `${root}${sep}${windows ? rel.replaceAll("/", "\\") : rel}`;
}

/** The file's status: the last outcome when there is one, else what the store remembers. */
export function fileStatus(source: string, file: SourceFile): FileStatus | null {
  const outcome = reading.outcomes[outcomeKey(source, file.rel_path)];
  if (outcome) return outcome.status;
  if (file.error) return "unreadable";
  return file.read_at ? "read" : null;
}

let stopListening: (() => void) | null = null;
let listening: Promise<void> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function ensureListening(): Promise<void> {
  listening ??= listenSourceProgress((p) => {
    if (!reading.job) return;
    // The first event means the core has the source: show it in the list while reading.
    if (!reading.progress) reading.changed += 1;
    reading.progress = p;
  }).then((stop) => {
    stopListening = stop;
  });
  return listening;
}

async function run(job: ReadJob, call: () => Promise<FileOutcome[]>): Promise<FileOutcome[] | null> {
  const next = queue.then(async () => {
    await ensureListening();
    Object.assign(reading, { job, progress: null, cancelling: false });
    try {
      const outcomes = await call();
      for (const o of outcomes) reading.outcomes[outcomeKey(o.source, o.file)] = o;
      reading.last = outcomes;
      return outcomes;
    } catch (err) {
      const e = toIpcError(err);
      if (e.code === "cancelled") toast.info(t("sources.cancelled"));
      else reportError(e);
      return null;
    } finally {
      Object.assign(reading, { job: null, progress: null, cancelling: false });
      reading.changed += 1;
    }
  });
  queue = next.catch(() => {});
  return next;
}

/** Adds files or folders and reads them; the Sources screen opens unless `show` is false. */
export function addSources(paths: string[], { show = true }: { show?: boolean } = {}): Promise<FileOutcome[] | null> {
  if (paths.length === 0) return Promise.resolve(null);
  if (show) go({ name: "sources" });
  return run("add", () => ipc.sourceAdd(paths));
}

/** Reads every source again; only changed files are read. */
export function reindexSources(): Promise<FileOutcome[] | null> {
  return run("index", () => ipc.sourceIndex());
}

/** Saves a file's column roles (in column order); the core reads the source again. */
export function mapColumns(file: string, roles: FieldRole[]): Promise<FileOutcome[] | null> {
  return run("map", () => ipc.sourceMap(file, roles));
}

export async function cancelReading(): Promise<void> {
  if (!reading.job) return;
  reading.cancelling = true;
  try {
    await ipc.sourceCancel();
  } catch (err) {
    reading.cancelling = false;
    reportError(err);
  }
}

/** Forgets outcomes and listeners (tests). */
export function resetSources(): void {
  stopListening?.();
  stopListening = null;
  listening = null;
  queue = Promise.resolve();
  Object.assign(reading, { job: null, progress: null, cancelling: false, outcomes: {}, last: null, changed: 0 });
}
