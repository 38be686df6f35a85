import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../kit/scalars";
import { ImprovementSourceEnum } from "./evaluation.enums";
import type { ImprovementSource } from "./improvement-action.entity";
import { ACTION_TEXT_MAX, ACTION_TITLE_MAX, OWNER_NAME_MAX } from "./improvement-actions";

@InputType({ description: "A new improvement action from a finding." })
export class OpenImprovementActionInput {
  @Field(() => ImprovementSourceEnum, { description: "The finding it answers." })
  source: ImprovementSource;

  @Field({ description: `Short title, 1..${ACTION_TITLE_MAX} characters.` })
  title: string;

  @Field({ description: `The finding in words, 1..${ACTION_TEXT_MAX} characters (lines allowed).` })
  finding: string;

  @Field(() => ID, { nullable: true, description: "The batch the finding is about." })
  batchId?: string | null;

  @Field(() => ID, { nullable: true, description: "The programme the finding is about." })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: "The service unit (required for WEAK_ELEMENT)." })
  serviceUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: "The survey period of the finding." })
  periodId?: string | null;

  @Field(() => String, { nullable: true, description: "The SKM element U1..U9 (required for WEAK_ELEMENT)." })
  element?: string | null;

  @Field({ description: `Who owns it (name or position), 1..${OWNER_NAME_MAX} characters.` })
  ownerName: string;

  @Field(() => ID, { nullable: true, description: "The owning unit; a unit operator must give one in its subtree." })
  ownerUnitId?: string | null;

  @Field(() => DateScalar, { description: "When it is due." })
  dueOn: string;
}

@InputType({ description: "Changes to an open improvement action; fields left out stay." })
export class UpdateImprovementActionInput {
  @Field(() => ID, { description: "The action." })
  id: string;

  @Field(() => Int, { description: "The version you read (CONFLICT STALE_VERSION when it changed since)." })
  version: number;

  @Field(() => String, { nullable: true, description: `New title, 1..${ACTION_TITLE_MAX} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New finding, 1..${ACTION_TEXT_MAX} characters.` })
  finding?: string | null;

  @Field(() => String, { nullable: true, description: `New owner, 1..${OWNER_NAME_MAX} characters.` })
  ownerName?: string | null;

  @Field(() => ID, { nullable: true, description: "New owning unit." })
  ownerUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "New due date." })
  dueOn?: string | null;
}
