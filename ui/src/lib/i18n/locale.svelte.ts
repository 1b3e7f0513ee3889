import { en } from "./en";
import { id, type Dict, type Key } from "./id";

export type Locale = "id" | "en";
export type Params = Record<string, string | number>;

const STORAGE_KEY = "pdpdesk.locale";
const dictionaries: Record<Locale, Dict> = { id, en };

function storedLocale(): Locale {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (v === "id" || v === "en") return v;
  } catch {
    // storage unavailable: fall back to the default
  }
  return "id";
}

/** The current language; read `i18n.locale` inside templates or $derived to react to changes. */
export const i18n = $state<{ locale: Locale }>({ locale: storedLocale() });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisted; the switch still works for this session
  }
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export function toggleLocale(): void {
  setLocale(i18n.locale === "id" ? "en" : "id");
}

/** The BCP 47 tag used for Intl formatting. */
export function intlTag(locale: Locale = i18n.locale): string {
  return locale === "id" ? "id-ID" : "en-GB";
}

/** A translated string; `{name}` placeholders are filled from `params`. */
export function t(key: Key, params?: Params): string {
  const text = dictionaries[i18n.locale][key] ?? id[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a key built at run time (e.g. from an error code) exists. */
export function hasKey(key: string): key is Key {
  return Object.prototype.hasOwnProperty.call(id, key);
}
