// The only module that talks to the Rust side. Every command is typed; every rejection becomes an
// `IpcError`. With VITE_IPC_MOCK=1 (dev only) an in-memory backend answers instead; the check is a
// build-time constant, so the mock is dropped from production bundles.
import { invoke } from "@tauri-apps/api/core";
import type { CalendarEntry } from "$lib/bindings/CalendarEntry";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { Clocks } from "$lib/bindings/Clocks";
import type { IssuedLetter } from "$lib/bindings/IssuedLetter";
import type { Language } from "$lib/bindings/Language";
import type { LetterKind } from "$lib/bindings/LetterKind";
import type { RefusalGround } from "$lib/bindings/RefusalGround";
import type { IcsImport } from "$lib/bindings/IcsImport";
import type { Evidence } from "$lib/bindings/Evidence";
import type { Installation } from "$lib/bindings/Installation";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { OfficeUpdate } from "$lib/bindings/OfficeUpdate";
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { RegisterEntry } from "$lib/bindings/RegisterEntry";
import type { Request } from "$lib/bindings/Request";
import type { RequestDetail } from "$lib/bindings/RequestDetail";
import type { RequestEvent } from "$lib/bindings/RequestEvent";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { RequestState } from "$lib/bindings/RequestState";
import type { EncryptionStatus } from "$lib/bindings/EncryptionStatus";
import type { VaultState } from "$lib/bindings/VaultState";
import { toIpcError } from "./errors";

export type Args = Record<string, unknown>;

/** The office's levels per right and how long a one-time code is valid. */
export type VerificationLevels = { levels: import("$lib/bindings/Levels").Levels; code_minutes: number };

/** Which message of a previewed file: the core reads it again and checks it is unchanged. */
export type MessageRef = Pick<IntakeItem, "file" | "index" | "sha256">;

async function call<T>(cmd: string, args: Args = {}): Promise<T> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { mockInvoke } = await import("./ipc-mock");
      return (await mockInvoke(cmd, args)) as T;
    }
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const ipc = {
  /**
   * The opening view painted with its data: the start-up benchmark's marks (nothing otherwise),
   * `origin` the page's navigation start (epoch ms), `marks` each step in ms after it.
   */
  firstPaint: (origin: number, marks: Record<string, number>) => call<null>("first_paint", { origin, marks }),
  /** The register: each request with its clocks while it is open. */
  requestList: (filter: RequestFilter) => call<RegisterEntry[]>("request_list", { filter }),
  requestGet: (id: string) => call<RequestDetail>("request_get", { id }),
  requestCreate: (form: NewRequest) => call<Request>("request_create", { form }),
  /**
   * Closing a request whose plan has checklist systems not ticked is refused (field `checklist`,
   * reason `open`) unless `checklistOpen` says why they stay open (kept in the history).
   */
  requestChangeState: (id: string, to: RequestState, reason: string, checklistOpen: string | null) =>
    call<Request>("request_change_state", { id, to, reason, checklistOpen }),
  /** `received`: "YYYY-MM-DDTHH:MM" on the office clock or RFC 3339; the reason goes into the history. */
  requestCorrectReceived: (id: string, received: string, reason: string) =>
    call<Request>("request_correct_received", { id, received, reason }),
  /** The note forwarding a request to its controller; only for requests with a `controller`. */
  requestForwardingNote: (id: string, lang: Language) =>
    call<string>("request_forwarding_note", { id, lang }),
  requestAddNote: (id: string, text: string) => call<RequestEvent>("request_add_note", { id, text }),
  requestEvidence: (id: string) => call<Evidence[]>("request_evidence", { id }),
  requestPause: (id: string, reason: string) => call<Clocks>("request_pause", { id, reason }),
  requestResume: (id: string, reason: string) => call<Clocks>("request_resume", { id, reason }),
  /** `until` is the new due date of the policy window, `YYYY-MM-DD`. */
  requestExtend: (id: string, until: string, reason: string) => call<Clocks>("request_extend", { id, until, reason }),

  calendarYear: (year: number) => call<CalendarYear>("calendar_year", { year }),
  calendarAdd: (entry: CalendarEntry) => call<CalendarEntry>("calendar_add", { entry }),
  calendarRemove: (date: string) => call<CalendarEntry>("calendar_remove", { date }),
  calendarImport: (path: string) => call<IcsImport>("calendar_import", { path }),

  intakePreview: (paths: string[]) => call<IntakeItem[]>("intake_preview", { paths }),
  intakeRegister: ({ file, index, sha256 }: MessageRef, form: NewRequest) =>
    call<Request>("intake_register", { file, index, sha256, form }),
  intakeLinkReply: ({ file, index, sha256 }: MessageRef, requestId: string) =>
    call<null>("intake_link_reply", { file, index, sha256, requestId }),
  /** The needs-a-look queue: waiting messages first, then (with `all`) the decided ones. */
  intakeQueue: (all: boolean) => call<import("$lib/bindings/QueueItem").QueueItem[]>("intake_queue", { all }),
  /** Queues a previewed message that needs a look; one already queued gives its entry. */
  intakeQueueAdd: ({ file, index, sha256 }: MessageRef) =>
    call<import("$lib/bindings/QueueEntry").QueueEntry>("intake_queue_add", { file, index, sha256 }),
  intakeQueueRequest: (id: number, form: NewRequest) => call<Request>("intake_queue_request", { id, form }),
  /** Not a request: the reason is required (field error `reason`). */
  intakeQueueDismiss: (id: number, reason: string) =>
    call<import("$lib/bindings/QueueEntry").QueueEntry>("intake_queue_dismiss", { id, reason }),

  // Sources ("Sumber data"). Reads report progress as `source-progress` events (desktop.ts).
  sourceList: () => call<import("$lib/bindings/Source").Source[]>("source_list"),
  sourceAdd: (paths: string[]) => call<import("$lib/bindings/FileOutcome").FileOutcome[]>("source_add", { paths }),
  sourceIndex: () => call<import("$lib/bindings/FileOutcome").FileOutcome[]>("source_index"),
  sourceCancel: () => call<null>("source_cancel"),
  sourceRemove: (path: string) => call<import("$lib/bindings/Source").Source>("source_remove", { path }),
  /** `file` is the file's absolute path; `roles` in column order. The source is read again. */
  sourceMap: (file: string, roles: import("$lib/bindings/FieldRole").FieldRole[]) =>
    call<import("$lib/bindings/FileOutcome").FileOutcome[]>("source_map", { file, roles }),
  recordPropose: (file: string, which: import("$lib/bindings/RecordSelector").RecordSelector) =>
    call<import("$lib/bindings/RecordProposal").RecordProposal>("record_propose", { file, which }),
  recordRegister: (file: string, which: import("$lib/bindings/RecordSelector").RecordSelector, form: NewRequest) =>
    call<Request>("record_register", { file, which, form }),

  // Subject search ("Pencarian data"): runs on a worker thread; `sourceCancel` stops it too.
  /** `extra` adds identifiers to the request's own (empty arrays and a null name for none). */
  requestSearch: (id: string, extra: import("$lib/bindings/SubjectQuery").SubjectQuery) =>
    call<import("$lib/bindings/StoredSearch").StoredSearch>("request_search", { id, extra }),
  requestLatestSearch: (id: string) =>
    call<import("$lib/bindings/StoredSearch").StoredSearch | null>("request_latest_search", { id }),
  /** A rejection needs a reason (field error `reason`). Returns how many hits were decided. */
  hitsDecide: (ids: number[], decision: import("$lib/bindings/Decision").Decision, reason: string | null) =>
    call<number>("hits_decide", { ids, decision, reason }),
  /** E-mails and phones on the latest search's confirmed hits that the request lacks (reads the records again). */
  requestFoundIdentifiers: (id: string) =>
    call<import("$lib/bindings/FoundIdentifier").FoundIdentifier[]>("request_found_identifiers", { id }),
  /** A hit's record read again from its file (seconds on a large workbook); `file_error` when the file changed since the search. */
  hitRecord: (id: number) => call<import("$lib/bindings/HitRecord").HitRecord>("hit_record", { id }),
  /** Adds found identifiers staff chose to the request (only values from the found list); logged as identifiers-added. */
  requestAddIdentifiers: (id: string, values: string[]) => call<Request>("request_add_identifiers", { id, values }),

  // Identity verification ("Verifikasi identitas"). A locked or expired code is `verification_refused`.
  verificationStatus: (id: string) =>
    call<import("$lib/bindings/VerificationStatus").VerificationStatus>("verification_status", { id }),
  /**
   * A new code (replacing any earlier one), returned this once: it is never fetched again. With
   * `email` it goes through the office's mail server to the request's address instead (`code` is
   * then null; a failure is `smtp_failed` with the reason, and no code is kept).
   */
  verificationCode: (id: string, email: boolean) =>
    call<import("$lib/bindings/IssuedCode").IssuedCode>("verification_code", { id, email }),
  verificationCheck: (id: string, code: string) => call<import("$lib/bindings/Answer").Answer>("verification_check", { id, code }),
  /** The NIK seen on the KTP (field error `nik` with the reason); returns it masked, as kept. */
  verificationNik: (id: string, nik: string) => call<string>("verification_nik", { id, nik }),
  verificationAuthority: (id: string, document: string) => call<null>("verification_authority", { id, document }),
  verificationOverride: (id: string, reason: string) => call<null>("verification_override", { id, reason }),
  verificationLevels: () => call<VerificationLevels>("verification_levels"),
  verificationSetLevels: (levels: import("$lib/bindings/Levels").Levels, codeMinutes: number) =>
    call<VerificationLevels>("verification_set_levels", { levels, codeMinutes }),
  /** Open requests whose requester has not answered the verification request (code or letter). */
  verificationWaiting: () => call<import("$lib/bindings/AwaitingAnswer").AwaitingAnswer[]>("verification_waiting"),
  /** Refusal letter on the identity ground, request rejected; refused (`invalid_state_change`) before the office's working days. */
  verificationClose: (id: string, lang: Language) =>
    call<import("$lib/bindings/ClosedUnverified").ClosedUnverified>("verification_close", { id, lang }),

  // Letters ("Surat"): what fits, the text to edit, a draft to look at, issuing, the kept PDF.
  requestLetters: (id: string) => call<import("$lib/bindings/RequestLetters").RequestLetters>("request_letters", { id }),
  /** The letter's text with the placeholders filled (reads the confirmed records again for the gate's facts). */
  letterText: (id: string, kind: LetterKind, lang: Language, grounds: RefusalGround[]) =>
    call<string>("letter_text", { id, kind, lang, grounds }),
  /** A draft's PDF (no number, DRAFT across it) as raw bytes; `text` null for the template's. */
  letterDraft: (id: string, kind: LetterKind, lang: Language, text: string | null, grounds: RefusalGround[]) =>
    call<ArrayBuffer>("letter_draft", { id, kind, lang, text, grounds }),
  /** Takes the next number (never reused); the gate refuses with `verification_refused` naming what is missing. */
  letterIssue: (id: string, kind: LetterKind, lang: Language, text: string | null, grounds: RefusalGround[]) =>
    call<IssuedLetter>("letter_issue", { id, kind, lang, text, grounds }),
  /** An issued letter's PDF as kept, as raw bytes (refused when it changed since). */
  letterPdf: (number: string) => call<ArrayBuffer>("letter_pdf", { number }),
  /** Opens the kept PDF in the system's PDF viewer, to print from there. */
  letterOpen: (number: string) => call<null>("letter_open", { number }),
  /** Sends it with its PDF through the office's mail server; `to` null for the requester's address. */
  letterSend: (number: string, to: string | null) => call<IssuedLetter>("letter_send", { number, to }),
  mailServerGet: () => call<import("$lib/bindings/MailServer").MailServer>("mail_server_get"),
  /** `password`: null keeps the kept one, "" removes it; it is never sent back. */
  mailServerSet: (settings: import("$lib/bindings/SmtpSettings").SmtpSettings, password: string | null) =>
    call<import("$lib/bindings/MailServer").MailServer>("mail_server_set", { settings, password }),
  /** A test message through the kept settings; returns the address sent to. */
  mailServerTest: (to: string) => call<string>("mail_server_test", { to }),
  /** The office's letters across all requests, newest number first; `year`/`kind` null for all. */
  letterRegister: (filter: import("$lib/bindings/LetterFilter").LetterFilter) =>
    call<import("$lib/bindings/LetterRegister").LetterRegister>("letter_register", { filter }),
  /** The letters open requests still wait for: a receipt, a forwarding, an extension notice. */
  lettersDue: () => call<import("$lib/bindings/DueLetter").DueLetter[]>("letters_due"),

  // Fulfilment ("Pemenuhan"): the portability ZIP and the access pack. Making one reports how far
  // the records are read as `bundle-progress` events (desktop.ts); `bundleCancel` stops it.
  /** What the bundle would hold (files, records, fields, what is masked); the gate refuses first. */
  bundlePreview: (id: string) => call<import("$lib/bindings/BundlePreview").BundlePreview>("bundle_preview", { id }),
  /** Writes the ZIP at `out`; `passcode` (8+ characters) or `newPasscode` for one drawn and shown once. */
  makeBundle: (id: string, out: string, passcode: string | null, newPasscode: boolean) =>
    call<import("$lib/bindings/BundleMade").BundleMade>("make_bundle", { id, out, passcode, newPasscode }),
  /** The bundle plus the processing record; refused (field `processing_register`) while the office has no register. */
  makeAccessPack: (id: string, out: string, passcode: string | null, newPasscode: boolean) =>
    call<import("$lib/bindings/AccessPackMade").AccessPackMade>("make_access_pack", { id, out, passcode, newPasscode }),
  bundleCancel: () => call<null>("bundle_cancel"),
  /** The delivery record: bundles and access packs made for the request, newest first. */
  bundleList: (id: string) => call<import("$lib/bindings/BundleRecord").BundleRecord[]>("bundle_list", { id }),
  /** Opens the folder holding the ZIP just written in the system's file manager. */
  bundleOpenFolder: (path: string) => call<null>("bundle_open_folder", { path }),

  // The action plan ("Rencana tindakan") of a request whose rights act on records, and its
  // checklist per source system. Each reads the confirmed records again (seconds on a workbook).
  /** Each confirmed record with its action and why; `nothing_confirmed` before any is confirmed. */
  requestPlan: (id: string) => call<import("$lib/bindings/Plan").Plan>("request_plan", { id }),
  /** Staff's change of lines (by their hits) to one action, with a required reason, all or none; field errors name `until`, `field`, `new_value`, `purpose`, `reason`, `action` (`one_at_a_time`: a correction changes one line). */
  planChange: (id: string, hits: number[], action: import("$lib/bindings/PlanAction").PlanAction, reason: string) =>
    call<import("$lib/bindings/PlanLine").PlanLine[]>("plan_change", { id, hits, action, reason }),
  requestChecklist: (id: string) => call<import("$lib/bindings/Checklist").Checklist>("request_checklist", { id }),
  /** Ticks a system as done (`done` false opens it again), with an optional note. */
  checklistTick: (id: string, system: import("$lib/bindings/System").System, done: boolean, note: string) =>
    call<import("$lib/bindings/Checklist").Checklist>("checklist_tick", { id, system, done, note }),

  // Local export redaction and the deletion certificate (Berita Acara). A redaction reports how far
  // the reading got as `redact-progress` events (desktop.ts); `redactCancel` stops it.
  /** Copies into `out` (outside every source folder; field `out`, reason `inside_source`); `replace` only when the re-search finds nothing. */
  redactRun: (id: string, out: string, replace: boolean) =>
    call<import("$lib/bindings/RedactReport").RedactReport>("redact_run", { id, out, replace }),
  redactCancel: () => call<null>("redact_cancel"),
  /** The request's redaction runs, oldest first. */
  redactionList: (id: string) => call<import("$lib/bindings/Redaction").Redaction[]>("redaction_list", { id }),
  /** `certificate_refused` with a reason (and `names`) until the plan, the checklist and the redaction are done. */
  certificateIssue: (id: string, lang: Language, checklistOpen: string | null) =>
    call<import("$lib/bindings/CertificateIssued").CertificateIssued>("certificate_issue", { id, lang, checklistOpen }),
  /** An issued certificate as kept, checked against the register (what happened since it was issued). */
  certificateCheck: (number: string) => call<import("$lib/bindings/CertificateCheck").CertificateCheck>("certificate_check", { number }),
  /** Any certificate file, checked: the seal, the statement, and the register when it is this office's. */
  certificateVerify: (path: string) => call<import("$lib/bindings/CertificateCheck").CertificateCheck>("certificate_verify", { path }),
  /** Writes a copy of the kept PDF to `out`. */
  certificateSave: (number: string, out: string) => call<null>("certificate_save", { number, out }),

  // The processing register (Pasal 31), edited in Settings.
  processingRegister: () =>
    call<import("$lib/bindings/KeptProcessingRegister").KeptProcessingRegister | null>("processing_register"),
  processingProfiles: () => call<import("$lib/bindings/ProcessingProfile").ProcessingProfile[]>("processing_profiles"),
  /** `replace` to start over a register staff edited (field `replace`, reason `edited`, without it). */
  processingStartProfile: (profile: string, replace: boolean) =>
    call<import("$lib/bindings/KeptProcessingRegister").KeptProcessingRegister>("processing_start_profile", { profile, replace }),
  /** Checked by the core: an error (field `processing_register`) names the path, e.g. `entries[2] ("…").retention.months`. */
  processingReplace: (register: import("$lib/bindings/ProcessingRegister").ProcessingRegister) =>
    call<import("$lib/bindings/KeptProcessingRegister").KeptProcessingRegister>("processing_replace", { register }),

  officeGet: () => call<OfficeProfile>("office_get"),
  officeUpdate: (update: OfficeUpdate) => call<OfficeProfile>("office_update", { update }),
  officeLetterExample: (pattern: string, name: string, zone: OfficeZone) => call<string>("office_letter_example", { pattern, name, zone }),
  officeLogo: () => call<number[] | null>("office_logo"),
  officeSetLogo: (png: number[]) => call<null>("office_set_logo", { png }),
  officeClearLogo: () => call<null>("office_clear_logo"),

  installationGet: () => call<Installation>("installation_get"),
  /** The office's certificate key (made at first use): the fingerprint every certificate prints. */
  certificateKey: () => call<import("$lib/bindings/CertificateKey").CertificateKey>("certificate_key"),
  operatorGet: () => call<string>("operator_get"),
  operatorSet: (name: string) => call<null>("operator_set", { name }),
  demoClear: () => call<number>("demo_clear"),
  /** Whether the window opens on the first-start setup (a brand-new install). */
  setupNeeded: () => call<boolean>("setup_needed"),
  /** "Coba dulu dengan data contoh": the demo office seeded into the brand-new install. */
  demoStart: () => call<null>("demo_start"),
  /** The audit chain walked whole: whether it holds, or its first bad entry and what is wrong. */
  auditStatus: () => call<import("$lib/bindings/AuditStatus").AuditStatus>("audit_status"),
  /** The board's figures of the twelve months up to today (`pdpdesk metrics`). */
  metrics: () => call<import("$lib/bindings/Metrics").Metrics>("metrics"),
  /** The register of a period written as CSV or PDF (`pdpdesk register export`). */
  registerExport: (ask: import("$lib/bindings/ExportRequest").ExportRequest) =>
    call<import("$lib/bindings/Exported").Exported>("register_export", { ask }),
  /** What the purge after retention would do now (`pdpdesk purge --dry-run`). */
  purgePlan: () => call<import("$lib/bindings/PurgePlan").PurgePlan>("purge_plan"),
  /** Sets the retention of closed requests (months); the plan under it. */
  retentionSet: (months: number) => call<import("$lib/bindings/PurgePlan").PurgePlan>("retention_set", { months }),
  /** Purges every request past the retention (`pdpdesk purge`). */
  purgeRun: () => call<import("$lib/bindings/PurgeReport").PurgeReport>("purge_run"),
  /** The whole data folder backed up to one file (`pdpdesk backup --out`). */
  backupMake: (out: string) => call<import("$lib/bindings/BackupMade").BackupMade>("backup_make", { out }),
  /** A backup restored into a new or empty folder (`pdpdesk restore`); `locked` asks for the passphrase. */
  backupRestore: (file: string, into: string, passphrase: string | null) =>
    call<import("$lib/bindings/Restored").Restored>("backup_restore", { file, into, passphrase }),
  /** A backup restored over this brand-new installation's data folder, then opened here. */
  backupRestoreHere: (file: string, passphrase: string | null) =>
    call<import("$lib/bindings/Restored").Restored>("backup_restore_here", { file, passphrase }),
  /** Whether the data folder is encrypted and unlocked (asked before anything else). */
  vaultStatus: () => call<VaultState>("vault_status"),
  /** Opens the encrypted data folder; a wrong passphrase is `wrong_passphrase`. */
  vaultUnlock: (passphrase: string) => call<VaultState>("vault_unlock", { passphrase }),
  encryptionStatus: () => call<EncryptionStatus>("encryption_status"),
  /** Encrypts the data folder under a new passphrase (`pdpdesk encryption on`). */
  encryptionOn: (passphrase: string) => call<EncryptionStatus>("encryption_on", { passphrase }),
  /** A new passphrase, the current one checked; everything re-encrypted under a new key. */
  encryptionChange: (current: string, next: string) => call<EncryptionStatus>("encryption_change", { current, new: next }),
  /** Decrypts the data folder (the current passphrase asked again). */
  encryptionOff: (current: string) => call<EncryptionStatus>("encryption_off", { current }),
};

export type Ipc = typeof ipc;
