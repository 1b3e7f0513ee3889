// The register entry a previewed message proposes (the core's `proposal.form`), as staff edit it,
// and the `NewRequest` sent when they confirm. The time of receipt stays the e-mail's own
// (RFC 3339) unless staff correct it, and then the reason goes into the notes.
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { Proposal } from "$lib/bindings/Proposal";
import type { RequesterRole } from "$lib/bindings/RequesterRole";
import type { Right } from "$lib/bindings/Right";
import { RIGHTS } from "./domain";
import type { FieldErrors } from "./field-errors";
import { officeNowLocal } from "./format";
import { t } from "$lib/i18n";

export type Draft = {
  rights: Right[];
  name: string;
  emails: string[];
  phones: string[];
  role: RequesterRole;
  onBehalfOf: string;
  notes: string;
  /** datetime-local value on the office clock. */
  received: string;
  /** Why staff changed the time of receipt; required when they did. */
  reason: string;
  processor: boolean;
  controllerName: string;
  controllerContact: string;
};

/** Fields the server may name in an input error, in the order the card shows them. */
export const DRAFT_FIELDS = [
  "rights",
  "name",
  "on_behalf_of",
  "nik",
  "contact",
  "email",
  "phone",
  "received_at",
  "received_reason",
  "notes",
  "controller",
] as const;

const filled = (s: string) => s.trim() !== "";

/** The time of receipt the e-mail gives, as a datetime-local value on the office clock. */
export function proposedLocal(p: Proposal, zone: OfficeZone): string {
  const at = new Date(p.received_at);
  return Number.isNaN(at.getTime()) ? "" : officeNowLocal(zone, at);
}

/** "Diterima lewat e-mail: "<subject>"", with the attachments named (never opened). */
export function proposedNotes(p: Proposal): string {
  const subject = p.mail.subject.trim() || t("intake.noSubject");
  let notes = t("intake.note.received", { subject });
  const names = p.mail.attachments.map((a) => a.name ?? a.content_type);
  if (names.length > 0) notes += t("intake.note.attachments", { names: names.join(", ") });
  return notes;
}

export function draftOf(p: Proposal, zone: OfficeZone): Draft {
  const f = p.form;
  return {
    rights: RIGHTS.filter((right) => f.rights.includes(right)),
    name: f.name,
    emails: f.emails.length > 0 ? [...f.emails] : [""],
    phones: f.phones.length > 0 ? [...f.phones] : [""],
    role: f.role,
    onBehalfOf: f.on_behalf_of ?? "",
    notes: proposedNotes(p),
    received: proposedLocal(p, zone),
    reason: "",
    processor: false,
    controllerName: "",
    controllerContact: "",
  };
}

/** Client-side checks, the same as the new-request form's, plus the correction reason. */
export function validateDraft(d: Draft, receivedChanged: boolean): FieldErrors {
  const e: FieldErrors = {};
  if (d.rights.length === 0) e.rights = t("fielderr.rights.required");
  if (!filled(d.name)) e.name = t("fielderr.name.required");
  if (d.role !== "subject" && !filled(d.onBehalfOf)) e.on_behalf_of = t("fielderr.on_behalf_of.required");
  if (!d.emails.some(filled) && !d.phones.some(filled)) e.contact = t("fielderr.contact.required");
  if (receivedChanged && !filled(d.received)) e.received_at = t("fielderr.received_at.format");
  if (receivedChanged && !filled(d.reason)) e.received_reason = t("fielderr.received_reason.required");
  if (d.processor && !filled(d.controllerName)) e.controller = t("fielderr.controller.required");
  return e;
}

export function formOf(d: Draft, p: Proposal, receivedChanged: boolean): NewRequest {
  const notes = [d.notes.trim(), receivedChanged ? t("intake.note.corrected", { reason: d.reason.trim() }) : ""]
    .filter(filled)
    .join("\n");
  const form: NewRequest = {
    received_at: receivedChanged ? d.received : p.received_at,
    channel: "email",
    rights: RIGHTS.filter((r) => d.rights.includes(r)),
    name: d.name.trim(),
    emails: d.emails.filter(filled).map((s) => s.trim()),
    phones: d.phones.filter(filled).map((s) => s.trim()),
    postal_address: null,
    nik: p.form.nik,
    role: d.role,
    on_behalf_of: d.role === "subject" ? null : d.onBehalfOf.trim() || null,
    notes: notes || null,
  };
  if (d.processor) form.controller = { name: d.controllerName.trim(), contact: d.controllerContact.trim() || null };
  return form;
}
