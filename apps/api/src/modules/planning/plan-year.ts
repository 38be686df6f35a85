import { domainError } from "@bina/domain";
import { badInput } from "../../kit/errors";

/** A plan year as the API takes it; refused with a field error (INVALID_YEAR) otherwise. */
export function checkYear(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(domainError("INVALID_YEAR", `${field}: a plan year from 2000 to 2100`, { field }));
  return year;
}
