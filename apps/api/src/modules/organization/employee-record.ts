import { domainError, findRank, jakartaDate, validateEmployee, type DomainError, type Result } from "@bina/domain";
import type { EntityManager } from "typeorm";
import { badInput, conflict } from "../../kit/errors";
import type { Scope } from "../../kit/caller";
import { assertCanChange } from "../../kit/unit-scope";
import type { EmployeeEntity } from "./employee.entity";
import { UnitEntity } from "./unit.entity";

/** The columns of an employee a user can set, as they arrive from a form or a spreadsheet row. */
export interface EmployeeDraftInput {
  readonly nip: string;
  readonly name: string;
  readonly employmentType: string;
  readonly rankCode: string;
  readonly positionKind: string;
  readonly positionTitle: string;
  readonly functionalGrade?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
}

export type EmployeeColumns = Pick<
  EmployeeEntity,
  | "nip" | "name" | "gender" | "birthDate" | "employmentType" | "rankCode" | "rankOrder"
  | "positionKind" | "positionTitle" | "functionalGrade" | "email" | "phone"
>;

/** Validates a draft with the domain's rule and turns it into columns. */
export function toEmployeeColumns(draft: EmployeeDraftInput): Result<EmployeeColumns, readonly DomainError[]> {
  const v = validateEmployee(draft, jakartaDate(Date.now()));
  if (!v.ok) return v;
  const e = v.value;
  const rank = findRank(e.rankCode);
  if (!rank) return { ok: false, error: [domainError("UNKNOWN_RANK", `Unknown rank ${e.rankCode}`, { field: "rankCode" })] };
  return {
    ok: true,
    value: {
      nip: e.nip,
      name: e.name,
      gender: e.gender,
      birthDate: e.birthDate,
      employmentType: e.employmentType,
      rankCode: rank.code,
      rankOrder: rank.order,
      positionKind: e.positionKind,
      positionTitle: e.positionTitle,
      functionalGrade: e.functionalGrade ?? null,
      email: e.email ?? null,
      phone: e.phone ?? null,
    },
  };
}

/** What the audit log keeps of an employee. */
export const employeeSnapshot = (e: EmployeeEntity): Record<string, unknown> => ({
  nip: e.nip,
  name: e.name,
  gender: e.gender,
  birthDate: e.birthDate,
  employmentType: e.employmentType,
  rankCode: e.rankCode,
  positionKind: e.positionKind,
  positionTitle: e.positionTitle,
  functionalGrade: e.functionalGrade,
  unitId: e.unitId,
  email: e.email,
  phone: e.phone,
  active: e.active,
  version: e.version,
});

/** The unit an employee is put in: it must exist and be inside the caller's scope. */
export async function unitForChange(m: EntityManager, scope: Scope, unitId: string): Promise<UnitEntity> {
  const unit = await m.findOneBy(UnitEntity, { id: unitId });
  if (!unit) throw badInput(domainError("UNKNOWN_UNIT", `unitId: there is no unit ${unitId}`, { field: "unitId" }));
  assertCanChange(scope, unit);
  return unit;
}

export const duplicateNip = (nip: string) =>
  conflict(`An employee with NIP ${nip} already exists`, { field: "nip", domainCode: "DUPLICATE_NIP" });

/** PostgreSQL unique_violation. */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string } | null)?.code === "23505";
