// The register entry a source record proposes, as staff edit it (the intake card's `Draft`), and the
// `NewRequest` sent when they confirm. The core fills `proposal.form` (channel, contacts, the
// record's own time, a note naming file and place); what staff change replaces it.
import type { Locator } from "$lib/bindings/Locator";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { RecordProposal } from "$lib/bindings/RecordProposal";
import { RIGHTS } from "$lib/domain";
import type { FieldErrors } from "$lib/field-errors";
import { officeNowLocal } from "$lib/format";
import { validateDraft, type Draft } from "$lib/intake-form";
import { t } from "$lib/i18n";
import { formatCount } from "./labels";

const filled = (s: string) => s.trim() !== "";

/** The record's time of receipt as a datetime-local value on the office clock; "" when it has none. */
export function recordLocal(p: RecordProposal, zone: OfficeZone): string {
  if (!p.form.received_at) return "";
  const at = new Date(p.form.received_at);
  return Number.isNaN(at.getTime()) ? "" : officeNowLocal(zone, at);
}

export function recordDraft(p: RecordProposal, zone: OfficeZone): Draft {
  const f = p.form;
  return {
    rights: RIGHTS.filter((r) => f.rights.includes(r)),
    name: f.name,
    emails: f.emails.length > 0 ? [...f.emails] : [""],
    phones: f.phones.length > 0 ? [...f.phones] : [""],
    role: f.role,
    onBehalfOf: f.on_behalf_of ?? "",
    notes: f.notes ?? "",
    received: recordLocal(p, zone),
    reason: "",
    processor: false,
    controllerName: "",
    controllerContact: "",
  };
}

/** The intake card's checks; a postal address from the record counts as a contact. */
export function validateRecordDraft(d: Draft, p: RecordProposal, receivedChanged: boolean): FieldErrors {
  const e = validateDraft(d, receivedChanged);
  if (e.contact && p.form.postal_address?.trim()) delete e.contact;
  return e;
}

/** `original` is the record's own time ("" when it had none). */
export function recordForm(d: Draft, p: RecordProposal, original: string): NewRequest {
  const changed = original !== "" && d.received !== original;
  const notes = [d.notes.trim(), changed ? t("intake.note.corrected", { reason: d.reason.trim() }) : ""].filter(filled).join("\n");
  const form: NewRequest = {
    ...p.form,
    received_at: changed || original === "" ? d.received.trim() || null : p.form.received_at,
    rights: RIGHTS.filter((r) => d.rights.includes(r)),
    name: d.name.trim(),
    emails: d.emails.filter(filled).map((s) => s.trim()),
    phones: d.phones.filter(filled).map((s) => s.trim()),
    role: d.role,
    on_behalf_of: d.role === "subject" ? null : d.onBehalfOf.trim() || null,
    notes: notes || null,
  };
  delete form.controller;
  if (d.processor) form.controller = { name: d.controllerName.trim(), contact: d.controllerContact.trim() || null };
  return form;
}

/** Where a record stands, in words: "baris 14", "lembar Penjualan, baris 8", "pesan 12". */
export function locatorText(l: Locator): string {
  switch (l.kind) {
    case "line":
      return t("sources.locator.line", { n: formatCount(l.line) });
    case "cell":
      return t("sources.locator.cell", { sheet: l.sheet, n: formatCount(l.row) });
    case "message":
      return t("sources.locator.message", { n: formatCount(l.index), line: formatCount(l.line) });
    case "mail":
      return t("sources.locator.mail", { id: l.message_id });
  }
}
