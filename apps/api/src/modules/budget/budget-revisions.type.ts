import { Field, ID, Int, ObjectType } from "type-graphql";
import type { RevisionKind } from "@bina/domain";
import { Connection } from "../../kit/connection";
import { RupiahScalar } from "../../kit/scalars";
import { RevisionKindEnum, RevisionStatusEnum, type RevisionState } from "./budget-revisions.enums";
import type { BudgetRevisionEntity } from "./budget-revision.entity";

@ObjectType("BudgetRevision", { description: "A revision of the year's ceilings (a transfer between two lines or a changed ceiling), requested with a reason and decided by an administrator." })
export class BudgetRevisionType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field(() => Int, { description: "The fiscal year of its lines." })
  fiscalYear: number;

  @Field(() => RevisionKindEnum, { description: "TRANSFER or CHANGE." })
  kind: RevisionKind;

  fromLineId: string | null;
  toLineId: string | null;
  lineId: string | null;
  requestedById: string | null;
  decidedById: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "TRANSFER: the ceiling moved; null for a CHANGE." })
  amount: number | null;

  @Field(() => RupiahScalar, { nullable: true, description: "CHANGE: the line's new ceiling; null for a TRANSFER." })
  newCeiling: number | null;

  @Field({ description: "Why it was requested." })
  reason: string;

  @Field(() => RevisionStatusEnum, { description: "REQUESTED, APPROVED (applied) or REJECTED." })
  status: RevisionState;

  @Field({ description: "When it was requested." })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was decided; null while requested." })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The administrator's note on the decision." })
  decisionNote: string | null;

  @Field(() => Int, { description: "Optimistic-lock version; send it back to decide." })
  version: number;
}

@ObjectType("BudgetRevisionConnection", { description: "One page of budget revisions." })
export class BudgetRevisionConnection extends Connection(BudgetRevisionType, "BudgetRevision", "budget revision") {}

export const toBudgetRevisionType = (r: BudgetRevisionEntity): BudgetRevisionType =>
  Object.assign(new BudgetRevisionType(), {
    id: r.id,
    fiscalYear: r.fiscalYear,
    kind: r.kind as RevisionKind,
    fromLineId: r.fromLineId,
    toLineId: r.toLineId,
    lineId: r.lineId,
    requestedById: r.requestedBy,
    decidedById: r.decidedBy,
    amount: r.amount,
    newCeiling: r.newCeiling,
    reason: r.reason,
    status: r.status,
    requestedAt: r.requestedAt,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    version: r.version,
  });
