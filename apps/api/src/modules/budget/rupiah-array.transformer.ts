import type { ValueTransformer } from "typeorm";
import { rupiah } from "../../database/rupiah.transformer";

/** A `bigint[]` of whole rupiah (PostgreSQL returns the elements as text) as exact integer numbers. */
export const rupiahArray: ValueTransformer = {
  to: (value: number[] | null | undefined) => value,
  from: (value: (string | number)[] | null) => (value === null ? null : value.map((v) => rupiah.from(String(v)) as number)),
};
