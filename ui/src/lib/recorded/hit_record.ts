// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
// From: `pdpdesk hit show`
import type { Recorded } from "./recorded-reply";
import type { HitRecord } from "$lib/bindings/HitRecord";

export default {} satisfies Record<string, Recorded<HitRecord>>;
