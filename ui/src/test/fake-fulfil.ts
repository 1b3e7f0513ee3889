// Fulfilment and the processing register for the component tests (src/test/fake-ipc.ts) only: a
// scripted stand-in, so a test can preview, make and list packages and edit the register. Not the
// core's rules; the starting profile and the profiles list are the core's own, recorded
// (scripts/record-replies), and the register's refusals are worded as the core words them.
import type { AccessPackMade } from "$lib/bindings/AccessPackMade";
import type { BundleMade } from "$lib/bindings/BundleMade";
import type { BundlePreview } from "$lib/bindings/BundlePreview";
import type { BundleRecord } from "$lib/bindings/BundleRecord";
import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { KeptProcessingRegister } from "$lib/bindings/KeptProcessingRegister";
import type { ProcessingProfile } from "$lib/bindings/ProcessingProfile";
import type { ProcessingRegister } from "$lib/bindings/ProcessingRegister";
import { IpcError } from "$lib/errors";
import { lookup } from "$lib/ipc-mock";

function fail(code: ErrorCode, message: string, field: string | null = null, reason: string | null = null): never {
  throw new IpcError({ code, message, field, reason });
}

/** Two files, five records, one relative's number masked. */
export function samplePreview(id: string): BundlePreview {
  return {
    request_id: id,
    files: [
      { source: "/home/staf/Ekspor", file: "chatwoot/contacts.csv", records: 1, fields: ["name", "email", "phone_number", "city"] },
      {
        source: "/home/staf/Ekspor",
        file: "jurnal/faktur_2024.csv",
        records: 4,
        fields: ["Nomor", "Tanggal", "Pelanggan", "Email", "Telepon", "Alamat", "Produk", "Jumlah", "Harga", "Catatan"],
      },
    ],
    masked: [{ entry: "data/Ekspor/jurnal/faktur_2024", record: 17, field: "Catatan", kind: "phone", hint: "+6…4410" }],
    left_out: [],
    partial_chats: [],
  };
}

/** The register the recorder started from a profile (print-studio), as the core keeps it. */
export function recordedRegister(): KeptProcessingRegister {
  const kept = lookup("processing_register") as KeptProcessingRegister | null;
  if (!kept) throw new Error("the recording has no processing register: run scripts/record-replies");
  return kept;
}

const SHA = "3f2a9c0d1b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
export const NEW_PASSCODE = "K7QM-3XWD-PT9R-HB4N";

export type FulfilHooks = { gateOpen: (id: string) => boolean; actor: () => string };

export function fulfilMock(hooks: FulfilHooks) {
  const previews = new Map<string, BundlePreview>();
  const made = new Map<string, BundleRecord[]>();
  let register: KeptProcessingRegister | null = null;
  let seq = 0;

  function preview(id: string): BundlePreview {
    if (!hooks.gateOpen(id)) fail("verification_refused", `request ${id}: identity is not verified yet`);
    const p = previews.get(id);
    if (!p) fail("nothing_confirmed", `request ${id}: nothing is confirmed: answer with the no-data letter`);
    return structuredClone(p);
  }

  function make(id: string, out: string, passcode: string | null, newPasscode: boolean, kind: string): BundleMade {
    const p = preview(id);
    if (passcode !== null && passcode.trim().length < 8) fail("invalid_input", "passcode: a passcode has at least 8 characters", "passcode", "too_short");
    const name = out.split("/").pop() ?? "";
    const record: BundleRecord = {
      id: ++seq,
      request_id: id,
      kind,
      made_at: "2026-11-25T06:00:00Z",
      actor: hooks.actor(),
      file_name: name,
      sha256: SHA,
      bytes: 18_432,
      records: p.files.reduce((n, f) => n + f.records, 0),
      masked: p.masked.length,
      passcode_used: passcode !== null || newPasscode,
    };
    made.set(id, [record, ...(made.get(id) ?? [])]);
    return {
      record,
      out,
      files: p.files.length * 2,
      masked: p.masked,
      left_out: p.left_out,
      partial_chats: p.partial_chats,
      new_passcode: newPasscode ? NEW_PASSCODE : null,
    };
  }

  /** The core's check, for the cases the tests type. */
  function check(r: ProcessingRegister) {
    const bad = (reason: string, message: string): never => fail("invalid_input", `processing_register: ${message}`, "processing_register", reason);
    if (r.entries.length === 0) bad("required", "entries: the register needs at least one data category");
    r.entries.forEach((e, i) => {
      for (const lang of ["id", "en"] as const)
        if (!e.category[lang].trim()) bad("required", `entries[${i + 1}].category.${lang} is required`);
      const at = `entries[${i + 1}] ("${e.category.id}")`;
      if (e.purposes.length === 0) bad("required", `${at}.purposes: give at least one purpose with its legal basis`);
      const m = e.retention.months;
      if (m !== null && (m < 1 || m > 1200))
        bad("out_of_range", `${at}.retention.months: ${m} is not a retention period; give 1 to 1200 months, or leave it out when the period is not a number`);
    });
  }

  return {
    /** A request's preview; none means nothing is confirmed. */
    seed(id: string, p: BundlePreview) {
      previews.set(id, p);
    },
    setRegister(kept: KeptProcessingRegister | null) {
      register = kept;
    },
    bundlePreview: async (id: string) => preview(id),
    makeBundle: async (id: string, out: string, passcode: string | null, newPasscode: boolean) => make(id, out, passcode, newPasscode, "bundle"),
    makeAccessPack: async (id: string, out: string, passcode: string | null, newPasscode: boolean): Promise<AccessPackMade> => {
      preview(id);
      if (!register) fail("invalid_input", "processing_register: the office has no processing register yet", "processing_register", "required");
      const m = make(id, out, passcode, newPasscode, "access-pack");
      return { ...m, processing: { request_id: id, office: "Kantor", generated_at: m.record.made_at, files: [] }, not_in_register: [] };
    },
    bundleCancel: async () => null,
    bundleList: async (id: string) => structuredClone(made.get(id) ?? []),
    bundleOpenFolder: async () => null,
    processingRegister: async () => structuredClone(register),
    processingProfiles: async () => structuredClone(lookup("processing_profiles") as ProcessingProfile[]),
    processingStartProfile: async (profile: string, replace: boolean) => {
      if (register?.origin.kind === "edited" && !replace)
        fail("invalid_input", "replace: the processing register was edited; add --replace to overwrite it", "replace", "edited");
      const base = recordedRegister();
      register = { ...base, origin: { kind: "profile", profile }, updated_by: hooks.actor() };
      return structuredClone(register);
    },
    processingReplace: async (r: ProcessingRegister) => {
      check(r);
      register = { origin: { kind: "edited" }, updated_at: "2026-11-25T07:00:00Z", updated_by: hooks.actor(), register: structuredClone(r) };
      return structuredClone(register);
    },
  };
}

export type FulfilMock = ReturnType<typeof fulfilMock>;
