// The change dialog's form: the action chosen and what each action needs.
import type { PlanAction } from "$lib/bindings/PlanAction";
import type { RetentionGround } from "$lib/bindings/RetentionGround";

export type Kind = PlanAction["action"];

export type Draft = {
  kind: Kind;
  /** Keeping: the ground and the last day ("YYYY-MM-DD"). */
  ground: RetentionGround;
  until: string;
  /** Correcting: the column and its new value. */
  field: string;
  newValue: string;
  /** Stopping: the register's purposes ticked, and one typed. */
  purposes: string[];
  other: string;
};
