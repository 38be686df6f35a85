/** Deterministic demo data of the Salatiga city government: units, employees, demo users. */
export { salatigaUnits, CITY_CODE, DINKES_CODE } from "./units";
export type { SeedUnit } from "./units";
export { generateEmployees, DEFAULT_EMPLOYEE_COUNT, DEFAULT_SEED } from "./employees";
export type { SeedEmployee, GenerateEmployeesOptions } from "./employees";
import { DINKES_CODE } from "./units";

export type DemoRole = "ADMIN" | "UNIT_OPERATOR" | "ANALYST";

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: DemoRole;
  /** The unit a unit operator works for; null for city-wide roles. */
  readonly unitCode: string | null;
}

/** Demo accounts; all share `DEMO_PASSWORD`. For demos only: never seed them in production. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: "admin", displayName: "Administrator BKPSDM", role: "ADMIN", unitCode: null },
  { username: "operator", displayName: "Operator Dinas Kesehatan", role: "UNIT_OPERATOR", unitCode: DINKES_CODE },
  { username: "analyst", displayName: "Analis Data", role: "ANALYST", unitCode: null },
];

export const DEMO_PASSWORD = "bina-demo";
