import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Connection } from "../../kit/connection";
import { AUDIT_ACTIONS, type AuditAction } from "./audit-entry.entity";

const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as { [K in AuditAction]: K };
registerEnumType(AuditActionEnum, { name: "AuditAction", description: "What kind of change an audit entry records." });

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
  @Field(() => String, { nullable: true, description: "e.g. `Employee`." })
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
