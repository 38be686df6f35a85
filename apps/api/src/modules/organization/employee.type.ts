import { Field, ID, Int, ObjectType } from "type-graphql";
import { findRank, type EmploymentType, type FunctionalGrade, type Gender, type PositionKind } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { EmploymentTypeEnum, FunctionalGradeEnum, GenderEnum, PositionKindEnum } from "./organization.enums";
import type { EmployeeEntity } from "./employee.entity";
import type { EmployeePageRow } from "./employees-page.sql";
import { RankType } from "./rank.type";
import type { UnitType } from "./unit.type";

@ObjectType("Employee", { description: "A civil servant (PNS or PPPK) of the local government." })
export class EmployeeType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "NIP (PNS) or NI PPPK: 18 digits, no spaces." })
  nip: string;

  @Field({ description: "Full name with academic titles." })
  name: string;

  @Field(() => GenderEnum, { description: "Derived from the NIP / NI PPPK." })
  gender: Gender;

  @Field({ description: "Birth date, YYYY-MM-DD, derived from the NIP / NI PPPK." })
  birthDate: string;

  @Field(() => EmploymentTypeEnum, { description: "PNS or PPPK." })
  employmentType: EmploymentType;

  /** The stored rank code; `rank` reads the domain's rank table (no SQL). */
  rankCode: string;

  /**
   * A getter rather than a field resolver: GraphQL's default resolver reads it, so a page of rows runs no resolver
   * machinery per row for it. An unknown code is still an error on this field alone.
   */
  @Field(() => RankType, { description: "Golongan/ruang and pangkat (PNS) or PPPK golongan." })
  get rank(): RankType {
    return rankType(this.rankCode, this.id);
  }

  @Field(() => PositionKindEnum, { description: "Kind of position (jabatan)." })
  positionKind: PositionKind;

  @Field({ description: "Position title, e.g. `Pranata Komputer Ahli Muda`." })
  positionTitle: string;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Grade, for FUNGSIONAL positions only." })
  functionalGrade: FunctionalGrade | null;

  /** Resolved by the units loader. */
  unitId: string;

  /** The unit when a page joined it (not a GraphQL field: `unit` reads it instead of the loader). */
  pageUnit?: UnitType;

  @Field(() => String, { nullable: true, description: "Work e-mail address." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Mobile phone number." })
  phone: string | null;

  @Field({ description: "False once deactivated (left the service, retired, moved away). Deactivated employees stay for history." })
  active: boolean;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back on update or deactivate; a stale one gives CONFLICT." })
  version: number;

  @Field({ description: "When the record was created in Bina." })
  createdAt: Date;

  @Field({ description: "When the record last changed." })
  updatedAt: Date;
}

const RANK_TYPES = new Map<string, RankType>();

/** The GraphQL rank of a code, one shared frozen object per code. */
function rankType(code: string, employeeId: string): RankType {
  let type = RANK_TYPES.get(code);
  if (!type) {
    const rank = findRank(code);
    if (!rank) throw new Error(`Employee ${employeeId} has unknown rank ${code}`);
    type = Object.freeze(Object.assign(new RankType(), { code: rank.code, name: rank.name, employmentType: rank.employmentType, order: rank.order }));
    RANK_TYPES.set(code, type);
  }
  return type;
}

/** Unmapped columns (rank order, the loaded unit) stay on the object but are not GraphQL fields, so they never leak. */
export const toEmployeeType = (e: EmployeeEntity): EmployeeType => Object.assign(new EmployeeType(), e);

/** An employee of the list page: the row's employee columns only (its unit columns go to the units loader). */
export const employeeOfPageRow = (r: EmployeePageRow): EmployeeType =>
  Object.assign(new EmployeeType(), {
    id: r.id,
    nip: r.nip,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    employmentType: r.employmentType,
    rankCode: r.rankCode,
    positionKind: r.positionKind,
    positionTitle: r.positionTitle,
    functionalGrade: r.functionalGrade,
    unitId: r.unitId,
    email: r.email,
    phone: r.phone,
    active: r.active,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

@ObjectType("EmployeeConnection", { description: "One page of employees." })
export class EmployeeConnection extends Connection(EmployeeType, "Employee", "employee") {
  @Field({
    description:
      "True when a filter beyond activity, scope and subtree (a search, ranks, position kinds, type, gender) matches more employees than the count cap (EMPLOYEE_COUNT_CAP, 10,000 by default): `totalCount` is then the cap and the true number is larger. Always false without such a filter (the count is exact).",
  })
  totalCountCapped: boolean;
}
