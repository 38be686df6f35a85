import { Field, ID, InputType, ObjectType } from "type-graphql";
import { describedEnum } from "../../kit/enum-of";
import { GraphQLJSONObject } from "graphql-scalars";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Connection } from "../../kit/connection";
import { AUDIT_ACTIONS, type AuditAction } from "./audit-entry.entity";

const AuditActionEnum = describedEnum("AuditAction", "What kind of change an audit entry records.", AUDIT_ACTIONS, {
  CREATE: "A record was created.",
  UPDATE: "A record was changed.",
  DEACTIVATE: "An employee was marked inactive (kept for history).",
  DELETE: "A record was deleted.",
  IMPORT: "A file was imported (one entry for the file, besides one per record it changed).",
  DECIDE: "A proposal was decided (accepted or returned).",
  ADOPT: "A plan version was adopted as the plan of its year.",
});

@ObjectType("AuditEntry", { description: "One change to the data: who, when, what, and the record before and after." })
export class AuditEntryType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "When the change was committed." })
  at: Date;

  /** Resolved by the users loader. */
  actorId: string | null;

  @Field(() => AuditActionEnum, { description: "What kind of change." })
  action: AuditAction;

  @Field({ description: "Kind of record changed, e.g. `Employee`." })
  entityType: string;

  @Field({ description: "Id of the record changed." })
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The record before the change; null for a creation." })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The record after the change." })
  after: Record<string, unknown> | null;
}

@ObjectType("AuditEntryConnection", { description: "One page of audit entries, newest first." })
export class AuditEntryConnection extends Connection(AuditEntryType, "AuditEntry", "audit entry") {}

@InputType({ description: "Audit filters combine with AND." })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "Only changes of this kind of record, e.g. `Employee`." })
  @IsOptional()
  @MaxLength(40)
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Only changes of this record (its id)." })
  @IsOptional()
  @MaxLength(64)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only changes by this user." })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: "From this instant (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this instant (exclusive)." })
  to?: Date | null;
}
