import { checkPlanYear } from "@bina/domain";
import { badInput } from "../../kit/errors";

/** A plan year by the domain's rule (checkPlanYear: 2000..2100); a field error naming `field` (INVALID_YEAR) otherwise. */
export function checkYear(year: number, field = "year"): number {
  const checked = checkPlanYear(year);
  if (!checked.ok) throw badInput({ ...checked.error, field });
  return checked.value;
}
