import type { DataSource } from "typeorm";
import { programmeValue } from "@bina/domain";
import { competencyNeeds, type CompetencyNeed } from "./competency-needs.sql";
import type { ProgrammeCandidateEntity } from "./programme-candidate.entity";

/** A candidate as the API shows it: the row, its value on its own and its cost per participant-JP. */
export type ValuedCandidate = ProgrammeCandidateEntity & { readonly value: number; readonly costPerParticipantJp: number };

/**
 * A candidate's value on its own (domain `programmeValue`): for each competency it develops, the mean priority of that
 * competency's needs (2 decimals) times the participants it covers (at most the employees in need).
 */
export const standAloneValue = (c: Pick<ProgrammeCandidateEntity, "competencyIds" | "participants">, needs: ReadonlyMap<string, CompetencyNeed>): number =>
  programmeValue(
    c.competencyIds.map((id) => {
      const need = needs.get(id);
      return { priority: need ? Math.round(need.meanPriority * 100) / 100 : 0, participants: need ? Math.min(c.participants, need.inNeed) : 0 };
    }),
  );

export const valued = (c: ProgrammeCandidateEntity, needs: ReadonlyMap<string, CompetencyNeed>): ValuedCandidate =>
  Object.assign(c, { value: standAloneValue(c, needs), costPerParticipantJp: Math.round(c.cost / (c.participants * c.jp)) });

/** Values candidates of one plan year (one needs query). */
export async function valueCandidates(ds: DataSource, year: number, rows: ProgrammeCandidateEntity[]): Promise<ValuedCandidate[]> {
  if (rows.length === 0) return [];
  const needs = await competencyNeeds(ds, year);
  return rows.map((c) => valued(c, needs));
}
