// Toasts for errors that belong to no form field, with the detail one click away.
import { toast } from "svelte-sonner";
import { t } from "$lib/i18n";
import { toIpcError, type IpcError } from "./errors";

/** The error whose detail dialog is open, if any. */
export const errorDetail = $state<{ current: IpcError | null }>({ current: null });

export function errorTitle(e: IpcError): string {
  return t(`errcode.${e.code}`);
}

export function reportError(err: unknown): void {
  const e = toIpcError(err);
  toast.error(errorTitle(e), {
    duration: 10000,
    action: {
      label: t("error.details"),
      onClick: () => {
        errorDetail.current = e;
      },
    },
  });
}

export function notifySuccess(message: string): void {
  toast.success(message);
}
