// The register's vocabularies, in the order the window offers them.
import type { Channel } from "$lib/bindings/Channel";
import type { LetterKind } from "$lib/bindings/LetterKind";
import type { RequestState } from "$lib/bindings/RequestState";
import type { RequesterRole } from "$lib/bindings/RequesterRole";
import type { Right } from "$lib/bindings/Right";

export const RIGHTS: Right[] = [
  "information",
  "access",
  "portability",
  "correction",
  "deletion",
  "withdraw-consent",
  "restriction",
  "objection",
  "compensation",
];

export const CHANNELS: Channel[] = ["email", "phone", "letter", "walk-in", "web-form", "chat"];

export const STATES: RequestState[] = [
  "received",
  "verifying",
  "searching",
  "fulfilling",
  "closed",
  "rejected",
  "withdrawn",
];

export const ROLES: RequesterRole[] = ["subject", "agent", "guardian"];

/** The letters, in the order of a request's flow (the core's `LetterKind::ALL`). */
export const LETTER_KINDS: LetterKind[] = [
  "acknowledgement",
  "verification-request",
  "access",
  "portability",
  "correction-done",
  "consent-withdrawn",
  "restriction-done",
  "objection-answered",
  "deletion-done",
  "refusal",
  "extension",
  "no-data",
  "forward-to-controller",
  "forwarded-notice",
  "deletion-certificate",
];
