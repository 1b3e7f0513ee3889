// The office's mail server for the component tests (src/test/fake-ipc.ts) only: settings kept in
// memory with the password write-only, a test send that fails the way a test scripts it, and the
// e-mails "sent" (to assert on). Not the core's rules.
import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { MailServer } from "$lib/bindings/MailServer";
import type { SmtpSettings } from "$lib/bindings/SmtpSettings";
import { IpcError } from "$lib/errors";

function fail(code: ErrorCode, message: string, field: string | null = null, reason: string | null = null): never {
  throw new IpcError({ code, message, field, reason });
}

/** A server as a test sets one up. */
export function mailSettings(overrides: Partial<SmtpSettings> = {}): SmtpSettings {
  return { host: "mail.example.com", port: 587, security: "start-tls", user: "kantor", sender: "privasi@example.com", ca_file: null, ...overrides };
}

const MESSAGES: Record<string, string> = {
  login_refused: "the mail server mail.example.com:587 refused the user name or password (535)",
  unreachable: "the mail server mail.example.com:587 could not be reached: Connection refused (os error 111)",
  tls: "the secure connection to mail.example.com:587 failed (is the server's certificate trusted, and is the security setting right?): certificate verify failed",
};

export function mailMock() {
  let server: MailServer = { settings: null, has_password: false };
  /** The reason the next sends fail with (`login_refused`, `tls`, `unreachable`), or null. */
  let failing: string | null = null;
  const sent: { to: string; subject: string }[] = [];

  /** What the core's send does: refuse without settings or with the scripted failure, else "send". */
  function send(to: string, subject: string) {
    if (!server.settings) fail("smtp_failed", "no mail server is set: fill in Settings → Mail server", null, "not_set");
    if (failing) fail("smtp_failed", MESSAGES[failing] ?? failing, null, failing);
    sent.push({ to, subject });
  }

  return {
    seed(m: MailServer) {
      server = structuredClone(m);
    },
    /** Sends fail with this reason from now on (null: they go through). */
    failWith(reason: string | null) {
      failing = reason;
    },
    sent,
    send,
    mailServerGet: async () => structuredClone(server),
    mailServerSet: async (settings: SmtpSettings, password: string | null): Promise<MailServer> => {
      if (!settings.host.trim()) fail("invalid_input", "host: the mail server's host name is required", "host", "required");
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.sender)) fail("invalid_input", "sender: the sender is an e-mail address", "sender", "format");
      if (settings.ca_file && !settings.ca_file.endsWith(".pem"))
        fail("invalid_input", `ca_file: file ${settings.ca_file}: not a PEM certificate`, "ca_file", "format");
      server = { settings: structuredClone(settings), has_password: password === null ? server.has_password : password !== "" };
      return structuredClone(server);
    },
    mailServerTest: async (to: string): Promise<string> => {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) fail("invalid_input", `to: "${to}" is not an e-mail address`, "to", "format");
      send(to, "Uji server surel PDP Desk / PDP Desk mail server test");
      return to;
    },
  };
}

export type MailMock = ReturnType<typeof mailMock>;
