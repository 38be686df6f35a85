import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import type { EmploymentType, FunctionalGrade, Gender, PositionKind } from "@bina/domain";
import { EmploymentTypeEnum, FunctionalGradeEnum, GenderEnum, PositionKindEnum } from "./organization.enums";

export enum EmployeeSortField {
  NAME = "NAME",
  NIP = "NIP",
  RANK = "RANK",
  UNIT = "UNIT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(EmployeeSortField, { name: "EmployeeSortField", description: "What to sort employees by (ties broken by id)." });

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

@InputType({ description: "Filters combine with AND; every filter is optional." })
export class EmployeeFilter {
  @Field(() => ID, { nullable: true, description: "This unit and all its sub-units." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => [String], { nullable: true, description: "Any of these rank codes, e.g. [\"III/a\", \"III/b\"]." })
  rankCodes?: string[] | null;

  @Field(() => [PositionKindEnum], { nullable: true, description: "Any of these position kinds." })
  positionKinds?: PositionKind[] | null;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  employmentType?: EmploymentType | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: "Text in the name (case-insensitive), or the start of the NIP (spaces ignored)." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Active employees only when omitted; false = deactivated only; null = both." })
  active?: boolean | null;
}

@InputType()
export class EmployeeSort {
  @Field(() => EmployeeSortField)
  field: EmployeeSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@InputType({ description: "A new employee. The domain validates every field and derives gender and birth date from the number." })
export class CreateEmployeeInput {
  @Field({ description: "NIP (PNS) or NI PPPK; spaces allowed." })
  @Length(1, 40)
  nip: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => EmploymentTypeEnum)
  employmentType: EmploymentType;

  @Field({ description: "Rank code, e.g. `III/a` (PNS) or `IX` (PPPK)." })
  @MaxLength(10)
  rankCode: string;

  @Field(() => PositionKindEnum)
  positionKind: PositionKind;

  @Field()
  @MaxLength(300)
  positionTitle: string;

  @Field(() => FunctionalGradeEnum, { nullable: true })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: "Changes to an employee; omitted fields keep their value. The NIP cannot change." })
export class UpdateEmployeeInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one gives CONFLICT." })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10)
  rankCode?: string | null;

  @Field(() => PositionKindEnum, { nullable: true })
  positionKind?: PositionKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  positionTitle?: string | null;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Set null to clear (when leaving a functional position)." })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => ID, { nullable: true, description: "Move to another unit." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: "Empty string clears it." })
  @IsOptional()
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Empty string clears it." })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: "A CSV or XLSX file of employees (see the README for the columns)." })
export class ImportEmployeesInput {
  @Field({ description: "The file's name; its extension (.csv or .xlsx) picks the parser." })
  @MaxLength(255)
  fileName: string;

  @Field({ description: "The file's content, base64-encoded." })
  contentBase64: string;

  @Field(() => Boolean, { nullable: true, description: "Check only: report errors and counts, change nothing." })
  dryRun?: boolean | null;
}
