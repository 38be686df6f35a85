import type { DataSource } from "typeorm";
import { isUuid } from "../../kit/ids";
import { PlanEntity } from "./plan.entity";

/** One plan version, or null when there is none with this id. */
export const getPlan = async ({ ds, id }: { ds: DataSource; id: string }): Promise<PlanEntity | null> =>
  isUuid(id) ? ds.getRepository(PlanEntity).findOneBy({ id }) : null;
