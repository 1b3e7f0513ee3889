// Server state of letters: the office's register of them and what open requests wait for; a
// request's letters (what fits and what was issued), a letter's filled text, the draft's and the
// kept letters' pages drawn by pdf.js, and the steps (issue, open, send), each of which reads the
// request and the register again (its history gets the letter).
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { IssuedLetter } from "$lib/bindings/IssuedLetter";
import type { Language } from "$lib/bindings/Language";
import type { DueLetter } from "$lib/bindings/DueLetter";
import type { LetterFilter } from "$lib/bindings/LetterFilter";
import type { LetterKind } from "$lib/bindings/LetterKind";
import type { LetterRegister } from "$lib/bindings/LetterRegister";
import type { RefusalGround } from "$lib/bindings/RefusalGround";
import type { RequestLetters } from "$lib/bindings/RequestLetters";
import type { IpcError } from "./errors";
import { ipc } from "./ipc";
import { pdfPages, type PageImage } from "./pdf-pages";
import { keys } from "./queries";

/** Which letter, in which language, for which grounds; `text` null for the template's. */
export type LetterAsk = { kind: LetterKind; lang: Language; grounds: RefusalGround[]; text: string | null };

export const letterKeys = {
  letters: (id: string) => [...keys.request(id), "letters"] as const,
  // Not under the request: reading the request again must not replace the text being edited.
  text: (id: string, kind: LetterKind, lang: Language, grounds: RefusalGround[]) => ["letter-text", id, kind, lang, grounds] as const,
  draft: (id: string, ask: LetterAsk) => ["letter-draft", id, ask] as const,
  pdf: (number: string) => ["letter-pdf", number] as const,
  /** The office's register of letters (all requests); a prefix of each filter's key. */
  register: ["letter-register"] as const,
  due: ["letters-due"] as const,
};

/** The office's letters across all requests, by the year of numbering and the kind. */
export function useLetterRegister(filter: () => LetterFilter) {
  return createQuery<LetterRegister, IpcError>(() => ({
    queryKey: [...letterKeys.register, filter()] as const,
    queryFn: () => ipc.letterRegister(filter()),
    placeholderData: (previous) => previous,
  }));
}

/** The letters open requests still wait for. */
export function useLettersDue() {
  return createQuery<DueLetter[], IpcError>(() => ({ queryKey: letterKeys.due, queryFn: () => ipc.lettersDue() }));
}

export function useLetters(id: () => string) {
  return createQuery<RequestLetters, IpcError>(() => ({
    queryKey: letterKeys.letters(id()),
    queryFn: () => ipc.requestLetters(id()),
  }));
}

/** The filled text; not asked while `ask` is null (a refusal without its ground). */
export function useLetterText(id: () => string, ask: () => Omit<LetterAsk, "text"> | null) {
  return createQuery<string, IpcError>(() => {
    const { kind, lang, grounds } = ask() ?? { kind: "refusal", lang: "id", grounds: [] };
    return {
      queryKey: letterKeys.text(id(), kind, lang, grounds),
      queryFn: () => ipc.letterText(id(), kind, lang, grounds),
      enabled: ask() !== null,
      retry: false,
      staleTime: Infinity,
    };
  });
}

/** The draft laid out by the core and drawn page by page; the last pages stay while the next draw. */
export function useDraftPages(id: () => string, ask: () => LetterAsk | null) {
  return createQuery<PageImage[], IpcError>(() => {
    const a = ask();
    return {
      queryKey: letterKeys.draft(id(), a ?? { kind: "acknowledgement", lang: "id", grounds: [], text: null }),
      queryFn: async () => {
        if (!a) return [];
        return pdfPages(await ipc.letterDraft(id(), a.kind, a.lang, a.text, a.grounds));
      },
      enabled: a !== null,
      placeholderData: (previous) => previous,
      retry: false,
      gcTime: 60_000,
    };
  });
}

/** An issued letter's kept PDF, drawn. */
export function useIssuedPages(number: () => string) {
  return createQuery<PageImage[], IpcError>(() => ({
    queryKey: letterKeys.pdf(number()),
    queryFn: async () => pdfPages(await ipc.letterPdf(number())),
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
  }));
}

/** A step on a letter; afterwards the request (letters, history) is read again, refused or not. */
function useLetterStep<T, A>(id: () => string, run: (arg: A) => Promise<T>) {
  const client = useQueryClient();
  return createMutation<T, IpcError, A>(() => ({
    mutationFn: run,
    // A failed print leaves a VOID number: the lists show it.
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.request(id()) }),
        client.invalidateQueries({ queryKey: letterKeys.register }),
        client.invalidateQueries({ queryKey: letterKeys.due }),
      ]);
    },
  }));
}

export const useIssueLetter = (id: () => string) =>
  useLetterStep<IssuedLetter, LetterAsk>(id, (a) => ipc.letterIssue(id(), a.kind, a.lang, a.text, a.grounds));

export const useSendLetter = (id: () => string) =>
  useLetterStep<IssuedLetter, { number: string; to: string | null }>(id, ({ number, to }) => ipc.letterSend(number, to));

export function useOpenLetter() {
  return createMutation<null, IpcError, string>(() => ({ mutationFn: (number) => ipc.letterOpen(number) }));
}
