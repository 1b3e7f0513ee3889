// The only module that talks to the Rust side. Every command is typed; every rejection becomes an
// `IpcError`. With VITE_IPC_MOCK=1 (dev only) an in-memory backend answers instead; the check is a
// build-time constant, so the mock is dropped from production bundles.
import { invoke } from "@tauri-apps/api/core";
import type { Evidence } from "$lib/bindings/Evidence";
import type { Installation } from "$lib/bindings/Installation";
import type { IntakeItem } from "$lib/bindings/IntakeItem";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { OfficeProfile } from "$lib/bindings/OfficeProfile";
import type { OfficeUpdate } from "$lib/bindings/OfficeUpdate";
import type { Request } from "$lib/bindings/Request";
import type { RequestDetail } from "$lib/bindings/RequestDetail";
import type { RequestEvent } from "$lib/bindings/RequestEvent";
import type { RequestFilter } from "$lib/bindings/RequestFilter";
import type { RequestState } from "$lib/bindings/RequestState";
import { toIpcError } from "./errors";

export type Args = Record<string, unknown>;

/** Which message of a previewed file: the core reads it again and checks it is unchanged. */
export type MessageRef = Pick<IntakeItem, "file" | "index" | "sha256">;

async function call<T>(cmd: string, args: Args = {}): Promise<T> {
  try {
    if (import.meta.env.VITE_IPC_MOCK === "1") {
      const { mockInvoke } = await import("./ipc-mock");
      return (await mockInvoke(cmd, args)) as T;
    }
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const ipc = {
  requestList: (filter: RequestFilter) => call<Request[]>("request_list", { filter }),
  requestGet: (id: string) => call<RequestDetail>("request_get", { id }),
  requestCreate: (form: NewRequest) => call<Request>("request_create", { form }),
  requestChangeState: (id: string, to: RequestState, reason: string) =>
    call<Request>("request_change_state", { id, to, reason }),
  requestAddNote: (id: string, text: string) => call<RequestEvent>("request_add_note", { id, text }),
  requestEvidence: (id: string) => call<Evidence[]>("request_evidence", { id }),

  intakePreview: (paths: string[]) => call<IntakeItem[]>("intake_preview", { paths }),
  intakeRegister: ({ file, index, sha256 }: MessageRef, form: NewRequest) =>
    call<Request>("intake_register", { file, index, sha256, form }),
  intakeLinkReply: ({ file, index, sha256 }: MessageRef, requestId: string) =>
    call<null>("intake_link_reply", { file, index, sha256, requestId }),

  officeGet: () => call<OfficeProfile>("office_get"),
  officeUpdate: (update: OfficeUpdate) => call<OfficeProfile>("office_update", { update }),
  officeLogo: () => call<number[] | null>("office_logo"),
  officeSetLogo: (png: number[]) => call<null>("office_set_logo", { png }),
  officeClearLogo: () => call<null>("office_clear_logo"),

  installationGet: () => call<Installation>("installation_get"),
  operatorGet: () => call<string>("operator_get"),
  operatorSet: (name: string) => call<null>("operator_set", { name }),
  demoClear: () => call<number>("demo_clear"),
};

export type Ipc = typeof ipc;
