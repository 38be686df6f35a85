import type { EmployeeField } from "@bina/domain";
import type { ErrorFacts } from "../../../i18n/errors";

/** The fields of the employee form: the domain's draft fields plus the unit. */
export type EmployeeFormField = EmployeeField | "unitId";

export const EMPLOYEE_FORM_FIELDS: readonly EmployeeFormField[] = [
  "nip",
  "name",
  "employmentType",
  "rankCode",
  "positionKind",
  "positionTitle",
  "functionalGrade",
  "unitId",
  "email",
  "phone",
];

/** Names the server or a spreadsheet may use for a form field (`input.nip`, `rank`, `unit_code`, ...). */
const ALIASES: Readonly<Record<string, EmployeeFormField>> = {
  rank: "rankCode",
  rank_code: "rankCode",
  golongan: "rankCode",
  unit: "unitId",
  unit_code: "unitId",
  unitCode: "unitId",
  employment_type: "employmentType",
  position_kind: "positionKind",
  position_title: "positionTitle",
  functional_grade: "functionalGrade",
};

/** The form field an error names, or null when it names none the form has. */
export const formFieldOf = (field: string | null | undefined): EmployeeFormField | null => {
  if (!field) return null;
  const last = field.split(".").at(-1) ?? field;
  if ((EMPLOYEE_FORM_FIELDS as readonly string[]).includes(last)) return last as EmployeeFormField;
  return ALIASES[last] ?? null;
};

export interface SortedServerErrors {
  readonly byField: Partial<Record<EmployeeFormField, ErrorFacts>>;
  /** Errors that belong to no field (stale version, forbidden, network, ...). */
  readonly general: readonly ErrorFacts[];
}

/**
 * Splits the errors of a failed create/update: a validation error or a duplicate NIP goes beside its
 * field; everything else (a stale version, FORBIDDEN, network) goes to the alert above the form.
 */
export const sortServerErrors = (errors: readonly ErrorFacts[]): SortedServerErrors => {
  const byField: Partial<Record<EmployeeFormField, ErrorFacts>> = {};
  const general: ErrorFacts[] = [];
  for (const error of errors) {
    const field = formFieldOf(error.field);
    const fieldable = error.code === "BAD_USER_INPUT" || (error.code === "CONFLICT" && field === "nip");
    if (field && fieldable && !byField[field]) byField[field] = error;
    else general.push(error);
  }
  return { byField, general };
};
