// Why the office's mail server did not send a message, in the window's words: the core's
// `smtp_failed` carries a reason code (`login_refused`, `tls`, `unreachable`, …); a certificate
// file that cannot be read is a `file_error`. Anything else is not about the mail server.
import { hasKey, t } from "$lib/i18n";
import type { IpcError } from "./errors";

/** The sentence for a mail server's failure, or null when `e` is not one. */
export function smtpErrorText(e: IpcError): string | null {
  if (e.code === "file_error") return t("smtp.file");
  if (e.code !== "smtp_failed") return null;
  const key = `smtp.${e.reason ?? ""}`;
  return hasKey(key) ? t(key) : t("errcode.smtp_failed");
}

/** Whether Settings is where the failure is mended (the server's settings, not the message). */
export function mendedInSettings(e: IpcError): boolean {
  return e.code === "file_error" || (e.code === "smtp_failed" && e.reason !== "message_refused" && e.reason !== "setup");
}
