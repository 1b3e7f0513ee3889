// The redaction of local exports and the deletion certificate for the component tests
// (src/test/fake-ipc.ts) only: a scripted stand-in, so a test can redact a plan's exports, have the
// originals replaced or refused, be refused a certificate for each reason the core gives, issue it
// and check it. Not the core's rules; refusals carry the codes, reasons and names the core gives.
import type { CertificateCheck } from "$lib/bindings/CertificateCheck";
import type { CertificateIssued } from "$lib/bindings/CertificateIssued";
import type { CertificateStatement } from "$lib/bindings/CertificateStatement";
import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { IssuedLetter } from "$lib/bindings/IssuedLetter";
import type { Language } from "$lib/bindings/Language";
import type { Plan } from "$lib/bindings/Plan";
import type { RedactReport } from "$lib/bindings/RedactReport";
import type { RedactedFile } from "$lib/bindings/RedactedFile";
import type { Redaction } from "$lib/bindings/Redaction";
import type { ResearchHit } from "$lib/bindings/ResearchHit";
import type { System } from "$lib/bindings/System";
import { IpcError } from "$lib/errors";
import { changesExport } from "$lib/redact";

function fail(code: ErrorCode, message: string, field: string | null, reason: string | null, names: string[] = []): never {
  throw new IpcError({ code, message, field, reason, names });
}

export const CODE = "K7QD-9XMB-2FTA";
export const FINGERPRINT = "3f2a 9c01 5b7e 0d44 81aa 6c2f 90be 1d37 e5c8 4a02 7f19 b3d6 2e8c 55a1 0c94 d7e3";

export type DeletionHooks = {
  gateOpen: (id: string) => boolean;
  plan: (id: string) => Promise<Plan>;
  openSystems: (id: string) => Promise<string[]>;
  keep: (letter: IssuedLetter) => void;
  actor: () => string;
};

const hex = (n: number) => n.toString(16).padStart(2, "0").repeat(32);

export function deletionMock(hooks: DeletionHooks) {
  const runs = new Map<string, Redaction[]>();
  const issued = new Map<string, CertificateCheck>();
  /** What the next re-search finds that the plan does not explain. */
  let leftOver: ResearchHit[] = [];
  /** An export changed since the search: the next redaction is refused. */
  let changed = false;
  let seq = 40;

  async function redact(id: string, out: string, replace: boolean): Promise<RedactReport> {
    if (!hooks.gateOpen(id)) fail("verification_refused", `request ${id}: not verified: missing identity`, null, null);
    if (out.startsWith("/home/staf/Ekspor")) fail("invalid_input", "out: the copies cannot go inside the source folder /home/staf/Ekspor", "out", "inside_source");
    if (changed) fail("file_error", "file jurnal.csv: the export changed since the search: search again before redacting", null, "changed");
    const plan = await hooks.plan(id);
    const files: RedactedFile[] = [];
    for (const l of plan.lines.filter((x) => changesExport(x.action))) {
      let f = files.find((x) => x.file === l.file);
      if (!f) {
        const whole = l.kind === "whatsapp-chat";
        files.push((f = { source: l.source, file: l.file, kind: l.kind, before_sha256: hex(files.length + 1), after_sha256: whole ? null : hex(files.length + 9), removed: 0, masked: 0, corrected: 0, replaced: false }));
      }
      if (l.action.action === "delete") f.removed += 1;
      else if (l.action.action === "correct") f.corrected += 1;
      else f.masked += 1;
    }
    if (files.length === 0) fail("invalid_input", `plan: the plan of request ${id} removes, masks or corrects no record of a local export: nothing to redact`, "plan", "nothing_to_redact");
    const refused = replace && leftOver.length > 0;
    for (const f of files) f.replaced = replace && !refused;
    const list = runs.get(id) ?? [];
    const redaction: Redaction = {
      id: list.length + 1,
      request_id: id,
      made_at: "2026-11-25T05:00:00Z",
      actor: hooks.actor(),
      out_dir: out,
      plan: plan.lines,
      files,
      research_hits: leftOver.length,
    };
    runs.set(id, [...list, redaction]);
    const copies = files.map((f) => ({ source: f.source, file: f.file, copy: f.after_sha256 ? `${out}/Ekspor/${f.file}` : null }));
    return structuredClone({ redaction, copies, unexplained: leftOver, replace_refused: refused });
  }

  async function issue(id: string, lang: Language, checklistOpen: string | null): Promise<CertificateIssued> {
    if (!hooks.gateOpen(id)) fail("verification_refused", `request ${id}: not verified: missing identity`, null, null);
    const plan = await hooks.plan(id);
    const open = await hooks.openSystems(id);
    if (open.length > 0 && !checklistOpen?.trim())
      fail("certificate_refused", `request ${id}: checklist systems are not done: ${open.join(", ")}`, null, "checklist_open", open);
    const redacted = new Set((runs.get(id) ?? []).flatMap((r) => r.files.map((f) => f.file)));
    const missing = [...new Set(plan.lines.filter((l) => l.action.action !== "stop-processing" && !redacted.has(l.file)).map((l) => l.file))];
    if (missing.length > 0)
      fail("certificate_refused", `request ${id}: these exports have records to delete, retain or restrict but no redaction: ${missing.join(", ")}`, null, "not_redacted", missing);
    seq += 1;
    const number = `${String(seq).padStart(3, "0")}/PDP/CMJKD/XI/2026`;
    const letter: IssuedLetter = {
      id: seq,
      request_id: id,
      kind: "deletion-certificate",
      language: lang,
      number,
      dated: "2026-11-25",
      numbered_at: "2026-11-25T06:00:00Z",
      actor: hooks.actor(),
      text: "{}",
      email_subject: `Berita Acara Penghapusan Data Pribadi [${number}]`,
      email_body: `Kode verifikasi: ${CODE}`,
      file: `letters/${id}/${number.replaceAll("/", "-")}-deletion-certificate-${lang}.pdf`,
      sha256: "a".repeat(64),
      bytes: 48_000,
      pages: 2,
      issued_at: "2026-11-25T06:00:00Z",
      void_reason: null,
      sent_to: null,
      sent_at: null,
    };
    hooks.keep(letter);
    issued.set(number, {
      valid: true,
      sha256: letter.sha256 ?? "",
      seal: "valid",
      problem: null,
      key_fingerprint: FINGERPRINT,
      verification_code: CODE,
      statement: null,
      register: { own_key: true, issued: true, same_file: true, state: "fulfilling", reopened: false, plan_changed: false, after_issue: [] },
    });
    const statement: CertificateStatement = {
      format: "pdpdesk/berita-acara-penghapusan/1",
      number,
      language: lang,
      issued_at: "2026-11-25T06:00:00Z",
      dated: "2026-11-25",
      place: "Denpasar",
      office: { name: "CV Maju Jaya Kreatif (DEMO)", address: "Jl. Contoh Raya No. 1", signatory_name: "Ni Made Contoh", signatory_position: "Petugas PDP" },
      request: { id, received_at: "2026-11-24T14:05:00+08:00", rights: ["deletion"] },
      subject: { name: "Tri Wulandari", requester: null, emails: ["tr…@gmail.com"], phones: [], nik: null },
      sources: [],
      retained: [],
      open_systems: open.map((system) => ({ system: system as System, why: checklistOpen ?? "" })),
      redactions: [],
      public_key: "0f".repeat(32),
    };
    return structuredClone({ letter, path: `/data/${letter.file}`, verification_code: CODE, key_fingerprint: FINGERPRINT, key_created: seq === 41, statement });
  }

  return {
    /** Hits the next re-search finds that the plan does not explain. */
    leaveOver(hits: ResearchHit[]) {
      leftOver = hits;
    },
    /** The next redaction finds an export changed since the search. */
    changeExport() {
      changed = true;
    },
    /** A check of the kept certificate `number` (the register's comparison), as the core would give it. */
    setCheck(number: string, check: CertificateCheck) {
      issued.set(number, check);
    },
    redactRun: redact,
    redactCancel: async () => null,
    redactionList: async (id: string) => structuredClone(runs.get(id) ?? []),
    certificateIssue: issue,
    certificateCheck: async (number: string) => structuredClone(issued.get(number) ?? fail("file_error", `no certificate ${number}`, null, null)),
    certificateVerify: async (path: string): Promise<CertificateCheck> => ({
      valid: false,
      sha256: "b".repeat(64),
      seal: path.endsWith("diedit.pdf") ? "appended" : "missing",
      problem: "bytes were added after the seal",
      key_fingerprint: null,
      verification_code: null,
      statement: null,
      register: null,
    }),
    certificateSave: async () => null,
  };
}

export type DeletionMock = ReturnType<typeof deletionMock>;
