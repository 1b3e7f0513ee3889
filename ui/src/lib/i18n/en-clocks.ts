// English for id-clocks.ts: a missing or unknown key is a type error.
import type { idClocks } from "./id-clocks";

export const enClocks: Record<keyof typeof idClocks, string> = {
  "nav.calendar": "Calendar",

  "clock.hours.left": "{n} hours left",
  "clock.hours.leftOne": "1 hour left",
  "clock.hours.lessThanOne": "less than 1 hour",
  "clock.hours.over": "{n} hours overdue",
  "clock.hours.overOne": "1 hour overdue",
  "clock.days.left": "{n} working days",
  "clock.days.leftOne": "1 working day",
  "clock.days.today": "due today",
  "clock.days.over": "{n} working days overdue",
  "clock.days.overOne": "1 working day overdue",
  "clock.days.overdue": "overdue",
  "clock.statutory.hint": "UU PDP 3×24 hours",
  "clock.paused": "Paused",
  "clock.pausedLeft": "{time} remain",
  "clock.due": "Due: {at}",
  "clock.dueStatutory": "UU PDP deadline: {at}",
  "clock.duePolicy": "Office policy due date: {date}",

  "clock.section": "Deadlines",
  "clock.first": "comes first",
  "clock.statutory.title": "UU PDP · 3×24 hours",
  "clock.statutory.none":
    "The rights asked for have no 3×24-hour deadline in UU PDP; only the office's policy window applies.",
  "clock.policy.title": "Office policy · {n} working days",
  "clock.extended": "extended",
  "clock.pausedSince": "Paused since {at}",
  "clock.paused.law": "The UU PDP 3×24-hour deadline does not stop: the law has no pause.",
  "clock.paused.lawNone": "A pause stops only the office's policy window; UU PDP itself has no pause.",
  "clock.warning.afterStatutory":
    "The office's policy window only ends {policy}, after the UU PDP deadline of {statutory}. Answer by {statutory}.",
  "clock.notices": "Notes on the deadlines",
  "clock.pause": "Pause",
  "clock.resume": "Resume",
  "clock.extend": "Extend due date",

  "warn.policy_after_statutory": "The office's policy window ends after the UU PDP 3×24-hour deadline: answer by the UU PDP deadline.",
  "warn.year_not_covered":
    "PDP Desk does not know the national holidays of {year}: the working days of {year} were counted as Monday–Friday less the office's closures, so the due date may be too early. Add the {year} holidays in the Calendar or import an .ics file.",
  "warn.provisional_holidays":
    "The {year} holiday list has not yet been checked against the official decree; check the due date if the decree differs.",
  "warn.paused": "The office's policy window stands still while paused; its due date moves on until the request is resumed.",

  "clockDialog.pause.title": "Pause the window of {id}",
  "clockDialog.resume.title": "Resume the window of {id}",
  "clockDialog.extend.title": "Extend the due date of {id}",
  "clockDialog.pause.body":
    "The office's policy window stops until it is resumed, e.g. while waiting for the requester's proof of identity.",
  "clockDialog.resume.body": "The office's policy window runs again with the working days it had left.",
  "clockDialog.extend.body": "Current due date: {date}. The new due date must be a working day after it.",
  "clockDialog.extend.law": "An extension moves only the office's policy window, not the UU PDP 3×24-hour deadline.",
  "clockDialog.until": "New due date",
  "clockDialog.reason": "Reason",
  "clockDialog.reason.hint": "Required; recorded in the request's history.",
  "clockDialog.notLater": "The new due date must be after {date}.",
  "clockDialog.done.pause": "{id} paused",
  "clockDialog.done.resume": "{id} is running again",
  "clockDialog.done.extend": "{id} is now due {date}",

  "reg.col.due": "Due",
  "reg.filter.due": "Due",
  "reg.filter.allDue": "Any due date",
  "due.today": "Due today",
  "due.soon": "Due in ≤ 5 working days",
  "due.overdue": "Overdue",
  "due.paused": "Paused",

  "board.title": "Deadlines of open requests",
  "board.dueToday": "Due today",
  "board.dueSoon": "≤ 5 working days",
  "board.dueSoon.hint": "or ≤ 24 hours under UU PDP",
  "board.overdue": "Overdue",
  "board.paused": "Paused",
  "dash.openByRight": "Open requests by right",
  "dash.noneOpen": "None",

  "errcode.clock_refused": "The clock cannot be changed",
  "errcode.calendar_entry_not_found": "That day is not in the office calendar",
  "errcode.cancelled": "Cancelled",

  "fielderr.until.required": "Choose the new due date.",
  "fielderr.until.format": "Not a valid date; use YYYY-MM-DD.",
  "fielderr.until.not_later": "The new due date must be after the current one.",
  "fielderr.until.not_working_day": "That date is not an office working day (weekend, holiday or closure).",
};
