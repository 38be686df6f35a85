import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import { EMAIL_MAX_LENGTH, FILE_NAME_MAX_LENGTH, PERSON_NAME_MAX_LENGTH, PHONE_MAX_LENGTH, POSITION_TITLE_MAX_LENGTH, SEARCH_TEXT_MAX_LENGTH } from "@bina/domain";
import type { EmploymentType, FunctionalGrade, Gender, PositionKind } from "@bina/domain";
import { EmploymentTypeEnum, FunctionalGradeEnum, GenderEnum, PositionKindEnum } from "./organization.enums";

export enum EmployeeSortField {
  NAME = "NAME",
  NIP = "NIP",
  RANK = "RANK",
  UNIT = "UNIT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(EmployeeSortField, {
  name: "EmployeeSortField",
  description: "What to sort employees by (ties broken by id).",
  valuesConfig: {
    NAME: { description: "By full name." },
    NIP: { description: "By NIP / NI PPPK." },
    RANK: { description: "By employment type, then rank within its ladder." },
    UNIT: { description: "By the name of the employee's unit." },
    UPDATED_AT: { description: "By when the record last changed." },
  },
});

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Which way a list is sorted.",
  valuesConfig: { ASC: { description: "Smallest (or earliest, or A) first." }, DESC: { description: "Largest (or latest, or Z) first." } },
});

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

  @Field(() => EmploymentTypeEnum, { nullable: true, description: "Only PNS or only PPPK." })
  employmentType?: EmploymentType | null;

  @Field(() => GenderEnum, { nullable: true, description: "Only this gender." })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: "Text in the name (case-insensitive), or the start of the NIP (spaces ignored)." })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX_LENGTH)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Active employees only when omitted; false = deactivated only; null = both." })
  active?: boolean | null;
}

@InputType({ description: "Order of an employee list." })
export class EmployeeSort {
  @Field(() => EmployeeSortField, { description: "What to sort by." })
  field: EmployeeSortField;

  @Field(() => SortDirection, { description: "Which way." })
  direction: SortDirection;
}

@InputType({ description: "A new employee. The domain validates every field and derives gender and birth date from the number." })
export class CreateEmployeeInput {
  @Field({ description: "NIP (PNS) or NI PPPK; spaces allowed." })
  @Length(1, 40)
  nip: string;

  @Field({ description: "Full name with academic titles." })
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name: string;

  @Field(() => EmploymentTypeEnum, { description: "PNS (NIP) or PPPK (NI PPPK)." })
  employmentType: EmploymentType;

  @Field({ description: "Rank code, e.g. `III/a` (PNS) or `IX` (PPPK)." })
  @MaxLength(10)
  rankCode: string;

  @Field(() => PositionKindEnum, { description: "Kind of position (jabatan)." })
  positionKind: PositionKind;

  @Field({ description: "Position title, e.g. `Perawat Ahli Pertama`." })
  @MaxLength(POSITION_TITLE_MAX_LENGTH)
  positionTitle: string;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Required for FUNGSIONAL positions, not allowed otherwise." })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => ID, { description: "The unit the employee works in (must be inside the caller's scope)." })
  @IsUUID()
  unitId: string;

  @Field(() => String, { nullable: true, description: "Work e-mail address." })
  @IsOptional()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Mobile phone number, e.g. 081234567890 or +6281234567890." })
  @IsOptional()
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string | null;
}

@InputType({ description: "Changes to an employee; omitted fields keep their value (null keeps required fields, clears optional ones). The NIP and employment type cannot change." })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: "The employee to change." })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one gives CONFLICT." })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: "New full name." })
  @IsOptional()
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New rank code (after a promotion)." })
  @IsOptional()
  @MaxLength(10)
  rankCode?: string | null;

  @Field(() => PositionKindEnum, { nullable: true, description: "New kind of position." })
  positionKind?: PositionKind | null;

  @Field(() => String, { nullable: true, description: "New position title." })
  @IsOptional()
  @MaxLength(POSITION_TITLE_MAX_LENGTH)
  positionTitle?: string | null;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Set null to clear (when leaving a functional position)." })
  functionalGrade?: FunctionalGrade | null;

  @Field(() => ID, { nullable: true, description: "Move to another unit." })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: "New e-mail address; null or an empty string clears it." })
  @IsOptional()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "New phone number; null or an empty string clears it." })
  @IsOptional()
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string | null;
}

@InputType({ description: "A CSV or XLSX file of employees (see the README for the columns)." })
export class ImportEmployeesInput {
  @Field({ description: "The file's name; its extension (.csv or .xlsx) picks the parser." })
  @MaxLength(FILE_NAME_MAX_LENGTH)
  fileName: string;

  @Field({ description: "The file's content, base64-encoded." })
  contentBase64: string;

  @Field(() => Boolean, { nullable: true, description: "Check only: report errors and counts, change nothing." })
  dryRun?: boolean | null;
}
