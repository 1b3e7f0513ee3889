// The mock's stand-in for pdp-core's letter-number example (office.rs `letter_number_example`),
// so `VITE_IPC_MOCK=1 npm run dev` shows one; the window itself asks the core.
import type { OfficeZone } from "$lib/bindings/OfficeZone";
import type { Code, Report } from "./errors";
import { officeNowLocal } from "./format";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const PLACEHOLDERS = ["{seq}", "{year}", "{month}", "{roman_month}", "{office}"];

function refuse(code: Code, message: string): never {
  const report: Report = { code, message, field: "letter_number_pattern", reason: "format" };
  throw report;
}

export function letterExample(pattern: string, officeName: string, zone: OfficeZone): string {
  const p = pattern.trim();
  const tokens = p.match(/\{[^}]*\}?/g) ?? [];
  if (!p.includes("{seq}") || !tokens.every((tok) => PLACEHOLDERS.includes(tok))) refuse("invalid_input", "letter_number_pattern: not a valid pattern");
  const [year, month] = officeNowLocal(zone).split("-").map(Number);
  const initials = officeName
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => [...w][0].toUpperCase())
    .join("");
  return p
    .replaceAll("{seq}", "001")
    .replaceAll("{year}", String(year))
    .replaceAll("{month}", String(month).padStart(2, "0"))
    .replaceAll("{roman_month}", ROMAN[month - 1] ?? "")
    .replaceAll("{office}", initials);
}
