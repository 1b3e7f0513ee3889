// Server state of the clocks and the office calendar. Anything that moves a clock or changes the
// calendar refreshes the register, the board and the details, whose clocks depend on it.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { CalendarEntry } from "$lib/bindings/CalendarEntry";
import type { CalendarYear } from "$lib/bindings/CalendarYear";
import type { Clocks } from "$lib/bindings/Clocks";
import type { IcsImport } from "$lib/bindings/IcsImport";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { keys } from "./queries";

export type ClockAction =
  | { action: "pause"; reason: string }
  | { action: "resume"; reason: string }
  | { action: "extend"; reason: string; until: string };

/** Pauses, resumes or extends the policy window of request `id`. */
export function useClockAction(id: () => string) {
  const client = useQueryClient();
  return createMutation<Clocks, IpcError, ClockAction>(() => ({
    mutationFn: (a) => {
      switch (a.action) {
        case "pause":
          return ipc.requestPause(id(), a.reason);
        case "resume":
          return ipc.requestResume(id(), a.reason);
        case "extend":
          return ipc.requestExtend(id(), a.until, a.reason);
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

export function useCalendarYear(year: () => number) {
  return createQuery<CalendarYear, IpcError>(() => ({
    queryKey: keys.calendarYear(year()),
    queryFn: () => ipc.calendarYear(year()),
    placeholderData: (previous) => previous,
  }));
}

function useCalendarMutation<T, V>(fn: (v: V) => Promise<T>) {
  const client = useQueryClient();
  return createMutation<T, IpcError, V>(() => ({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.calendar }),
        client.invalidateQueries({ queryKey: keys.requests }),
      ]),
  }));
}

export const useCalendarAdd = () => useCalendarMutation<CalendarEntry, CalendarEntry>((e) => ipc.calendarAdd(e));
export const useCalendarRemove = () => useCalendarMutation<CalendarEntry, string>((date) => ipc.calendarRemove(date));
export const useCalendarImport = () => useCalendarMutation<IcsImport, string>((path) => ipc.calendarImport(path));
