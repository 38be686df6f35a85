import type { DataSource } from "typeorm";
import { checkYear } from "../planning/plan-year";
import { SurveyPeriodEntity } from "./survey-period.entity";

/** Most periods one call lists: a year has two; without a year, the latest fifty years. */
export const MAX_PERIODS = 100;

/** A year's survey periods (both halves), or the latest MAX_PERIODS of all; oldest first. */
export async function listSurveyPeriods({ ds, year }: { ds: DataSource; year?: number | null }): Promise<SurveyPeriodEntity[]> {
  if (year != null) return ds.getRepository(SurveyPeriodEntity).find({ where: { year: checkYear(year, "year") }, order: { half: "ASC" } });
  const latest = await ds.getRepository(SurveyPeriodEntity).find({ order: { startsOn: "DESC" }, take: MAX_PERIODS });
  return latest.reverse();
}
