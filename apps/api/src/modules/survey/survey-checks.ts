import type { EntityManager } from "typeorm";
import {
  checkText,
  domainError,
  SERVICE_UNIT_CODE_MAX_LENGTH,
  SERVICE_UNIT_CODE_PATTERN,
  SERVICE_UNIT_NAME_MAX_LENGTH,
  SERVICE_UNIT_YEARLY_USERS,
} from "@bina/domain";
import type { Scope } from "../../kit/caller";
import { badInput } from "../../kit/errors";
import { FieldErrors } from "../../kit/field-errors";
import { isUuid } from "../../kit/ids";
import { assertCanChange } from "../../kit/unit-scope";
import { UnitEntity } from "../organization/unit.entity";

/** Text limits of the survey tables (migration 1764900000000). */
export const SURVEY_TEXT = {
  serviceUnitName: { min: 2, max: SERVICE_UNIT_NAME_MAX_LENGTH },
  search: { min: 1, max: 100 },
} as const;

/** Collects the field errors of a service unit, so a form learns every problem at once. */
export class SurveyFieldErrors extends FieldErrors {
  code(value: string): string {
    if (typeof value !== "string" || !SERVICE_UNIT_CODE_PATTERN.test(value)) {
      this.add(
        domainError(
          "INVALID_FIELD",
          `code: lower-case letters, digits and hyphens, 2..${SERVICE_UNIT_CODE_MAX_LENGTH} characters, starting with a letter or digit (e.g. pkm-cebongan)`,
          { field: "code" },
        ),
      );
    }
    return value;
  }

  name(value: string): string {
    return this.take(checkText(value, { field: "name", ...SURVEY_TEXT.serviceUnitName })) ?? value;
  }

  yearlyUsers(value: number): number {
    const { min, max } = SERVICE_UNIT_YEARLY_USERS;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      this.add(domainError("INVALID_VALUE", `yearlyUsers: a whole number of service users a year, ${min}..${max}`, { field: "yearlyUsers" }));
    }
    return value;
  }
}

/** The organisational unit a service unit belongs to: existing (UNKNOWN_UNIT naming `field`) and in the caller's scope (FORBIDDEN). */
export async function checkOrgUnit(m: EntityManager, scope: Scope, unitId: string, field = "unitId"): Promise<UnitEntity> {
  const unit = isUuid(unitId) ? await m.findOneBy(UnitEntity, { id: unitId }) : null;
  if (!unit) throw badInput(domainError("UNKNOWN_UNIT", `${field}: there is no such unit`, { field }));
  assertCanChange(scope, unit);
  return unit;
}
