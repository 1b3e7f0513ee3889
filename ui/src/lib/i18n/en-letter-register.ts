// English for id-letter-register.ts: a missing or unknown key is a type error.
import type { idLetterRegister } from "./id-letter-register";

export const enLetterRegister: Record<keyof typeof idLetterRegister, string> = {
  "lreg.title": "Letters",
  "lreg.subtitle": "Every letter the office issued, across all requests, newest number first.",
  "lreg.requests": "Requests",

  "lreg.due.title": "To write",
  "lreg.due.hint": "Open requests that have not had this letter yet. Other letters are prepared on the request's page.",
  "lreg.due.none": "No letter is waiting: every open request has had its acknowledgement, forwarding and extension notice.",
  "lreg.due.received": "received {at}",
  "lreg.due.extended": "extended {at}",
  "lreg.due.write": "Write",
  "lreg.due.more": "Show all ({n})",
  "lreg.due.less": "Show fewer",

  "lreg.filters": "Filter letters",
  "lreg.filter.year": "Year",
  "lreg.filter.allYears": "All years",
  "lreg.filter.kind": "Kind of letter",
  "lreg.filter.allKinds": "All kinds",

  "lreg.col.number": "Number",
  "lreg.col.date": "Date",
  "lreg.col.kind": "Letter",
  "lreg.col.request": "Request",
  "lreg.col.sent": "E-mail",
  "lreg.col.actions": "Actions",
  "lreg.sent.yes": "Sent to {to}",
  "lreg.sent.no": "Not sent",
  "lreg.void": "VOID",
  "lreg.void.reason": "Number taken, but the PDF could not be made: {reason}",
  "lreg.unprinted": "Number taken, PDF not made yet",
  "lreg.lang.id": "ID",
  "lreg.lang.en": "EN",
  "lreg.lang.title.id": "Bahasa Indonesia",
  "lreg.lang.title.en": "English",
  "lreg.open": "Open PDF",
  "lreg.open.hint": "Opens the PDF in this computer's PDF viewer, to print from there.",
  "lreg.count": "{n} letters",

  "lreg.empty.title": "No letter issued yet",
  "lreg.empty.body":
    "Letters are issued from a request's page, in its Letters section. Start with the acknowledgement of a newly received request; the To write list above shows which.",
  "lreg.empty.nothingDue":
    "Letters are issued from a request's page, in its Letters section. As soon as a new request comes in, its acknowledgement shows above as a letter to write.",
  "lreg.noMatch.title": "No letter matches",
  "lreg.noMatch.body": "No letter has this year and kind. Change or clear the filters to see other letters.",
  "lreg.clearFilters": "Clear filters",
} satisfies Record<string, string>;
