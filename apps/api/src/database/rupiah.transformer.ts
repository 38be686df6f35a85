import type { ValueTransformer } from "typeorm";

/** Money is whole rupiah: `bigint` in PostgreSQL, an exact integer `number` in TypeScript (safe up to 9e15). */
export const rupiah: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
