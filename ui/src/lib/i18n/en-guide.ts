// English for id-guide.ts: a missing or unknown key is a type error.
import type { idGuide } from "./id-guide";

export const enGuide: Record<keyof typeof idGuide, string> = {
  "guide.title": "Steps of the request",
  "guide.step.summary": "Summary",
  "guide.step.verify": "Verification",
  "guide.step.search": "Search",
  "guide.step.fulfil": "Fulfilment",
  "guide.step.letters": "Letters",
  "guide.step.history": "History",
  "guide.status.done": "done",
  "guide.status.needed": "to do",
  "guide.status.not-needed": "not needed",
  "guide.action.acknowledge": "Send the acknowledgement",
  "guide.action.issue-letter": "Issue letter: {kind}",
  "guide.action.verify": "Verify identity",
  "guide.action.search": "Search for data",
  "guide.action.confirm-hits": "Confirm the hits",
  "guide.action.make-access-pack": "Make the access pack",
  "guide.action.make-bundle": "Make the data package",
  "guide.action.redact": "Carry out the deletion",
  "guide.action.issue-certificate": "Issue the certificate",
  "guide.action.close": "Close the request",
  "guide.close.reason": "Everything asked is done and its answer letter issued.",
  "guide.unverified": "The requester is not verified yet. Searching may go on, but no data may leave the office until verification is complete.",
  "guide.next": "Next step",
  "guide.ended": "Finished",
};
