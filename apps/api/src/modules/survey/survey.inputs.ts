import { Field, ID, InputType, Int } from "type-graphql";
import type { ServiceUnitKind } from "@bina/domain";
import { ServiceUnitKindEnum } from "./survey.enums";

// Texts, the code and the yearly users are checked in the use cases (field errors naming the field, every problem at
// once); GraphQL's own types keep ids and numbers well-formed before any SQL.

@InputType({ description: "A new service unit." })
export class ServiceUnitInput {
  @Field({ description: "The public URL slug: lower-case letters, digits and hyphens, 2..40 characters, starting with a letter or digit (e.g. `pkm-cebongan`)." })
  code: string;

  @Field({ description: "Name as the public knows it, 2..200 characters." })
  name: string;

  @Field(() => ServiceUnitKindEnum, { description: "What kind of service unit." })
  kind: ServiceUnitKind;

  @Field(() => ID, { description: "The organisational unit whose staff serve there (a unit operator: one in its subtree)." })
  unitId: string;

  @Field(() => Int, { description: "Service users a year, 1..100000000: the population of the required sample." })
  yearlyUsers: number;

  @Field(() => Boolean, { nullable: true, description: "Whether the public form is open (default true)." })
  active?: boolean | null;
}

@InputType({ description: "Changes to a service unit; omitted fields keep their value." })
export class UpdateServiceUnitInput {
  @Field(() => ID, { description: "The service unit." })
  id: string;

  @Field(() => Int, { description: "The version you read (optimistic lock)." })
  version: number;

  @Field(() => String, { nullable: true, description: "New URL slug (printed posters point to the old one)." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => ServiceUnitKindEnum, { nullable: true, description: "New kind." })
  kind?: ServiceUnitKind | null;

  @Field(() => ID, { nullable: true, description: "New organisational unit." })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: "New yearly service users." })
  yearlyUsers?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Open or close the public form." })
  active?: boolean | null;
}

@InputType({ description: "A new half-year survey period." })
export class SurveyPeriodInput {
  @Field(() => Int, { description: "The year, 2000..2100." })
  year: number;

  @Field(() => Int, { description: "1 = January-June, 2 = July-December." })
  half: number;
}
