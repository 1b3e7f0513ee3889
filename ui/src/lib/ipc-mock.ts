// The browser preview's backend (`npm run dev:mock`, VITE_IPC_MOCK=1): a lookup, not a second
// core. Every read answers with what the real core replied on the demo office, recorded by
// scripts/record-replies into src/lib/recorded/; a write is refused with "preview only", since
// only the core decides what a write does. ipc.ts loads this module behind a build-time
// constant, so production bundles do not contain it.
import type { Report } from "./errors";
import { recorded } from "./recorded";

/** Commands whose recorded reply depends on fewer arguments than the window sends. */
const KEYED_BY: Record<string, string[]> = {
  // The search the recorder ran used the request's own identifiers; staff's extra ones are not replayed.
  request_search: ["id"],
};

/**
 * Answered without the core: nothing in the preview runs that could be cancelled, and the preview
 * is the demo office, never a first start.
 */
export const FIXED: Record<string, unknown> = { source_cancel: null, bundle_cancel: null, redact_cancel: null, setup_needed: false, first_paint: null, vault_status: { encrypted: false, unlocked: true } };

/** The writes the window can make; each needs the app (see `needsTheApp`). */
export const WRITES = [
  "request_create", "request_change_state", "request_correct_received", "request_add_note",
  "request_pause", "request_resume", "request_extend",
  "calendar_add", "calendar_remove", "calendar_import",
  "intake_register", "intake_link_reply", "record_register",
  "intake_queue_add", "intake_queue_request", "intake_queue_dismiss",
  "source_remove", "source_map", "hits_decide", "request_add_identifiers",
  "verification_code", "verification_check", "verification_nik", "verification_authority",
  "verification_override", "verification_set_levels", "verification_close",
  "letter_issue", "letter_send", "letter_open", "mail_server_set", "mail_server_test",
  "make_bundle", "make_access_pack", "bundle_open_folder", "processing_start_profile", "processing_replace",
  "plan_change", "checklist_tick", "redact_run", "certificate_issue", "certificate_save",
  "office_update", "office_set_logo", "office_clear_logo", "operator_set", "demo_clear", "demo_start",
  "register_export", "retention_set", "purge_run", "backup_make",
  "backup_restore", "backup_restore_here", "vault_unlock", "encryption_on", "encryption_change", "encryption_off",
] as const;

/**
 * Reads the recorder cannot ask the CLI for (no `--json` verb gives the window's type yet):
 * they answer "preview only" too, until it can (see DEVELOPMENT.md, "The browser preview").
 */
export const UNRECORDED_READS = [
  "request_evidence", // no verb lists a request's evidence
  "intake_preview", // `intake --dry-run` prints ImportResult, not IntakeItem (no sha256, no proposal)
  "office_logo", // the bytes are not printed (the demo office has none: office_get says has_logo false)
  "letter_draft", // a PDF's bytes are not recorded: the preview shows no pages, the text is recorded
  "letter_pdf", // nor a kept letter's (the recorded receipt of REQ-2026-0005 shows, its pages do not)
] as const;

/** The arguments as JSON with sorted keys: the recorder's `canonical`. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

/** The lookup key of a call. */
export function keyOf(cmd: string, args: Record<string, unknown>): string {
  const only = KEYED_BY[cmd];
  return canonical(only ? Object.fromEntries(only.map((k) => [k, args[k]])) : args);
}

function needsTheApp(cmd: string, why: string): never {
  const report: Report = { code: "ipc", message: `preview only: ${why} needs the app (${cmd})`, field: null, reason: null };
  throw report;
}

/** What the core answered to this call when it was recorded; its error is thrown as the core's. */
export function lookup(cmd: string, args: Record<string, unknown> = {}): unknown {
  if (cmd in FIXED) return FIXED[cmd];
  const replies = recorded[cmd];
  if (!replies) return needsTheApp(cmd, (WRITES as readonly string[]).includes(cmd) ? "this action" : "this reading");
  const reply = replies[keyOf(cmd, args)];
  if (!reply) return needsTheApp(cmd, "an answer the demo office was not asked for");
  if ("error" in reply) throw { ...reply.error } satisfies Report;
  return structuredClone(reply.ok);
}

export async function mockInvoke(cmd: string, args: Record<string, unknown>): Promise<unknown> {
  await new Promise((r) => setTimeout(r, 120));
  return lookup(cmd, args);
}
