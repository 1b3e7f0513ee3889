// A believable search of the generator's office folder for one requester: 12 hits over 5 files
// (strong ones, a namesake, a phone number several people use, a similar name, a group chat), 3
// files without a hit and one that could not be read. Used by the dev mock and the component tests.
// Some records carry an e-mail or phone the request may lack (what enrichment offers to add); each
// hit's record can be "read again" (invented fields in its file's layout).
import type { Field } from "$lib/bindings/Field";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FoundIdentifier } from "$lib/bindings/FoundIdentifier";
import type { Locator } from "$lib/bindings/Locator";
import type { Record } from "$lib/bindings/Record";
import type { Searched } from "$lib/bindings/Searched";
import type { StoredHit } from "$lib/bindings/StoredHit";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { SubjectQuery } from "$lib/bindings/SubjectQuery";

export const DEMO_SOURCE = "/home/staf/Dokumen/Data Kantor MJK";

export type DemoSubject = { requestId: string; name: string; emails: string[]; phones: string[] };

const CHATWOOT = "chatwoot_contacts.csv";
const INVOICES = "jurnal_sales_invoices.xlsx";
const CUSTOMERS = "jurnal_customers_excel_id.csv";
const WIX = "wix_form_submissions.csv";
const GROUP = "WhatsApp/Chat WhatsApp dengan Pelanggan Undangan 2024.txt";

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
const spaced = (e: string) => e.replace(/^(.)/, (c) => c.toUpperCase()).replace(/\.(.)/, (_, c: string) => `.${c.toUpperCase()}`);

/** The core's normalised identifiers ("e-mail: …", "phone: … (national number)"). */
export function identifiersOf(q: SubjectQuery): string[] {
  const out = q.name?.trim() ? [`name: ${q.name.trim()}`] : [];
  out.push(...[...new Set(q.emails.map((e) => e.trim().toLowerCase()))].map((e) => `e-mail: ${e}`));
  const phones = q.phones.map((p) => p.replace(/\D/g, "").replace(/^62/, "").replace(/^0/, ""));
  out.push(...[...new Set(phones)].map((p) => `phone: ${p} (national number)`));
  out.push(...q.niks.map((n) => n.replace(/\D/g, "")).map((n) => `NIK: ${n.slice(0, 6)}******${n.slice(12)}`));
  return out;
}

export function demoSearch(s: DemoSubject, opts: { id: number; firstHitId: number; actor: string; at: string; extra?: SubjectQuery }): StoredSearch {
  const name = opts.extra?.name?.trim() || s.name;
  const first = name.split(" ")[0];
  const last = name.split(" ").slice(1).join(" ") || "Saputra";
  const email = (s.emails[0] ?? `${slug(name)}@example.com`).toLowerCase();
  const national = (s.phones[0] ?? "+6281299990000").replace(/^\+62/, "");
  const dashed = `0${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  const intl = `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  const similar = first.startsWith("Y") ? `J${first.slice(1)} ${last}` : `${first}h ${last}`;
  const query: SubjectQuery = {
    name,
    emails: [...s.emails, ...(opts.extra?.emails ?? [])],
    phones: [...s.phones, ...(opts.extra?.phones ?? [])],
    niks: opts.extra?.niks ?? [],
  };
  const rows: [file: string, locator: Locator, record: number, recordId: string | null, cls: "strong" | "possible", score: number, why: string[]][] = [
    [CHATWOOT, { kind: "line", line: 119 }, 118, "cw-10458", "strong", 95,
      [`e-mail ${spaced(email)} matches ${email}`, `phone ${intl} matches national number ${national}`, `name ${name} is the subject's name`]],
    [CHATWOOT, { kind: "line", line: 1544 }, 1543, "cw-11902", "possible", 35,
      [`name ${name} is the subject's name`]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 208 }, 207, "INV/2024/00208#1", "strong", 85,
      [`e-mail ${email} matches ${email}`, `name ${name} is the subject's name`]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 1187 }, 1186, "INV/2024/01187#1", "strong", 80,
      [`e-mail ${email.toUpperCase()} matches ${email}`]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 2950 }, 2949, "INV/2025/00311#2", "strong", 80,
      [`e-mail mailto:${email} matches ${email}`]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 3001 }, 3000, "INV/2025/00362#1", "possible", 35,
      [`name ${similar} is similar to ${name} (not proof)`]],
    [CUSTOMERS, { kind: "line", line: 98 }, 97, "C-0097", "strong", 80,
      [`phone ${national} matches national number ${national} (leading 0 restored (lost in Excel))`, `name ${first} ${last[0]}. is similar to ${name} (not proof)`]],
    [CUSTOMERS, { kind: "line", line: 311 }, 310, "C-0310", "possible", 25,
      [`phone ${dashed} matches, but the sources show it used by several people`, `but the record names Maria ${last}`]],
    [WIX, { kind: "line", line: 42 }, 41, "wix-4851", "strong", 85,
      [`e-mail ${email} matches ${email}`, `the text mentions ${name}`]],
    [WIX, { kind: "line", line: 123 }, 122, "wix-4932", "possible", 35,
      [`phone ${dashed.replace(/-/g, " ")} matches, but the sources show it used by several people`]],
    [GROUP, { kind: "message", index: 214, line: 388 }, 214, null, "strong", 80,
      [`phone ${intl} matches national number ${national}`]],
    [GROUP, { kind: "message", index: 230, line: 412 }, 230, null, "possible", 35,
      [`the text mentions ${first}`]],
  ];
  const hits: StoredHit[] = rows.map(([file, locator, record, record_id, cls, score, explanation], i) => ({
    id: opts.firstHitId + i, source: DEMO_SOURCE, file, locator, record, record_id, class: cls, score, explanation,
    decision: null, decided_by: null, decided_at: null, reason: null,
  }));
  const count = (file: string, c: "strong" | "possible") => hits.filter((h) => h.file === file && h.class === c).length;
  const files: [string, number, string | null][] = [
    [CHATWOOT, 2009, null], [INVOICES, 3412, null], [CUSTOMERS, 612, null], [WIX, 184, null], [GROUP, 1288, null],
    ["google_forms.csv", 96, null], ["cvmajujayakreatif-flamingo-inbound-2024-06-30.csv", 142, null], ["kontak_lama_cp1252.csv", 438, null],
    ["arsip/rekap_2019_rusak.xlsx", 0, "the file is not a readable XLSX workbook (zip central directory missing)"],
  ];
  const searched: Searched[] = files.map(([file, records, error]) => ({
    source: DEMO_SOURCE, file, records, strong: count(file, "strong"), possible: count(file, "possible"), error,
  }));
  return { id: opts.id, request_id: s.requestId, at: opts.at, actor: opts.actor, identifiers: identifiersOf(query), searched, hits };
}

/** The invented e-mail or phone a demo record carries besides the subject's own, if any. */
function carried(file: string, name: string): Omit<FoundIdentifier, "found_in"> | null {
  if (file === INVOICES || file === WIX) return { kind: "phone", value: "+6281234500001" };
  if (file === CUSTOMERS) return { kind: "email", value: `${slug(name)}@kantor.example` };
  return null;
}

/** A record's place as the core names it in a found identifier ("file, line 10"). */
function foundAt(file: string, l: Locator): string {
  switch (l.kind) {
    case "line":
      return `${file}, line ${l.line}`;
    case "cell":
      return `${file}, ${l.sheet} row ${l.row}`;
    case "message":
      return `${file}, message ${l.index}`;
    case "mail":
      return file;
  }
}

/** The identifiers on the search's confirmed hits that the requester does not have yet. */
export function demoFound(search: StoredSearch, requester: { name: string; emails: string[]; phones: string[] }): FoundIdentifier[] {
  const digits = (p: string) => p.replace(/\D/g, "").replace(/^0/, "62");
  const has = new Set([...requester.emails.map((e) => e.toLowerCase()), ...requester.phones.map(digits)]);
  const found = new Map<string, FoundIdentifier>();
  for (const h of search.hits.filter((x) => x.decision === "confirmed")) {
    const id = carried(h.file, requester.name);
    if (!id || has.has(id.kind === "phone" ? digits(id.value) : id.value)) continue;
    const f = found.get(id.value) ?? { ...id, found_in: [] };
    f.found_in.push(foundAt(h.file, h.locator));
    found.set(id.value, f);
  }
  return [...found.values()];
}

const titled = (local: string) => local.split(/[._-]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");

/**
 * A demo hit's record "read again": invented fields in the layout of its file, with the spellings
 * its explanation names (e-mail, phone, name) so that the comparison has something to mark, and
 * the identifier enrichment finds on it (`carried`).
 */
export function demoRecord(hit: StoredHit, subjectName: string): Record {
  const said = (re: RegExp) => hit.explanation.map((s) => re.exec(s)?.[1]).find((v) => v !== undefined);
  const email = said(/^e-mail (.+?) matches /) ?? said(/^but it carries another e-mail, (.+)$/) ?? "";
  const phone = said(/^phone (.+?) matches/) ?? "";
  const name =
    said(/^name (.+?) (?:is the subject's name|is similar to )/) ?? said(/^but the record names (.+)$/) ?? (email ? titled(email.replace(/^mailto:/, "").split("@")[0]) : "");
  const [first, ...rest] = name.split(" ");
  const mention = said(/^the text mentions (.+)$/);
  const other = carried(hit.file, subjectName)?.value ?? "";
  const cells: [string, FieldRole, string][] = (() => {
    switch (hit.file) {
      case CHATWOOT:
        return [["id", "id", hit.record_id?.replace(/^cw-/, "") ?? ""], ["name", "name", name], ["email", "email", email],
          ["phone_number", "phone", phone], ["labels", "other", hit.record === 1543 ? "singaraja" : "pelanggan,undangan"]];
      case INVOICES:
        return [["*Customer", "name", name], ["Email", "email", email], ["BillingAddress", "address", "Jl. Contoh Indah No. 12, Denpasar"],
          ["*InvoiceDate", "date", "14/03/2024"], ["*InvoiceNumber", "id", hit.record_id?.split("#")[0] ?? ""],
          ["Message", "text", `Konfirmasi desain ke ${other}`], ["*ProductName", "other", "Undangan pernikahan hardcover"],
          ["Description", "text", "Cetak 300 lembar, tinta emas, amplop krem"]];
      case CUSTOMERS:
        return [["*Display Name", "name", name], ["First Name", "name", first], ["Last Name", "name", rest.join(" ")],
          ["Email", "email", other], ["Mobile", "phone", phone], ["Billing Address", "address", "Jl. Contoh Raya Gg. II No. 5, Denpasar"], ["Other Details", "text", "pelanggan lama"]];
      case WIX:
        return [["Submission time", "date", "2024-05-02 10:41"], ["First name", "name", first], ["Last name", "name", rest.join(" ")],
          ["Email", "email", email], ["Phone", "phone", phone || other], ["Address", "address", ""],
          ["Message", "text", mention
            ? `Halo, saya ${mention}. Saya ingin memesan undangan untuk pernikahan adik saya bulan Juli. Mohon kirimkan katalog dan daftar harga terbaru, serta perkiraan waktu pengerjaan untuk 250 undangan dengan nama tamu dicetak satu per satu. Terima kasih.`
            : "Mohon info harga kartu nama."],
          ["Submission ID", "id", hit.record_id ?? ""]];
      default: // the WhatsApp group: time, author (a name or a number), message
        return [["time", "date", "12/06/24 19.02"], phone ? ["author phone", "phone", phone] : ["author", "name", "Rina Kusuma"],
          ["message", "text", mention ? `Nanti yang ambil undangan ${mention} ya kak, besok sore.` : "Kak, undangannya sudah bisa diambil? 🙏"]];
    }
  })();
  const fields: Field[] = cells.map(([column, role, value]) => ({ column, role, raw: value, value }));
  const lost = fields.find((f) => f.role === "phone" && /^8\d{8,11}$/.test(f.value));
  return {
    number: hit.record, locator: hit.locator, record_id: hit.record_id, fields,
    warnings: lost ? [`${lost.column}: a mobile number that lost its leading 0 (Excel)`] : [],
  };
}
