import { jakartaDate, validateEmployee, type EmployeeField } from "@bina/domain";
import type { ErrorFacts } from "../../../i18n/errors";
import { problemsByField, type FieldProblems } from "../../../ui/form-problems";

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
export const EMPLOYEE_FIELD_ALIASES: Readonly<Record<string, EmployeeFormField>> = {
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

/**
 * Which server errors go beside their field: validation errors, and a duplicate NIP (a CONFLICT on
 * `nip`); everything else (a stale version, FORBIDDEN, network) goes to the alert above the form.
 */
export const employeeFieldable = (facts: ErrorFacts, field: EmployeeFormField): boolean =>
  facts.code === "BAD_USER_INPUT" || (facts.code === "CONFLICT" && field === "nip");

/** The employee form's values as antd holds them (selects are undefined until chosen). */
export interface EmployeeFormValues {
  nip: string;
  name: string;
  employmentType?: string;
  rankCode?: string;
  positionKind?: string;
  positionTitle: string;
  functionalGrade?: string | null;
  unitId?: string | null;
  email?: string;
  phone?: string;
}

/**
 * Every problem of the current values, at most one per field: the domain's rule plus "a unit is chosen".
 * `asOf` is today in Jakarta (the NIP's dates may not be in the future), as the API checks it.
 */
export const checkEmployee = (values: EmployeeFormValues, asOf: string = jakartaDate(Date.now())) => {
  const result = validateEmployee({
    nip: values.nip ?? "",
    name: values.name ?? "",
    employmentType: values.employmentType ?? "",
    rankCode: values.rankCode ?? "",
    positionKind: values.positionKind ?? "",
    positionTitle: values.positionTitle ?? "",
    functionalGrade: values.positionKind === "FUNGSIONAL" ? (values.functionalGrade ?? null) : null,
    email: values.email ?? null,
    phone: values.phone ?? null,
  }, asOf);
  const problems: FieldProblems<EmployeeFormField> = result.ok ? {} : problemsByField(result.error, EMPLOYEE_FORM_FIELDS);
  if (!values.unitId) problems.unitId = { key: "employee.form.unitRequired" };
  return { problems, valid: result.ok ? result.value : null };
};
