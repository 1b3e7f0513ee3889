export { i18n, setLocale, toggleLocale, intlTag, t, hasKey } from "./locale.svelte";
export type { Locale, Params } from "./locale.svelte";
export type { Key, Dict } from "./id";
export { id } from "./id";
export { en } from "./en";
