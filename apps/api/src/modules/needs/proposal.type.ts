import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../kit/connection";
import { ProposalStatusEnum } from "./needs.enums";
import type { ProposalStatus, TrainingProposalEntity } from "./training-proposal.entity";

@ObjectType("TrainingProposal", { description: "A unit's request for a training programme, and the administrator's decision." })
export class TrainingProposalType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  unitId: string;
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

export const toProposalType = (p: TrainingProposalEntity): TrainingProposalType => Object.assign(new TrainingProposalType(), p);

@ObjectType("TrainingProposalEdge", { description: "A proposal with its cursor." })
export class TrainingProposalEdge {
  @Field({ description: "Cursor of this row." })
  cursor: string;

  @Field(() => TrainingProposalType, { description: "The proposal." })
  node: TrainingProposalType;
}

@ObjectType("TrainingProposalConnection", { description: "One page of proposals, newest first." })
export class TrainingProposalConnection {
  @Field(() => [TrainingProposalEdge], { description: "The proposals of this page." })
  edges: TrainingProposalEdge[];

  @Field(() => PageInfo, { description: "Whether more pages follow." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Number of proposals matching the filter." })
  totalCount: number;
}
