// Server state: query keys per domain, queries, and mutations that invalidate what they change.
import { createMutation, createQuery, useQueryClient } from "@tanstack/svelte-query";
import type { Language } from "$lib/bindings/Language";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeUpdate } from "$lib/bindings/OfficeUpdate";
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { QueueEntry } from "$lib/bindings/QueueEntry";
import type { Request } from "$lib/bindings/Request";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { RequestState } from "$lib/bindings/RequestState";
import type { IpcError } from "./errors";
import { ipc, type MessageRef } from "./ipc";

export const keys = {
  office: ["office"] as const,
  logo: ["office", "logo"] as const,
  operator: ["operator"] as const,
  installation: ["installation"] as const,
  certificateKey: ["certificate-key"] as const,
  requests: ["requests"] as const,
  requestList: (filter: RequestFilter) => ["requests", "list", filter] as const,
  request: (id: string) => ["requests", "detail", id] as const,
  evidence: (id: string) => ["requests", "detail", id, "evidence"] as const,
  forwardingNote: (id: string, lang: Language) => ["requests", "detail", id, "forwarding-note", lang] as const,
  intakeQueue: ["intake-queue"] as const,
  calendar: ["calendar"] as const,
  calendarYear: (year: number) => ["calendar", year] as const,
};

/** How often lists poll, so requests recorded from the CLI in the same data folder show up. */
export const LIST_REFETCH_MS = 5000;

export function useOffice() {
  return createQuery<Awaited<ReturnType<typeof ipc.officeGet>>, IpcError>(() => ({
    queryKey: keys.office,
    queryFn: () => ipc.officeGet(),
  }));
}

export function useLogo(enabled: () => boolean) {
  return createQuery<number[] | null, IpcError>(() => ({
    queryKey: keys.logo,
    queryFn: () => ipc.officeLogo(),
    enabled: enabled(),
  }));
}

/** This month's first letter number under a pattern being typed, from the core (its error says why a pattern is refused). */
export function useLetterExample(args: () => { pattern: string; name: string; zone: OfficeZone }) {
  return createQuery<string, IpcError>(() => {
    const { pattern, name, zone } = args();
    return {
      queryKey: ["letter-example", pattern, name, zone],
      queryFn: () => ipc.officeLetterExample(pattern, name, zone),
      placeholderData: (previous) => previous,
      retry: false,
    };
  });
}

export function useOperator() {
  return createQuery<string, IpcError>(() => ({ queryKey: keys.operator, queryFn: () => ipc.operatorGet() }));
}

export function useInstallation() {
  return createQuery<Awaited<ReturnType<typeof ipc.installationGet>>, IpcError>(() => ({
    queryKey: keys.installation,
    queryFn: () => ipc.installationGet(),
    staleTime: Infinity,
  }));
}

export function useCertificateKey() {
  return createQuery<Awaited<ReturnType<typeof ipc.certificateKey>>, IpcError>(() => ({
    queryKey: keys.certificateKey,
    queryFn: () => ipc.certificateKey(),
    staleTime: Infinity,
  }));
}

export function useRequestList(filter: () => RequestFilter) {
  return createQuery<Awaited<ReturnType<typeof ipc.requestList>>, IpcError>(() => {
    const f = filter();
    return {
      queryKey: keys.requestList(f),
      queryFn: () => ipc.requestList(f),
      refetchInterval: LIST_REFETCH_MS,
      refetchIntervalInBackground: true,
      placeholderData: (previous) => previous,
    };
  });
}

export function useRequest(id: () => string) {
  return createQuery<Awaited<ReturnType<typeof ipc.requestGet>>, IpcError>(() => ({
    queryKey: keys.request(id()),
    queryFn: () => ipc.requestGet(id()),
  }));
}

export function useRequestEvidence(id: () => string) {
  return createQuery<Awaited<ReturnType<typeof ipc.requestEvidence>>, IpcError>(() => ({
    queryKey: keys.evidence(id()),
    queryFn: () => ipc.requestEvidence(id()),
  }));
}

/** Registers a previewed message as a request; the register, dashboard and details refresh. */
export function useIntakeRegister() {
  const client = useQueryClient();
  return createMutation<
    Awaited<ReturnType<typeof ipc.intakeRegister>>,
    IpcError,
    { message: MessageRef; form: NewRequest }
  >(() => ({
    mutationFn: ({ message, form }) => ipc.intakeRegister(message, form),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

/** The needs-a-look queue, waiting first then decided; polls like the register (the CLI queues too). */
export function useIntakeQueue() {
  return createQuery<Awaited<ReturnType<typeof ipc.intakeQueue>>, IpcError>(() => ({
    queryKey: keys.intakeQueue,
    queryFn: () => ipc.intakeQueue(true),
    refetchInterval: LIST_REFETCH_MS,
  }));
}

/** Decides a queued message: a request (the register refreshes) or not a request with a reason. */
export function useQueueDecide() {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.intakeQueue }),
      client.invalidateQueries({ queryKey: keys.requests }),
    ]);
  return {
    request: createMutation<Request, IpcError, { id: number; form: NewRequest }>(() => ({
      mutationFn: ({ id, form }) => ipc.intakeQueueRequest(id, form),
      onSuccess: refresh,
    })),
    dismiss: createMutation<QueueEntry, IpcError, { id: number; reason: string }>(() => ({
      mutationFn: ({ id, reason }) => ipc.intakeQueueDismiss(id, reason),
      onSuccess: refresh,
    })),
  };
}

/** Links a previewed reply to its request (kept as evidence, noted in the history). */
export function useIntakeLinkReply() {
  const client = useQueryClient();
  return createMutation<null, IpcError, { message: MessageRef; requestId: string }>(() => ({
    mutationFn: ({ message, requestId }) => ipc.intakeLinkReply(message, requestId),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

export function useCreateRequest() {
  const client = useQueryClient();
  return createMutation<Awaited<ReturnType<typeof ipc.requestCreate>>, IpcError, NewRequest>(() => ({
    mutationFn: (form) => ipc.requestCreate(form),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

export function useChangeState(id: () => string) {
  const client = useQueryClient();
  return createMutation<
    Awaited<ReturnType<typeof ipc.requestChangeState>>,
    IpcError,
    { to: RequestState; reason: string; checklistOpen?: string | null }
  >(() => ({
    mutationFn: ({ to, reason, checklistOpen }) => ipc.requestChangeState(id(), to, reason, checklistOpen ?? null),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

/** The note forwarding a request to its controller (the office is the processor). */
export function useForwardingNote(id: () => string, lang: () => Language) {
  return createQuery<string, IpcError>(() => ({
    queryKey: keys.forwardingNote(id(), lang()),
    queryFn: () => ipc.requestForwardingNote(id(), lang()),
  }));
}

/** Corrects the time of receipt: the detail (clocks, history) and the register refresh. */
export function useCorrectReceived(id: () => string) {
  const client = useQueryClient();
  return createMutation<
    Awaited<ReturnType<typeof ipc.requestCorrectReceived>>,
    IpcError,
    { received: string; reason: string }
  >(() => ({
    mutationFn: ({ received, reason }) => ipc.requestCorrectReceived(id(), received, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.requests }),
  }));
}

export function useAddNote(id: () => string) {
  const client = useQueryClient();
  return createMutation<Awaited<ReturnType<typeof ipc.requestAddNote>>, IpcError, string>(() => ({
    mutationFn: (text) => ipc.requestAddNote(id(), text),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.request(id()) }),
  }));
}

export function useUpdateOffice() {
  const client = useQueryClient();
  return createMutation<Awaited<ReturnType<typeof ipc.officeUpdate>>, IpcError, OfficeUpdate>(() => ({
    mutationFn: (update) => ipc.officeUpdate(update),
    onSuccess: (office) => {
      client.setQueryData(keys.office, office);
      // The clocks and the calendar follow the time zone, the window and cuti bersama.
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.requests }),
        client.invalidateQueries({ queryKey: keys.calendar }),
        // The first start ends once the office has a name.
        client.invalidateQueries({ queryKey: setupKey }),
      ]);
    },
  }));
}

export function useSetOperator() {
  const client = useQueryClient();
  return createMutation<null, IpcError, string>(() => ({
    mutationFn: (name) => ipc.operatorSet(name),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.operator }),
  }));
}

export function useSetLogo() {
  const client = useQueryClient();
  return createMutation<null, IpcError, number[] | null>(() => ({
    mutationFn: (png) => (png ? ipc.officeSetLogo(png) : ipc.officeClearLogo()),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.office }),
  }));
}

/** Asked again when the office profile is saved. */
export const setupKey = ["setup-needed"] as const;

export function useSetupNeeded() {
  return createQuery<boolean, IpcError>(() => ({
    queryKey: setupKey,
    queryFn: () => ipc.setupNeeded(),
    refetchOnWindowFocus: false,
  }));
}

export function useDemoStart() {
  const client = useQueryClient();
  return createMutation<null, IpcError, void>(() => ({
    mutationFn: () => ipc.demoStart(),
    onSuccess: () => client.invalidateQueries(),
  }));
}

export function useDemoClear() {
  const client = useQueryClient();
  return createMutation<number, IpcError, void>(() => ({
    mutationFn: () => ipc.demoClear(),
    onSuccess: () => client.invalidateQueries(),
  }));
}
