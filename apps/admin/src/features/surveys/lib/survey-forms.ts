import {
  SERVICE_UNIT_CODE_PATTERN,
  SERVICE_UNIT_NAME_MAX_LENGTH,
  SERVICE_UNIT_YEARLY_USERS,
  skmSampleSize,
  type ServiceUnitKind,
} from "@bina/domain";
import type { FieldProblems, FormProblem } from "../../../ui/form-problems";

const REQUIRED: FormProblem = { key: "surveys.form.required" };
const filled = (text: string | null | undefined): boolean => (text ?? "").trim() !== "";

// ---------------------------------------------------------------------------------------------------------------
// Service unit

export const SERVICE_UNIT_FIELDS = ["code", "name", "kind", "unitId", "yearlyUsers"] as const;
export type ServiceUnitField = (typeof SERVICE_UNIT_FIELDS)[number];

export interface ServiceUnitFormValues {
  code?: string;
  name?: string;
  kind?: ServiceUnitKind | null;
  unitId?: string | null;
  yearlyUsers?: number | null;
  active?: boolean;
}

/** Yearly users the API accepts: a whole number within the domain's limits. */
const validYearlyUsers = (n: number | null | undefined): n is number =>
  typeof n === "number" && Number.isInteger(n) && n >= SERVICE_UNIT_YEARLY_USERS.min && n <= SERVICE_UNIT_YEARLY_USERS.max;

/**
 * A service unit's form: the public URL slug (the domain's pattern: lower-case letters, digits, hyphens, 2..40), a name
 * of 2..200 characters, a kind, the organisational unit, and its yearly users (1..100 million).
 */
export const checkServiceUnit = (v: ServiceUnitFormValues): FieldProblems<ServiceUnitField> => {
  const p: FieldProblems<ServiceUnitField> = {};
  const code = (v.code ?? "").trim();
  if (!code) p.code = REQUIRED;
  else if (!SERVICE_UNIT_CODE_PATTERN.test(code)) p.code = { key: "surveys.form.code" };
  const name = (v.name ?? "").trim();
  if (!filled(name)) p.name = REQUIRED;
  else if (name.length < 2 || name.length > SERVICE_UNIT_NAME_MAX_LENGTH) p.name = { key: "surveys.form.name" };
  if (!v.kind) p.kind = REQUIRED;
  if (!v.unitId) p.unitId = REQUIRED;
  if (v.yearlyUsers === null || v.yearlyUsers === undefined) p.yearlyUsers = REQUIRED;
  else if (!validYearlyUsers(v.yearlyUsers)) p.yearlyUsers = { key: "surveys.form.yearlyUsers" };
  return p;
};

/** The required sample the form shows as the yearly users are typed (the domain's skmSampleSize); null while invalid. */
export const requiredSamplePreview = (yearlyUsers: number | null | undefined): number | null => (validYearlyUsers(yearlyUsers) ? skmSampleSize(yearlyUsers) : null);

/** The API's input, trimmed. */
export const serviceUnitInput = (v: ServiceUnitFormValues) => ({
  code: (v.code ?? "").trim(),
  name: (v.name ?? "").trim(),
  kind: v.kind as ServiceUnitKind,
  unitId: v.unitId as string,
  yearlyUsers: v.yearlyUsers as number,
  active: v.active ?? true,
});

/** A code suggested from a name ("UPTD Puskesmas Tingkir" → "uptd-puskesmas-tingkir"), within the domain's pattern, or "". */
export const suggestCode = (name: string): string => {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return SERVICE_UNIT_CODE_PATTERN.test(slug) ? slug : "";
};

// ---------------------------------------------------------------------------------------------------------------
// Survey period

export const PERIOD_FIELDS = ["year", "half"] as const;
export type PeriodField = (typeof PERIOD_FIELDS)[number];

export interface PeriodFormValues {
  year?: number | null;
  half?: number | null;
}

export const checkPeriod = (v: PeriodFormValues): FieldProblems<PeriodField> => {
  const p: FieldProblems<PeriodField> = {};
  if (v.year === null || v.year === undefined) p.year = REQUIRED;
  else if (!Number.isInteger(v.year) || v.year < 2000 || v.year > 2100) p.year = { key: "surveys.form.year" };
  if (v.half !== 1 && v.half !== 2) p.half = REQUIRED;
  return p;
};
