import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Planning and proposals after review (issue 6):
 * - one adopted plan version per year, held by a partial unique index (defect 3); years that already have several
 *   keep the most recently adopted one and the others become SUPERSEDED;
 * - the plan's explanation as facts (jsonb) instead of English prose: old rows get the facts recounted from their items;
 * - candidates: `estimated_cost` is `cost` (one name per concept), a competency listed twice is kept once (defect 5),
 *   and a proposal becomes at most one candidate (partial unique index on `proposal_id`).
 */
export class Planning1764500000300 implements MigrationInterface {
  name = "Planning1764500000300";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE "plans" p SET "status" = 'SUPERSEDED'
       WHERE p."status" = 'ADOPTED'
         AND EXISTS (SELECT 1 FROM "plans" o WHERE o."year" = p."year" AND o."status" = 'ADOPTED'
                        AND (o."adopted_at", o."version") > (p."adopted_at", p."version"))`);
    await q.query(`CREATE UNIQUE INDEX "plans_one_adopted_per_year_key" ON "plans" ("year") WHERE "status" = 'ADOPTED'`);

    await q.query(`ALTER TABLE "plans" RENAME COLUMN "explanation" TO "explanation_text"`);
    await q.query(`ALTER TABLE "plans" ADD COLUMN "explanation" jsonb`);
    await q.query(`
      UPDATE "plans" p SET "explanation" = jsonb_build_object(
        'valuation', 'STAND_ALONE',
        'candidateCount', jsonb_array_length(p."items"),
        'selectedCount', (SELECT count(*) FROM jsonb_array_elements(p."items") i WHERE (i->>'selected')::boolean),
        'mandatoryCount', (SELECT count(*) FROM jsonb_array_elements(p."items") i WHERE (i->>'mandatory')::boolean),
        'leftOutByReason', COALESCE((
          SELECT jsonb_agg(jsonb_build_object('reason', r.reason, 'count', r.n) ORDER BY r.first)
            FROM (SELECT i->>'reason' AS reason, count(*) AS n, min(o) AS first
                    FROM jsonb_array_elements(p."items") WITH ORDINALITY AS e(i, o)
                   WHERE NOT (i->>'selected')::boolean GROUP BY 1) r), '[]'::jsonb),
        'upperBound', NULL)`);
    await q.query(`ALTER TABLE "plans" ALTER COLUMN "explanation" SET NOT NULL`);
    await q.query(`ALTER TABLE "plans" DROP COLUMN "explanation_text"`);

    await q.query(`ALTER TABLE "programme_candidates" RENAME COLUMN "estimated_cost" TO "cost"`);
    await q.query(`
      UPDATE "programme_candidates" c
         SET "competency_ids" = ARRAY(SELECT x FROM unnest(c."competency_ids") WITH ORDINALITY AS u(x, o) GROUP BY x ORDER BY min(o))
       WHERE cardinality(c."competency_ids") <> (SELECT count(DISTINCT x) FROM unnest(c."competency_ids") AS x)`);
    await q.query(`
      UPDATE "programme_candidates" c SET "proposal_id" = NULL
       WHERE c."proposal_id" IS NOT NULL
         AND EXISTS (SELECT 1 FROM "programme_candidates" o WHERE o."proposal_id" = c."proposal_id" AND o."id" < c."id")`);
    await q.query(`CREATE UNIQUE INDEX "programme_candidates_proposal_id_key" ON "programme_candidates" ("proposal_id") WHERE "proposal_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "programme_candidates_proposal_id_key"`);
    await q.query(`ALTER TABLE "programme_candidates" RENAME COLUMN "cost" TO "estimated_cost"`);
    await q.query(`ALTER TABLE "plans" ADD COLUMN "explanation_text" text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "plans" DROP COLUMN "explanation"`);
    await q.query(`ALTER TABLE "plans" RENAME COLUMN "explanation_text" TO "explanation"`);
    await q.query(`ALTER TABLE "plans" ALTER COLUMN "explanation" DROP DEFAULT`);
    await q.query(`DROP INDEX "plans_one_adopted_per_year_key"`);
  }
}
