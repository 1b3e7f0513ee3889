// Sources for component tests: the generator's office folder as the core lists it after a read.
import type { ColumnInfo } from "$lib/bindings/ColumnInfo";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FileOutcome } from "$lib/bindings/FileOutcome";
import type { FileReport } from "$lib/bindings/FileReport";
import type { RecordProposal } from "$lib/bindings/RecordProposal";
import type { Source } from "$lib/bindings/Source";
import type { SourceFile } from "$lib/bindings/SourceFile";
import type { SourceKind } from "$lib/bindings/SourceKind";

export const FOLDER = "/data/kantor";

export const columns = (...spec: [string, FieldRole][]): ColumnInfo[] => spec.map(([name, role]) => ({ name, role }));

export function report(kind: SourceKind, records: number, more: Partial<FileReport> = {}): FileReport {
  return {
    file: "",
    kind,
    encoding: "utf-8",
    delimiter: ",",
    columns: [],
    needs_mapping: false,
    records,
    records_with_warnings: 0,
    rejected: [],
    warnings: [],
    bytes: 1000,
    ...more,
  };
}

export function file(rel: string, r: FileReport | null, more: Partial<SourceFile> = {}): SourceFile {
  return {
    rel_path: rel,
    kind: r?.kind ?? null,
    records: r?.records ?? null,
    read_at: "2026-11-24T06:05:00Z",
    error: null,
    report: r ? { ...r, file: rel } : null,
    mapped: false,
    ...more,
  };
}

export const LEGACY_COLUMNS = columns(["Nama Lengkap", "name"], ["No HP", "other"], ["Alamat", "address"], ["Ket", "text"]);

export function officeFolder(): Source {
  return {
    id: 1,
    path: FOLDER,
    is_folder: true,
    added_at: "2026-11-24T06:00:00Z",
    files: [
      file(
        "chatwoot_contacts.csv",
        report("chatwoot-contacts", 2009, {
          encoding: "utf-8-bom",
          records_with_warnings: 14,
          columns: columns(["id", "id"], ["name", "name"], ["email", "email"], ["phone_number", "phone"]),
          warnings: [{ line: 118, reason: "phone has spaces" }],
        }),
      ),
      file("jurnal_sales_invoices.xlsx", report("jurnal-invoices", 3412, { encoding: null, delimiter: null })),
      file("whatsapp/Chat WhatsApp dengan Heru Santoso.txt", report("whatsapp-chat", 312, { delimiter: null })),
      file(
        "kontak_lama_cp1252.csv",
        report("generic-csv", 438, {
          encoding: "windows-1252",
          delimiter: ";",
          needs_mapping: true,
          columns: LEGACY_COLUMNS,
          rejected: [{ line: 212, reason: "unclosed quote" }],
        }),
      ),
      file("arsip/laporan_rusak.xlsx", null, { error: "not an XLSX workbook (the zip archive is truncated)" }),
    ],
  };
}

/** A workshop list whose mapping staff already saved: no badge. */
export function mappedFile(): Source {
  return {
    id: 2,
    path: "/data/daftar_hadir.csv",
    is_folder: false,
    added_at: "2026-11-24T06:00:00Z",
    files: [
      file("daftar_hadir.csv", report("generic-csv", 58, { needs_mapping: true, columns: columns(["Nama", "name"]) }), {
        mapped: true,
      }),
    ],
  };
}

export function outcome(rel: string, status: FileOutcome["status"], source = FOLDER): FileOutcome {
  return { source, file: rel, status, report: null, error: status === "unreadable" ? "broken" : null };
}

const CHAT_TEXT = "Mohon data pribadi saya dihapus dari sistem ya kak.";

export function chatProposal(): RecordProposal {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const at = (p: string) => {
    const start = bytes(CHAT_TEXT.slice(0, CHAT_TEXT.indexOf(p)));
    return { start, end: start + bytes(p), text: p };
  };
  return {
    source: FOLDER,
    file: "whatsapp/Chat WhatsApp dengan Heru Santoso.txt",
    kind: "whatsapp-chat",
    record: {
      number: 12,
      locator: { kind: "message", index: 12, line: 25 },
      record_id: null,
      fields: [
        { column: "author", role: "name", raw: "Heru Santoso", value: "Heru Santoso" },
        { column: "message", role: "text", raw: CHAT_TEXT, value: CHAT_TEXT },
      ],
      warnings: [],
    },
    text: CHAT_TEXT,
    classification: { class: "request", reasons: [], rights: [{ right: "deletion", phrases: [at("dihapus dari sistem")] }], context: [at("data pribadi")] },
    form: {
      received_at: "2026-11-20T02:15:00+00:00",
      channel: "chat",
      rights: ["deletion"],
      name: "Heru Santoso",
      emails: ["heru.santoso@example.com"],
      phones: ["+6281337123456"],
      postal_address: null,
      nik: null,
      role: "subject",
      on_behalf_of: null,
      notes: "Diterima lewat whatsapp/Chat WhatsApp dengan Heru Santoso.txt, message 12 (line 25)",
    },
  };
}
