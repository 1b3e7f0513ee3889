// Intake items for component tests, with phrase offsets as the core sends them: UTF-8 bytes into
// `proposal.text` (subject, blank line, body).
import type { Highlight } from "$lib/bindings/Highlight";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { IntakeStatus } from "$lib/bindings/IntakeStatus";
import type { NameCandidate } from "$lib/bindings/NameCandidate";
import type { QueueItem } from "$lib/bindings/QueueItem";
import type { Reason } from "$lib/bindings/Reason";
import type { ReceivedSource } from "$lib/bindings/ReceivedSource";
import type { RequesterRole } from "$lib/bindings/RequesterRole";
import type { Right } from "$lib/bindings/Right";

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The first occurrence of each phrase in `text`, in bytes. */
export function at(text: string, ...phrases: string[]): Highlight[] {
  return phrases.map((phrase) => {
    const i = text.indexOf(phrase);
    if (i < 0) throw new Error(`"${phrase}" is not in the text`);
    const start = bytes(text.slice(0, i));
    return { start, end: start + bytes(phrase), text: phrase };
  });
}

export interface MailSpec {
  file: string;
  index?: number | null;
  sha256?: string;
  status: IntakeStatus;
  subject: string;
  from?: [string | null, string];
  body: string;
  rights?: [Right, string[]][];
  context?: string[];
  name?: string | null;
  names?: [string, NameCandidate["source"]][];
  emails?: string[];
  phones?: string[];
  nikMasked?: string | null;
  /** The full NIK the core read from the body for the proposed form. */
  nik?: string | null;
  role?: RequesterRole;
  onBehalfOf?: string | null;
  rolePhrases?: string[];
  /** Why intake was not sure (needs a look) or what it took the message for. */
  reasons?: Reason[];
  receivedAt?: string;
  source?: ReceivedSource;
  attachments?: string[];
}

export function mail(s: MailSpec): IntakeItem {
  const text = `${s.subject}\n\n${s.body}`;
  const [fromName, fromAddress] = s.from ?? [null, "someone@example.com"];
  const receivedAt = s.receivedAt ?? "2026-11-24T10:15:00+08:00";
  return {
    file: s.file,
    index: s.index ?? null,
    sha256: s.sha256 ?? "ab".repeat(32),
    status: s.status,
    error: null,
    proposal: {
      mail: {
        message_id: "<m1@example.com>",
        in_reply_to: [],
        references: [],
        subject: s.subject,
        from: { name: fromName, address: fromAddress },
        reply_to: null,
        to: [{ name: null, address: "privasi@kantor.example" }],
        date: receivedAt,
        received: receivedAt,
        body: s.body,
        attachments: (s.attachments ?? []).map((name) => ({ name, content_type: "image/jpeg", size: 20_480 })),
      },
      text,
      classification: {
        class: s.status.kind === "not-request" ? "not-request" : s.status.kind === "new-request" ? "request" : "needs-look",
        reasons: s.reasons ?? [],
        rights: (s.rights ?? []).map(([right, phrases]) => ({ right, phrases: at(text, ...phrases) })),
        context: at(text, ...(s.context ?? [])),
      },
      requester: {
        name: s.name === undefined ? fromName : s.name,
        names: (s.names ?? []).map(([name, source]) => ({ name, source })),
        emails: s.emails ?? [fromAddress],
        phones: s.phones ?? [],
        nik_masked: s.nikMasked ?? null,
        role: s.role ?? "subject",
        on_behalf_of: s.onBehalfOf ?? null,
        role_phrases: at(text, ...(s.rolePhrases ?? [])),
      },
      received_at: receivedAt,
      received_source: s.source ?? "received-header",
      // The core's proposed form (pdp-core intake/proposal.rs `proposed_form`).
      form: {
        received_at: receivedAt,
        channel: "email",
        rights: (s.rights ?? []).map(([right]) => right),
        name: (s.name === undefined ? fromName : s.name) ?? (s.emails ?? [fromAddress])[0] ?? "",
        emails: s.emails ?? [fromAddress],
        phones: s.phones ?? [],
        postal_address: null,
        nik: s.nik ?? null,
        role: s.role ?? "subject",
        on_behalf_of: s.onBehalfOf ?? null,
        notes: null,
      },
    },
  };
}

export function unreadable(file: string, index: number | null, error: string): IntakeItem {
  return { file, index, sha256: "", status: null, proposal: null, error };
}

/** A deletion and consent withdrawal with accents, curly quotes and an emoji before the phrases. */
export function deletionRequest(file = "/mail/hapus.eml"): IntakeItem {
  return mail({
    file,
    status: { kind: "new-request" },
    subject: "Permohonan penghapusan data pribadi",
    from: ["Ayu Saraswati", "putu.saraswati@example.com"],
    body:
      "Selamat siang 🙏\n\nSaya Putu Ayu Saraswati, pelanggan undangan “Ayu & Dé”. Mohon data pribadi saya dihapus, dan saya menarik persetujuan promosi.\n\nNIK: 5171014508900003\nHP: 0812-3456-7801",
    rights: [
      ["deletion", ["data pribadi saya dihapus"]],
      ["withdraw-consent", ["menarik persetujuan"]],
    ],
    context: ["pribadi"],
    name: "Putu Ayu Saraswati",
    names: [
      ["Putu Ayu Saraswati", "introduction"],
      ["Ayu Saraswati", "sender"],
    ],
    phones: ["+6281234567801"],
    nikMasked: "517101******0003",
    nik: "5171014508900003",
    attachments: ["foto-ktp.jpg"],
  });
}

/** A message waiting in the needs-a-look queue as entry `id`, its clock running from receipt. */
export function queued(id: number, s: Omit<MailSpec, "status" | "file">): QueueItem {
  const item = mail({ ...s, file: "/data/evidence/queued.eml", status: { kind: "queued", queue_id: id } });
  const p = item.proposal!;
  return {
    id,
    sha256: item.sha256,
    message_id: p.mail.message_id,
    source_file: "kotak-masuk.mbox",
    mbox_index: id,
    subject: s.subject,
    from_address: p.mail.from?.address ?? null,
    received_at: p.received_at,
    received_source: p.received_source,
    queued_at: "2026-11-24T03:00:00Z",
    queued_by: "Sari",
    decision: null,
    decided_at: null,
    decided_by: null,
    proposal: p,
    clocks: {
      received_at: p.received_at,
      time_zone: "Asia/Makassar",
      policy_days: 14,
      observes_cuti_bersama: true,
      policy_due: "2026-12-14",
      policy_ends_at: "2026-12-14T23:59:59+08:00",
      extended: false,
      remaining_working_days: 13,
      policy_overdue: false,
      statutory_due: null,
      statutory_rights: [],
      remaining_hours: null,
      statutory_overdue: false,
      stricter: "policy",
      paused: false,
      paused_since: null,
      warnings: [],
    },
  };
}
