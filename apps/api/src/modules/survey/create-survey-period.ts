import type { DataSource } from "typeorm";
import { domainError, surveyPeriodDates } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, violatedUniqueIndex } from "../../kit/errors";
import { recordAudit } from "../audit/record-audit";
import { checkYear } from "../planning/plan-year";
import { SurveyPeriodEntity } from "./survey-period.entity";
import { duplicatePeriod } from "./survey.errors";
import type { SurveyPeriodInput } from "./survey.inputs";

/**
 * Opens a half-year survey period (its dates from the domain's surveyPeriodDates), audited. An existing period is
 * CONFLICT DUPLICATE_CODE, also for the loser of two parallel creations (`survey_periods_code_key`).
 */
export async function createSurveyPeriod({ ds, caller, input }: { ds: DataSource; caller: Caller; input: SurveyPeriodInput }): Promise<SurveyPeriodEntity> {
  const year = checkYear(input.year, "year");
  if (input.half !== 1 && input.half !== 2) throw badInput(domainError("INVALID_VALUE", "half: 1 (January-June) or 2 (July-December)", { field: "half" }));
  const dates = surveyPeriodDates(year, input.half);
  try {
    return await ds.transaction(async (m) => {
      if (await m.existsBy(SurveyPeriodEntity, { code: dates.code })) throw duplicatePeriod(dates.code);
      const saved = await m.save(m.create(SurveyPeriodEntity, { ...dates, year, half: input.half, status: "OPEN" }));
      await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "SurveyPeriod", entityId: saved.id, before: null, after: { ...saved } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "survey_periods_code_key") throw duplicatePeriod(dates.code);
    throw e;
  }
}
