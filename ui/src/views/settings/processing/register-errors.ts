// The register check's refusals, placed at the field they name. The core reports every one under
// the field `processing_register`, its message naming the path (`entries[2] ("Faktur").retention.months: …`,
// `entries[2].category.en is required`); that path is read out, as the letters read the
// placeholder a refusal names, and the reason is worded from the dictionary.
import type { IpcError } from "$lib/errors";
import { hasKey, t } from "$lib/i18n";

/** Where an error points: the entry (1-based; null for the register as a whole) and the path inside it. */
export type RegisterSpot = { entry: number | null; path: string };

/** The paths inside an entry the core names, up to what follows them (`:`, a space, or the end). */
const PATH =
  /^(category\.(?:id|en)|purposes(?:\[\d+\]\.(?:id|en|legal_basis))?|recipients\[\d+\]\.(?:name|role\.(?:id|en))|retention\.(?:id|en|months)|destinations(?:\.(?:id|en))?|source_kinds)(?=$|[: ])/;

/** The spot a register error names, or null when its message names none. */
export function registerSpot(message: string): RegisterSpot | null {
  const at = message.match(/entries(?:\[(\d+)\])?/);
  if (!at || at.index === undefined) return null;
  if (!at[1]) return { entry: null, path: "entries" };
  const entry = Number(at[1]);
  let rest = message.slice(at.index + at[0].length);
  if (rest.startsWith(' ("')) {
    // Past the quoted category name, to the path after it.
    const close = rest.search(/"\)\.(?:purposes|recipients|retention|destinations|source_kinds)/);
    if (close < 0) return { entry, path: "" };
    rest = rest.slice(close + 2);
  }
  const path = rest.startsWith(".") ? rest.slice(1).match(PATH)?.[1] : undefined;
  return { entry, path: path ?? "" };
}

/** The form's key for a spot: `e2.retention.months`, `e2` for the entry as a whole, `entries`. */
export function spotKey(spot: RegisterSpot): string {
  if (spot.entry === null) return "entries";
  return spot.path ? `e${spot.entry}.${spot.path}` : `e${spot.entry}`;
}

/** The refusal in words, by its reason (and, where it says more, by the field it is about). */
export function spotText(e: IpcError, spot: RegisterSpot): string {
  const last = spot.path.split(".").pop()?.replace(/\[\d+\]$/, "") ?? "";
  const special = `proc.err.${e.reason ?? ""}.${last}`;
  if (hasKey(special)) return t(special);
  const key = `proc.err.${e.reason ?? ""}`;
  return hasKey(key) ? t(key) : t("proc.err.format");
}
