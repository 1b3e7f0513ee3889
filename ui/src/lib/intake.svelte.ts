// The e-mail import in progress: the files being read, the messages they hold, and what staff did
// with each (recorded, linked, ignored). Lives outside the screen so that opening a request and
// coming back keeps the place; a new import replaces it. A message that needs a look is queued as
// soon as it is read (its deadline runs from receipt), so nothing that may be a request is lost
// when the screen is closed.
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import { toIpcError } from "./errors";
import { ipc } from "./ipc";
import { go } from "./nav.svelte";

export type Outcome = { kind: "registered"; id: string } | { kind: "linked"; id: string } | { kind: "ignored" };

/** The card kinds, in the order the screen lists them. */
export const ITEM_STATUSES = [
  "new-request",
  "needs-look",
  "queued",
  "reply",
  "duplicate",
  "not-request",
  "dismissed",
  "already-imported",
  "unreadable",
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export function itemStatus(item: IntakeItem): ItemStatus {
  return item.proposal && item.status ? item.status.kind : "unreadable";
}

/** The queue entry of a queued or decided message. */
export function queueId(item: IntakeItem): number | null {
  return item.status && "queue_id" in item.status ? item.status.queue_id : null;
}

/** The request a reply, duplicate or already-imported message points to. */
export function relatedRequest(item: IntakeItem): string | null {
  return item.status && "request_id" in item.status ? item.status.request_id : null;
}

/** Identifies a message across re-renders: file, position in a mailbox, content hash. */
export function itemKey(item: Pick<IntakeItem, "file" | "index" | "sha256">): string {
  return `${item.file}\u0000${item.index ?? ""}\u0000${item.sha256}`;
}

/** The last part of a path, for either separator. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

type Session = {
  /** Bumped by every import, so a slower earlier one cannot overwrite a newer one. */
  run: number;
  paths: string[];
  items: IntakeItem[];
  /** Set while files are read: how many are done, and the one being read. */
  progress: { done: number; total: number; file: string } | null;
  outcomes: Record<string, Outcome>;
};

export const intake = $state<Session>({ run: 0, paths: [], items: [], progress: null, outcomes: {} });

const ORDER = Object.fromEntries(ITEM_STATUSES.map((s, i) => [s, i])) as Record<ItemStatus, number>;

/** Shows the import screen and reads `paths` one file at a time, reporting progress. */
export async function importMail(paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  go({ name: "intake" });
  const run = ++intake.run;
  Object.assign(intake, { paths: [...paths], items: [], outcomes: {} });
  const items: IntakeItem[] = [];
  for (const [i, path] of paths.entries()) {
    intake.progress = { done: i, total: paths.length, file: baseName(path) };
    try {
      const read = await ipc.intakePreview([path]);
      for (const item of read) if (item.status?.kind === "needs-look") await enqueue(item);
      items.push(...read);
    } catch (err) {
      items.push({ file: path, index: null, sha256: "", status: null, proposal: null, error: toIpcError(err).message });
    }
    if (run !== intake.run) return;
  }
  // Stable: within a status, the files' own order.
  items.sort((a, b) => ORDER[itemStatus(a)] - ORDER[itemStatus(b)]);
  intake.items = items;
  intake.progress = null;
}

/** Queues a message that needs a look; a failure leaves it as a card to decide by hand. */
async function enqueue(item: IntakeItem): Promise<void> {
  try {
    const entry = await ipc.intakeQueueAdd({ file: item.file, index: item.index, sha256: item.sha256 });
    item.status = { kind: "queued", queue_id: entry.id };
  } catch (err) {
    item.error = toIpcError(err).message;
  }
}

export function setOutcome(item: IntakeItem, outcome: Outcome | null): void {
  const key = itemKey(item);
  if (outcome) intake.outcomes[key] = outcome;
  else delete intake.outcomes[key];
}

/** Forgets the import (tests, and "start over"). */
export function resetIntake(): void {
  intake.run += 1;
  Object.assign(intake, { paths: [], items: [], progress: null, outcomes: {} });
}
