import { defaultPriorityWeights, jpmRules, priorityRules, type PriorityWeights } from "@bina/domain";

/**
 * The domain's `priorityScore` rendered as SQL so that ranking and paging happen in the database. Every number comes
 * from the domain's `priorityRules`, `jpmRules` and weights; the formula's shape mirrors `priorityScore` (each
 * contribution rounded half up to 2 decimals, the score their sum), and the integration test checks that the score
 * of every row equals `priorityScore` of the same inputs. TARGET_GAP and PUBLIC_SERVICE are 0 here: ranked needs
 * are against the current position, and no unit has a satisfaction survey yet (the surveys stage adds it).
 *
 * Expects, in scope: `gap`, `mandatory_programme`, `skp_predikat` (text or null) and `jpm_percent` (numeric or null).
 */
export function priorityScoreSql(weights: PriorityWeights = defaultPriorityWeights): string {
  const num = (x: number) => {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return `${x}::numeric`;
  };
  const skp = Object.entries(priorityRules.skpNeed)
    .map(([predikat, v]) => `WHEN '${predikat}' THEN ${num(v)}`)
    .join(" ");
  const jpmValue = `CASE WHEN jpm_percent IS NULL THEN 0
      WHEN jpm_percent >= ${num(jpmRules.mappingOptimalMin)} THEN ${num(priorityRules.jpmNeed.OPTIMAL)}
      WHEN jpm_percent >= ${num(jpmRules.mappingCukupOptimalMin)} THEN ${num(priorityRules.jpmNeed.CUKUP_OPTIMAL)}
      ELSE ${num(priorityRules.jpmNeed.KURANG_OPTIMAL)} END`;
  const gapValue = `LEAST(GREATEST(gap, 0)::numeric / ${num(priorityRules.gapScale)}, 1)`;
  const part = (w: number, value: string) => `round(${num(w)} * (${value}), 2)`;
  return `(
      ${part(weights.GAP, gapValue)}
    + ${part(weights.SKP, `CASE skp_predikat ${skp} ELSE 0 END`)}
    + ${part(weights.JPM, jpmValue)}
    + ${part(weights.MANDATORY, "CASE WHEN mandatory_programme THEN 1 ELSE 0 END")}
  )`;
}

/** The JPM percent of each employee over the assessed competencies, rounded half up like `jobPersonMatch`. */
export const jpmPercentSql = `round(sum(actual) FILTER (WHERE actual IS NOT NULL) * 100.0
  / NULLIF(sum(standard) FILTER (WHERE actual IS NOT NULL), 0), ${jpmRules.decimals})`;
