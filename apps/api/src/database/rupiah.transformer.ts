import type { ValueTransformer } from "typeorm";

/**
 * Money is whole rupiah: `bigint` in PostgreSQL, an exact integer `number` in TypeScript (safe up to 2^53 − 1).
 * A stored amount beyond that cannot be represented exactly: reading it fails loudly instead of rounding.
 */
export const rupiah: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`A stored amount (${value}) is beyond the exact range of whole rupiah`);
    return n;
  },
};
