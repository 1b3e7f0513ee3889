// Demo sources for the dev mock (`npm run dev:mock`): the generator's office folder (Chatwoot
// contacts, Jurnal invoices, web forms, WhatsApp chats, a legacy CSV that needs a mapping, a broken
// workbook), reads with progress events and cancel, and requests started from a record. Looks
// only; the real reading lives in pdp-core.
import type { Code, Report } from "./errors";
import type { ColumnInfo } from "$lib/bindings/ColumnInfo";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FileOutcome } from "$lib/bindings/FileOutcome";
import type { FileReport } from "$lib/bindings/FileReport";
import type { Highlight } from "$lib/bindings/Highlight";
import type { NewRequest } from "$lib/bindings/NewRequest";
import type { RecordProposal } from "$lib/bindings/RecordProposal";
import type { RecordSelector } from "$lib/bindings/RecordSelector";
import type { Right } from "$lib/bindings/Right";
import type { Source } from "$lib/bindings/Source";
import type { SourceFile } from "$lib/bindings/SourceFile";
import type { SourceKind } from "$lib/bindings/SourceKind";
import type { MockRegister } from "./ipc-mock-intake";

/** The window event the mock's progress travels on (desktop.ts listens to it in mock mode). */
const PROGRESS_EVENT = "pdpdesk:source-progress";
const HOME = "/home/staf/Dokumen/Data Kantor MJK";

function fail(code: Code, message: string): never {
  const report: Report = { code, message, field: null, reason: null };
  throw report;
}

type Spec = [rel: string, kind: SourceKind | null, records: number, bytes: number, extra?: Partial<FileReport> & { error?: string; mapped?: boolean }];

const cols = (spec: string): ColumnInfo[] =>
  spec.split("|").map((c) => {
    const [name, role] = c.split(":");
    return { name, role: role as FieldRole };
  });
const issues = (...rows: [number, string][]) => rows.map(([line, reason]) => ({ line, reason }));

const TEXT = { encoding: "utf-8", delimiter: "," };
const OFFICE: Spec[] = [
  ["chatwoot_contacts.csv", "chatwoot-contacts", 2009, 412_334, { encoding: "utf-8-bom", delimiter: ",", records_with_warnings: 14,
    columns: cols("id:id|name:name|email:email|phone_number:phone|identifier:id|city:address|country_code:other|company_name:other|created_at:date|last_activity_at:date|labels:other"),
    warnings: issues([118, "phone_number \"+62 812-3456-7801\" has spaces; read as +6281234567801"], [904, "email \"Dewi.Anggraini@Example.com\" not lower-case"], [1377, "ragged row: 10 fields, 11 expected"]) }],
  ["jurnal_sales_invoices.xlsx", "jurnal-invoices", 3412, 1_870_221, { encoding: null, delimiter: null, records_with_warnings: 3,
    columns: cols("*Customer:name|Email:email|Alamat Penagihan:address|*Tanggal Transaksi:date|*No Transaksi:id|*Nama Produk:other|*Kuantitas:other|*Harga per Unit:other|Catatan:text"),
    warnings: issues([1208, "Harga per Unit \"686.000\" written as text; read as 686000"], [2210, "Tanggal Transaksi \"31/06/2024\" is not a date"]) }],
  ["jurnal_sales_invoices.csv", "jurnal-invoices", 3412, 1_204_775, { encoding: "utf-8", delimiter: ",",
    columns: cols("*Customer:name|Email:email|Alamat Penagihan:address|*Tanggal Transaksi:date|*No Transaksi:id|*Nama Produk:other|*Kuantitas:other|*Harga per Unit:other|Catatan:text") }],
  ["jurnal_customers_excel_id.csv", "jurnal-customers", 612, 98_512, { encoding: "utf-8-bom", delimiter: ";", records_with_warnings: 27,
    columns: cols("*Nama Panggilan:name|Nama Perusahaan:other|Email:email|Handphone:phone|Alamat Penagihan:address|NPWP:id|Saldo Awal:other"),
    warnings: issues([44, "Handphone: a number in scientific notation (Excel): its digits are lost and it cannot be matched"], [97, "Handphone: a mobile number that lost its leading 0 (Excel)"]) }],
  ["wix_form_submissions.csv", "wix-forms", 184, 61_020, { ...TEXT,
    columns: cols("Submission ID:id|Submission Time:date|Nama Lengkap:name|Email:email|No. WhatsApp:phone|Pesan:text") }],
  ["google_forms.csv", "google-forms", 96, 22_410, { ...TEXT, columns: cols("Timestamp:date|Email Address:email|Nama:name|Nomor HP:phone|Pertanyaan atau permintaan:text") }],
  ["google_forms_sheet_export.csv", "google-forms", 96, 22_955, { ...TEXT, columns: cols("Timestamp:date|Email Address:email|Nama:name|Nomor HP:phone|Pertanyaan atau permintaan:text") }],
  ["cvmajujayakreatif-flamingo-inbound-2024-06-30.csv", "flamingo", 142, 88_140, { ...TEXT,
    columns: cols("subject:other|from:name|from_name:name|from_email:email|your-message:text|date:date") }],
  ["kontak_lama_cp1252.csv", "generic-csv", 438, 35_902, { encoding: "windows-1252", delimiter: ";", needs_mapping: true, records_with_warnings: 5,
    columns: cols("Nama Lengkap:name|No HP:phone|Alamat:address|Ket:text|Tgl Input:date|Kode:other"),
    rejected: issues([212, "unclosed quote: the row runs to the end of the file"], [377, "12 fields, 6 expected"]),
    warnings: issues([58, "No HP \"0812 3456 78\" too short for an Indonesian number"]) }],
  ["whatsapp/Chat WhatsApp dengan Heru Santoso.txt", "whatsapp-chat", 312, 41_277, { encoding: "utf-8", delimiter: null }],
  ["whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya/_chat.txt", "whatsapp-chat", 1847, 230_611, { encoding: "utf-8", delimiter: null, records_with_warnings: 6,
    warnings: issues([1022, "attachment line without a file name"]) }],
  ["email/02_permohonan_penghapusan_data.eml", "mail", 1, 4_211, { encoding: "utf-8", delimiter: null }],
  ["email/05_pertanyaan_faktur.eml", "mail", 1, 3_870, { encoding: "utf-8", delimiter: null }],
  ["arsip/rekap_peserta_lomba_2023.xlsx", "generic-xlsx", 266, 48_330, { encoding: null, delimiter: null, needs_mapping: true,
    columns: cols("No:id|Nama Peserta:name|Sekolah:other|Nama Orang Tua:other|HP Orang Tua:phone|Kategori:other") }],
  ["arsip/laporan_rusak.xlsx", null, 0, 18_432, { error: "arsip/laporan_rusak.xlsx: not an XLSX workbook (the zip archive is truncated)" }],
];

let nextId = 1;
const sources: Source[] = [];

function fileOf([rel, kind, records, bytes, extra = {}]: Spec, readAt: string): SourceFile {
  const { error, mapped, ...more } = extra;
  const report: FileReport | null = kind
    ? { file: rel, kind, encoding: "utf-8", delimiter: null, columns: [], needs_mapping: false, records,
        records_with_warnings: 0, rejected: [], warnings: [], bytes, ...more }
    : null;
  return { rel_path: rel, kind, records: kind ? records : null, read_at: readAt, error: error ?? null, report, mapped: mapped ?? false };
}

function addSource(path: string, isFolder: boolean, specs: Spec[], at: Date): Source {
  const source: Source = { id: nextId++, path, is_folder: isFolder, added_at: at.toISOString(), files: specs.map((s) => fileOf(s, at.toISOString())) };
  sources.push(source);
  return source;
}

addSource(HOME, true, OFFICE, new Date(Date.now() - 3 * 86400_000));
addSource("/home/staf/Unduhan/daftar_hadir_workshop_desain.csv", false, [
  ["daftar_hadir_workshop_desain.csv", "generic-csv", 58, 6_120, { encoding: "utf-8", delimiter: ",", needs_mapping: true, mapped: true,
    columns: cols("Nama:name|Instansi:other|Email:email|WA:phone|Tanda tangan:other") }],
], new Date(Date.now() - 86400_000));

/** What the demo dialogs hand out. */
const PICKED: Record<string, Spec[]> = {
  "/home/staf/Dokumen/Arsip 2023": [
    ["pelanggan_2023.csv", "generic-csv", 1204, 140_220, { encoding: "utf-8", delimiter: ";", needs_mapping: true,
      columns: cols("Nama:name|Telp:phone|Email:email|Kota:address|Catatan:text") }],
    ["faktur_2023.xlsx", "jurnal-invoices", 2876, 1_410_008, { encoding: null, delimiter: null,
      columns: cols("*Customer:name|Email:email|*Tanggal Transaksi:date|*No Transaksi:id|Catatan:text") }],
    ["chat/WhatsApp Chat with Rudi Hartono.txt", "whatsapp-chat", 96, 12_400, { encoding: "utf-8", delimiter: null }],
  ],
  "/home/staf/Unduhan/pelanggan_toko_online.xlsx": [
    ["pelanggan_toko_online.xlsx", "generic-xlsx", 730, 91_004, { encoding: null, delimiter: null, needs_mapping: true,
      columns: cols("Nama Pembeli:name|No. HP:phone|Alamat Kirim:address|Tanggal Order:date|Catatan:text") }],
  ],
};

export function mockPickSources(folders: boolean): string[] {
  return [folders ? "/home/staf/Dokumen/Arsip 2023" : "/home/staf/Unduhan/pelanggan_toko_online.xlsx"];
}

let cancelled = false;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads `files` of `source` slowly, emitting progress; rejects with `cancelled` when asked. */
async function read(source: Source, status: (f: SourceFile) => FileOutcome["status"], counter: { bytes: number; records: number; index: number; files: number }) {
  const out: FileOutcome[] = [];
  for (const f of source.files) {
    if (cancelled) fail("cancelled", "cancelled");
    counter.index += 1;
    const s = status(f);
    window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { file: f.rel_path, file_index: counter.index, files: counter.files, bytes: counter.bytes, records: counter.records } }));
    if (s === "read") {
      await sleep(Math.min(1400, 180 + (f.report?.bytes ?? 0) / 2000));
      counter.bytes += f.report?.bytes ?? 0;
      counter.records += f.records ?? 0;
      f.read_at = new Date().toISOString();
    } else await sleep(60);
    out.push({ source: source.path, file: f.rel_path, status: s, report: f.report, error: f.error });
  }
  return out;
}

function findFile(path: string): [Source, SourceFile] {
  for (const s of sources) {
    for (const f of s.files) if ((s.is_folder ? `${s.path}/${f.rel_path}` : s.path) === path) return [s, f];
  }
  return fail("invalid_input", `${path} is in no added source: add it first`);
}

const bytes = (s: string) => new TextEncoder().encode(s).length;
function find(text: string, ...phrases: string[]): Highlight[] {
  return phrases.map((p) => {
    const start = bytes(text.slice(0, text.indexOf(p)));
    return { start, end: start + bytes(p), text: p };
  });
}

function proposal(source: Source, f: SourceFile, which: RecordSelector): RecordProposal {
  const kind = f.kind ?? "generic-csv";
  const n = "number" in which ? which.number : which.at.kind === "message" ? which.at.index : which.at.kind === "line" ? which.at.line - 1 : which.at.kind === "cell" ? which.at.row - 1 : 1;
  if (n < 1 || n > (f.records ?? 0)) fail("file_error", `file ${source.path}/${f.rel_path}: no record ${n}`);
  const chat = kind === "whatsapp-chat";
  const text = chat
    ? "Selamat siang kak, saya Heru Santoso, dulu sering cetak undangan di sini. Saya sudah tidak pakai jasa Maju Jaya lagi, mohon data pribadi saya (nama, nomor HP, alamat) dihapus dari sistem ya. Terima kasih 🙏"
    : kind === "wix-forms" || kind === "google-forms" || kind === "flamingo"
      ? "Halo, saya ingin tahu data pribadi apa saja tentang saya yang disimpan CV Maju Jaya Kreatif dan minta salinannya dikirim ke e-mail ini."
      : "";
  const rights: [Right, string][] = chat ? [["deletion", "dihapus dari sistem"]] : text ? [["access", "minta salinannya"]] : [];
  const name = chat ? "Heru Santoso" : "Rahmat Hidayat";
  const at = new Date(Date.now() - 6 * 86400_000).toISOString();
  const locator = chat ? { kind: "message" as const, index: n, line: n * 2 + 1 } : f.report?.encoding === null ? { kind: "cell" as const, sheet: "Sheet1", row: n + 1 } : { kind: "line" as const, line: n + 1 };
  const form: NewRequest = {
    received_at: at,
    channel: chat ? "chat" : "web-form",
    rights: rights.map(([r]) => r),
    name,
    emails: chat ? [] : ["rahmat.hidayat@example.com"],
    phones: chat ? ["+6281337123456"] : ["+6285600112233"],
    postal_address: null,
    nik: null,
    role: "subject",
    on_behalf_of: null,
    notes: `Diterima lewat ${f.rel_path}, ${chat ? `message ${n} (line ${locator.line})` : `record ${n}`}`,
  };
  const fields = chat
    ? [{ column: "author", role: "name" as const, raw: "Heru Santoso", value: "Heru Santoso" }, { column: "time", role: "date" as const, raw: at, value: at }, { column: "message", role: "text" as const, raw: text, value: text }]
    : [{ column: "Nama Lengkap", role: "name" as const, raw: name, value: name }, { column: "Email", role: "email" as const, raw: "rahmat.hidayat@example.com", value: "rahmat.hidayat@example.com" }, { column: "No. WhatsApp", role: "phone" as const, raw: "0856-0011-2233", value: "0856-0011-2233" }, { column: "Pesan", role: "text" as const, raw: text, value: text }];
  return {
    source: source.path, file: f.rel_path, kind,
    record: { number: n, locator, record_id: chat ? null : `wix-${4810 + n}`, fields, warnings: [] },
    text,
    classification: { is_request: rights.length > 0, rights: rights.map(([right, p]) => ({ right, phrases: find(text, p) })), context: text.includes("data pribadi") ? find(text, "data pribadi") : [] },
    form,
  };
}

export async function mockSources(cmd: string, args: Record<string, unknown>, register: MockRegister): Promise<unknown> {
  switch (cmd) {
    case "source_list":
      return structuredClone(sources);
    case "source_add": {
      cancelled = false;
      const out: FileOutcome[] = [];
      for (const path of args.paths as string[]) {
        const specs = PICKED[path] ?? [[path.split("/").pop() ?? path, "generic-csv", 120, 9_800, { ...TEXT, needs_mapping: true, columns: cols("Nama:name|Telepon:phone|Catatan:text") }]];
        const source = sources.find((s) => s.path === path) ?? addSource(path, path in PICKED ? !path.includes(".") : false, specs, new Date());
        out.push(...(await read(source, () => "read", { bytes: 0, records: 0, index: 0, files: source.files.length })));
      }
      return structuredClone(out);
    }
    case "source_index": {
      cancelled = false;
      const counter = { bytes: 0, records: 0, index: 0, files: sources.reduce((n, s) => n + s.files.length, 0) };
      const out: FileOutcome[] = [];
      for (const s of sources) {
        const gone = s.files.filter((f) => f.rel_path.endsWith("05_pertanyaan_faktur.eml"));
        s.files = s.files.filter((f) => !gone.includes(f));
        out.push(...gone.map((f) => ({ source: s.path, file: f.rel_path, status: "gone" as const, report: null, error: null })));
        out.push(...(await read(s, (f) => (f.error ? "unreadable" : f.rel_path === "chatwoot_contacts.csv" ? "read" : "unchanged"), counter)));
      }
      return structuredClone(out);
    }
    case "source_cancel":
      cancelled = true;
      return null;
    case "source_remove": {
      const i = sources.findIndex((s) => s.path === args.path);
      if (i < 0) fail("invalid_input", `${String(args.path)} is not an added source`);
      return sources.splice(i, 1)[0];
    }
    case "source_map": {
      cancelled = false;
      const [source, f] = findFile(String(args.file));
      const roles = args.roles as FieldRole[];
      if (f.report) f.report.columns = f.report.columns.map((c, i) => ({ ...c, role: roles[i] ?? c.role }));
      f.mapped = true;
      const counter = { bytes: 0, records: 0, index: 0, files: source.files.length };
      return structuredClone(await read(source, (x) => (x === f ? "read" : x.error ? "unreadable" : "unchanged"), counter));
    }
    case "record_propose": {
      const [source, f] = findFile(String(args.file));
      return structuredClone(proposal(source, f, args.which as RecordSelector));
    }
    case "record_register": {
      findFile(String(args.file));
      return structuredClone(register.create(args.form as NewRequest));
    }
    default:
      return fail("ipc", `mock: unknown command ${cmd}`);
  }
}
