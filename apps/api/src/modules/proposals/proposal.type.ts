import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../kit/connection";
import { ProposalStatusEnum } from "./proposals.enums";
import type { ProposalStatus, TrainingProposalEntity } from "./training-proposal.entity";

@ObjectType("TrainingProposal", { description: "A unit's request for a training programme, and the administrator's decision." })
export class TrainingProposalType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved to `unit` by the unit loader. */
  unitId: string;
  /** Resolved to `competency` by the competency loader. */
  competencyId: string;

  @Field(() => Int, { description: "The plan year it is for." })
  year: number;

  @Field({ description: "Title." })
  title: string;

  @Field(() => Int, { description: "Number of participants." })
  participants: number;

  @Field(() => Int, { description: "Learning hours (JP)." })
  jp: number;

  @Field({ description: "Why the unit asks for it." })
  justification: string;

  @Field(() => ProposalStatusEnum, { description: "Where it stands." })
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: "The administrator's reason (required when returned)." })
  decisionReason: string | null;

  @Field({ description: "When it was submitted." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was decided." })
  decidedAt: Date | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back when deciding." })
  version: number;
}

export const toProposalType = (p: TrainingProposalEntity): TrainingProposalType =>
  Object.assign(new TrainingProposalType(), {
    id: p.id,
    unitId: p.unitId,
    competencyId: p.competencyId,
    year: p.year,
    title: p.title,
    participants: p.participants,
    jp: p.jp,
    justification: p.justification,
    status: p.status,
    decisionReason: p.decisionReason,
    createdAt: p.createdAt,
    decidedAt: p.decidedAt,
    version: p.version,
  });

@ObjectType("TrainingProposalConnection", { description: "One page of proposals, newest first." })
export class TrainingProposalConnection extends Connection(TrainingProposalType, "TrainingProposal", "proposal") {}
