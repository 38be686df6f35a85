import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("ImportRowError", { description: "Why one row of an import file was refused." })
export class ImportRowErrorType {
  @Field(() => Int, { description: "Spreadsheet row number (the header is row 1)." })
  row: number;

  @Field(() => String, { nullable: true, description: "The column at fault, as named in the file's template (e.g. `nip`, `unit_code`)." })
  field: string | null;

  @Field({ description: "Stable code, e.g. `INVALID_NIP.BIRTH_DATE_INVALID`, `UNKNOWN_UNIT`, `DUPLICATE_NIP`." })
  code: string;

  @Field({ description: "Human explanation (English); the admin app translates by code." })
  message: string;
}

@ObjectType("ImportResult", { description: "The outcome of an employee import. All or nothing: when `errors` is not empty, nothing was written." })
export class ImportResultType {
  @Field(() => Int, { description: "Data rows read (blank rows are skipped)." })
  totalRows: number;

  @Field(() => Int, { description: "Employees created (or that would be, on a dry run)." })
  created: number;

  @Field(() => Int, { description: "Existing employees (same NIP) updated (or that would be)." })
  updated: number;

  @Field({ description: "True when this was a check only." })
  dryRun: boolean;

  @Field(() => [ImportRowErrorType], { description: "Every refused row; empty when the file was (or would be) imported." })
  errors: ImportRowErrorType[];
}
