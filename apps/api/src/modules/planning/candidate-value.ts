import type { DataSource } from "typeorm";
import { costPerParticipantJp, coverageValue, type CoverageNeed } from "@bina/domain";
import { competencyNeeds, type CompetencyNeed } from "./competency-needs.sql";
import type { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** A candidate as the API shows it: the row, its value on its own and its cost per participant-JP. */
export type ValuedCandidate = ProgrammeCandidateEntity & { readonly value: number; readonly costPerParticipantJp: number };

/** The needs of a plan year as the domain's coverage functions take them. */
export const coverageNeeds = (needs: ReadonlyMap<string, CompetencyNeed>): CoverageNeed[] =>
  [...needs].map(([competencyId, n]) => ({ competencyId, employeesInNeed: n.inNeed, meanPriority: n.meanPriority }));

/**
 * A candidate's value on its own, the domain's `coverageValue` of the candidate alone: for each competency it develops,
 * the mean priority of that competency's needs (2 decimals) times the participants it covers (at most the employees in
 * need). A plan values its programmes together, by coverage (see run-plan.ts).
 */
export const standAloneValue = (c: Pick<ProgrammeCandidateEntity, "competencyIds" | "participants">, needs: ReadonlyMap<string, CompetencyNeed>): number =>
  coverageValue(
    [c],
    coverageNeeds(new Map(c.competencyIds.flatMap((id) => (needs.has(id) ? [[id, needs.get(id)!] as const] : [])))),
  );

export const valued = (c: ProgrammeCandidateEntity, needs: ReadonlyMap<string, CompetencyNeed>): ValuedCandidate =>
  Object.assign(c, { value: standAloneValue(c, needs), costPerParticipantJp: costPerParticipantJp(c.cost, c.participants, c.jp) ?? 0 });

/** Values candidates of one plan year (one needs query). */
export async function valueCandidates(ds: DataSource, year: number, rows: ProgrammeCandidateEntity[]): Promise<ValuedCandidate[]> {
  if (rows.length === 0) return [];
  const needs = await competencyNeeds(ds, year);
  return rows.map((c) => valued(c, needs));
}
