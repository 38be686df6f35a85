import type { DataSource } from "typeorm";
import { transitionPlan } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { conflict, violatedUniqueIndex } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { PlanEntity } from "./plan.entity";

/**
 * Adopts a draft plan version; the year's previously adopted version becomes SUPERSEDED. One adopted version per year
 * holds in the database (a partial unique index): when two drafts of a year are adopted at the same moment, one wins
 * and the other gets CONFLICT (PLAN_ALREADY_ADOPTED).
 */
export async function adoptPlan({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<PlanEntity> {
  let year: number | null = null;
  try {
    return await ds.transaction(async (m) => {
      const plan = await loadForChange(m, PlanEntity, { id, version: null, what: "Plan" });
      year = plan.year;
      const adopted = transitionPlan(plan.status, "ADOPT");
      if (!adopted.ok) throw conflict(`Plan version ${plan.version} is ${plan.status}; only a draft can be adopted`, { domainCode: adopted.error.code });
      // The year's adopted version takes SUPERSEDE (ADOPTED -> SUPERSEDED by the domain's table).
      await m.query(`UPDATE plans SET status = 'SUPERSEDED' WHERE year = $1 AND status = 'ADOPTED'`, [plan.year]);
      const saved = await m.save(m.merge(PlanEntity, plan, { status: adopted.value, adoptedBy: caller.user.id, adoptedAt: new Date() }));
      await recordAudit(m, caller.user.id, [{ action: "ADOPT", entityType: "Plan", entityId: id, before: { status: plan.status }, after: { status: "ADOPTED", year: plan.year, version: plan.version } }]);
      return saved;
    });
  } catch (e) {
    if (violatedUniqueIndex(e) === "plans_one_adopted_per_year_key") {
      throw conflict(`Another version of the ${year ?? ""} plan was adopted at the same time; reload the plans and decide again`, { domainCode: "PLAN_ALREADY_ADOPTED" });
    }
    throw e;
  }
}
