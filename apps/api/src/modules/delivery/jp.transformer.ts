import type { ValueTransformer } from "typeorm";

/**
 * JP and other `numeric` columns (at most two decimals, e.g. 1.5 JP): PostgreSQL returns numeric as text; the API works
 * with a `number`. Values are small (numeric(7,2) at most), so a double holds them exactly to the cent.
 */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
