import { Field, ID, Int, ObjectType } from "type-graphql";
import type { CompetencyKind, FunctionalGrade, PositionKind } from "@bina/domain";
import { FunctionalGradeEnum, PositionKindEnum } from "../organization/organization.enums";
import { CompetencyKindEnum } from "./competency.enums";
import type { CompetencyEntity } from "./competency.entity";
import type { CompetencyStandardEntity } from "./competency-standard.entity";

@ObjectType("Competency", { description: "An entry of the competency dictionary; levels run 1 (Paham) to 5 (Ahli)." })
export class CompetencyType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "Stable code: `M.*` managerial, `SK.*` socio-cultural, `T.*` technical." })
  code: string;

  @Field(() => CompetencyKindEnum, { description: "Technical, managerial or socio-cultural." })
  kind: CompetencyKind;

  @Field({ description: "Name (Indonesian)." })
  name: string;

  @Field(() => String, { nullable: true, description: "What the competency covers." })
  description: string | null;

  @Field({ description: "False once retired from the dictionary (kept for history)." })
  active: boolean;

  @Field(() => Int, { description: "Optimistic-lock version." })
  version: number;
}

export const toCompetencyType = (c: CompetencyEntity): CompetencyType => Object.assign(new CompetencyType(), c);

@ObjectType("CompetencyStandard", {
  description: "The level a position requires of a competency. The most specific row matching an employee (title, then grade, then kind) applies.",
})
export class CompetencyStandardType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  /** Resolved by the competencies loader. */
  competencyId: string;

  @Field(() => PositionKindEnum, { description: "Kind of position this standard applies to." })
  positionKind: PositionKind;

  @Field(() => FunctionalGradeEnum, { nullable: true, description: "Only this functional grade; null = any." })
  functionalGrade: FunctionalGrade | null;

  @Field(() => String, { nullable: true, description: "Only this position title; null = any title of the kind." })
  positionTitle: string | null;

  @Field(() => Int, { description: "Required level, 1..5." })
  level: number;

  @Field({ description: "A programme for this competency is mandatory for the position (counts in the priority score)." })
  mandatoryProgramme: boolean;
}

export const toStandardType = (s: CompetencyStandardEntity): CompetencyStandardType =>
  Object.assign(new CompetencyStandardType(), {
    id: s.id,
    competencyId: s.competencyId,
    positionKind: s.positionKind,
    functionalGrade: (s.functionalGrade || null) as FunctionalGrade | null,
    positionTitle: s.positionTitle || null,
    level: s.level,
    mandatoryProgramme: s.mandatoryProgramme,
  });
