import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { ServiceUnitEntity } from "./service-unit.entity";
import { SurveyPeriodEntity } from "./survey-period.entity";

/** The survey module's per-request loaders (not scoped: a field resolver that shows one decides what the caller may see). */
export interface SurveyLoaders {
  readonly serviceUnitById: DataLoader<string, ServiceUnitEntity | null>;
  readonly surveyPeriodById: DataLoader<string, SurveyPeriodEntity | null>;
}

const byId = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export const surveyLoaders = (ds: DataSource): SurveyLoaders => ({
  serviceUnitById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(ServiceUnitEntity).findBy({ id: In([...ids]) }))),
  surveyPeriodById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(SurveyPeriodEntity).findBy({ id: In([...ids]) }))),
});
