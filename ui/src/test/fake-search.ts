// A believable search of the generator's office folder for one requester: 12 hits over 5 files
// (strong ones, a namesake, a phone number several people use, a similar name, a group chat), 3
// files without a hit and one that could not be read. For the component tests only (the browser
// preview shows recorded searches of the real core, src/lib/recorded/).
// Some records carry an e-mail or phone the request may lack (what enrichment offers to add); each
// hit's record can be "read again" (invented fields in its file's layout).
import type { Field } from "$lib/bindings/Field";
import type { FieldRole } from "$lib/bindings/FieldRole";
import type { FieldMarks } from "$lib/bindings/FieldMarks";
import type { FoundIdentifier } from "$lib/bindings/FoundIdentifier";
import type { HitRecord } from "$lib/bindings/HitRecord";
import type { Identifier } from "$lib/bindings/Identifier";
import type { Locator } from "$lib/bindings/Locator";
import type { Record } from "$lib/bindings/Record";
import type { Searched } from "$lib/bindings/Searched";
import type { StoredHit } from "$lib/bindings/StoredHit";
import type { StoredSearch } from "$lib/bindings/StoredSearch";
import type { SubjectQuery } from "$lib/bindings/SubjectQuery";
import type { Tone } from "$lib/bindings/Tone";
import type { Why } from "$lib/bindings/Why";

export const DEMO_SOURCE = "/home/staf/Dokumen/Data Kantor MJK";

export type DemoSubject = { requestId: string; name: string; emails: string[]; phones: string[] };

const CHATWOOT = "chatwoot_contacts.csv";
const INVOICES = "jurnal_sales_invoices.xlsx";
const CUSTOMERS = "jurnal_customers_excel_id.csv";
const WIX = "wix_form_submissions.csv";
const GROUP = "WhatsApp/Chat WhatsApp dengan Pelanggan Undangan 2024.txt";

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
const spaced = (e: string) => e.replace(/^(.)/, (c) => c.toUpperCase()).replace(/\.(.)/, (_, c: string) => `.${c.toUpperCase()}`);

/** Roughly the core's search keys of a query (the mock's stand-in for `SubjectQuery::normalised`). */
export function identifiersOf(q: SubjectQuery): Identifier[] {
  const out: Identifier[] = q.name?.trim() ? [{ code: "name", params: { name: q.name.trim() } }] : [];
  for (const key of new Set(q.emails.map((e) => e.trim().toLowerCase()))) out.push({ code: "email", params: { key } });
  const phones = q.phones.map((p) => p.replace(/\D/g, "").replace(/^62/, "").replace(/^0/, ""));
  for (const national of new Set(phones)) out.push({ code: "phone", params: { national } });
  for (const n of q.niks.map((n) => n.replace(/\D/g, ""))) out.push({ code: "nik", params: { masked: `${n.slice(0, 6)}******${n.slice(12)}` } });
  return out;
}

const email = (written: string, key: string): Why => ({
  code: "email_matches",
  params: { written, key, folds: written === key ? [] : ["case"] },
});
const phone = (written: string, key: string, restored = false): Why => ({
  code: "phone_matches",
  params: { written, key, note: restored ? "leading_zero_restored" : null },
});
const shared = (written: string): Why => ({ code: "phone_shared", params: { written, note: null } });
const same = (name: string): Why => ({ code: "name_same", params: { name } });
const similar = (subject: string): Why => ({ code: "name_similar", params: { subject } });
const mentions = (name: string): Why => ({ code: "text_mentions", params: { name } });

export function demoSearch(s: DemoSubject, opts: { id: number; firstHitId: number; actor: string; at: string; extra?: SubjectQuery }): StoredSearch {
  const name = opts.extra?.name?.trim() || s.name;
  const first = name.split(" ")[0];
  const mail = (s.emails[0] ?? `${slug(name)}@example.com`).toLowerCase();
  const national = (s.phones[0] ?? "+6281299990000").replace(/^\+62/, "");
  const dashed = `0${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  const intl = `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  const query: SubjectQuery = {
    name,
    emails: [...s.emails, ...(opts.extra?.emails ?? [])],
    phones: [...s.phones, ...(opts.extra?.phones ?? [])],
    niks: opts.extra?.niks ?? [],
  };
  const rows: [file: string, locator: Locator, record: number, recordId: string | null, cls: "strong" | "possible", score: number, why: Why[]][] = [
    [CHATWOOT, { kind: "line", line: 119 }, 118, "cw-10458", "strong", 95, [email(spaced(mail), mail), phone(intl, national), same(name)]],
    [CHATWOOT, { kind: "line", line: 1544 }, 1543, "cw-11902", "possible", 35, [same(name)]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 208 }, 207, "INV/2024/00208#1", "strong", 85, [email(mail, mail), same(name)]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 1187 }, 1186, "INV/2024/01187#1", "strong", 80, [email(mail.toUpperCase(), mail)]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 2950 }, 2949, "INV/2025/00311#2", "strong", 80, [email(`mailto:${mail}`, mail)]],
    [INVOICES, { kind: "cell", sheet: "Faktur", row: 3001 }, 3000, "INV/2025/00362#1", "possible", 35, [similar(name)]],
    [CUSTOMERS, { kind: "line", line: 98 }, 97, "C-0097", "strong", 80, [phone(national, national, true), similar(name)]],
    [CUSTOMERS, { kind: "line", line: 311 }, 310, "C-0310", "possible", 25, [shared(dashed), { code: "another_person" }]],
    [WIX, { kind: "line", line: 42 }, 41, "wix-4851", "strong", 85, [email(mail, mail), mentions(name)]],
    [WIX, { kind: "line", line: 123 }, 122, "wix-4932", "possible", 35, [shared(dashed.replace(/-/g, " "))]],
    [GROUP, { kind: "message", index: 214, line: 388 }, 214, null, "strong", 80, [phone(intl, national)]],
    [GROUP, { kind: "message", index: 230, line: 412 }, 230, null, "possible", 35, [mentions(first)]],
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
export function demoRecord(hit: StoredHit, subjectName: string, searchedFor: Identifier[]): HitRecord {
  const said = <C extends Why["code"]>(code: C) => hit.explanation.find((w): w is Extract<Why, { code: C }> => w.code === code);
  const email = said("email_matches")?.params.written ?? "";
  const phone = said("phone_matches")?.params.written ?? said("phone_shared")?.params.written ?? "";
  const [subjectFirst, ...subjectRest] = subjectName.split(" ");
  const similar = said("name_similar") ? `${subjectFirst} ${subjectRest.join(" ").charAt(0)}.` : undefined;
  const someoneElse = said("another_person") ? "Maria Susanti" : undefined;
  const name = said("name_same")?.params.name ?? similar ?? someoneElse ?? (email ? titled(email.replace(/^mailto:/, "").split("@")[0]) : "");
  const [first, ...rest] = name.split(" ");
  const mention = said("text_mentions")?.params.name;
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
  const record: Record = {
    number: hit.record, locator: hit.locator, record_id: hit.record_id, fields,
    warnings: lost ? [`${lost.column}: a mobile number that lost its leading 0 (Excel)`] : [],
  };
  // The mock marks a field whose whole value is a spelling the explanation names; the core
  // compares search keys (pdp-core search/marks.rs).
  const tones = new Map<string, Tone>();
  for (const w of hit.explanation) {
    if (w.code === "email_matches" || w.code === "phone_matches") tones.set(w.params.written, "strong");
    if (w.code === "phone_shared") tones.set(w.params.written, "against");
    if (w.code === "name_same") tones.set(w.params.name, "weak");
  }
  if (similar) tones.set(similar, "weak");
  if (someoneElse) tones.set(someoneElse, "against");
  const marks = fields.map((f): FieldMarks => {
    const tone = tones.get(f.value) ?? null;
    return { tone, marks: tone ? [{ start: 0, end: f.value.length, tone }] : [] };
  });
  const toneOf = (kind: Identifier["code"]): Tone | null => {
    const found = fields.filter((f) => f.role === kind).map((f) => tones.get(f.value));
    return found.find((t) => t === "against") ?? found.find((t) => t !== undefined) ?? null;
  };
  return { record, fields: marks, identifiers: searchedFor.map((id) => toneOf(id.code)) };
}
