// How a marked stretch looks for each tone, in the explanation and in the record beside it.
import type { Tone } from "$lib/bindings/Tone";

export const markClass: Record<Tone, string> = {
  strong: "bg-emerald-100 text-emerald-950",
  weak: "bg-amber-100 text-amber-950",
  against: "bg-red-100 text-red-900",
};
