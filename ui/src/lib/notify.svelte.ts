// Toasts for errors that belong to no form field, with the detail one click away.
import { toast } from "svelte-sonner";
import { t } from "$lib/i18n";
import { toIpcError, type IpcError } from "./errors";

/**
 * Where toasts appear: in the sidebar's free space, above its footer (staff name, language
 * switch), so they never cover a form field or a form's save row. App.svelte sets their width to
 * fit inside the sidebar (216 px of its 240).
 */
export const TOASTS = { position: "bottom-left", offset: { left: 12, bottom: 96 } } as const;

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
