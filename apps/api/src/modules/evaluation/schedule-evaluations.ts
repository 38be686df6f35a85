import type { DataSource } from "typeorm";
import { BEHAVIOUR_RULES, behaviourFollowUpDate, domainError } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, failure } from "../../kit/errors";
import { queryRows, SqlParams } from "../../kit/sql";
import { recordAudit } from "../audit/record-audit";
import { batchInScope, invitationScopeSql, PARTICIPANT_JOINS, participantScopeSql, today } from "./evaluation-scope";

/** Days a reaction form stays open after the batch ends (or after it is scheduled, when that is later). */
export const REACTION_OPEN_DAYS = 14;
/** Days a behaviour follow-up stays open after its date (or after it is scheduled, when that is later). */
export const BEHAVIOUR_OPEN_DAYS = 30;

export interface EvaluationSchedule {
  readonly batchId: string;
  /** Reaction forms of the batch (the caller's participants), after scheduling. */
  readonly reactionInvitations: number;
  /** Behaviour follow-ups (alumnus and superior) of the batch (the caller's participants), after scheduling. */
  readonly behaviourInvitations: number;
  /** Forms this call created (0 when everything was scheduled already). */
  readonly created: number;
  /** The behaviour follow-up date this call used. */
  readonly behaviourOpensOn: string;
}

/**
 * Schedules a COMPLETED (or EVALUATED) batch's evaluation forms, idempotently (a form that exists is kept, answered or
 * not): a REACTION form for every participant with an outcome, open from the batch's last day for REACTION_OPEN_DAYS;
 * an ALUMNUS and a SUPERIOR BEHAVIOUR follow-up for every participant who completed, open from
 * `behaviourFollowUpDate(ends_on, { followUpMonths })` for BEHAVIOUR_OPEN_DAYS. A form scheduled late stays open that
 * long from today. An operator schedules its own subtree's participants. One transaction with its audit entry.
 */
export async function scheduleEvaluations({
  ds,
  caller,
  batchId,
  behaviourMonths,
}: {
  ds: DataSource;
  caller: Caller;
  batchId: string;
  behaviourMonths: number;
}): Promise<EvaluationSchedule> {
  if (!Number.isInteger(behaviourMonths) || behaviourMonths < BEHAVIOUR_RULES.minMonths || behaviourMonths > BEHAVIOUR_RULES.maxMonths) {
    throw badInput(
      domainError("INVALID_VALUE", `behaviourMonths: a whole number of months, ${BEHAVIOUR_RULES.minMonths}..${BEHAVIOUR_RULES.maxMonths}`, { field: "behaviourMonths" }),
    );
  }
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const batch = await batchInScope(m, scope, batchId, true);
    if (batch.status !== "COMPLETED" && batch.status !== "EVALUATED") {
      throw failure("BATCH_NOT_COMPLETED", `Evaluations are scheduled for a COMPLETED batch; it is ${batch.status}`, { field: "batchId", status: batch.status });
    }
    const behaviourOpensOn = behaviourFollowUpDate(batch.endsOn, { followUpMonths: behaviourMonths });
    const p = new SqlParams();
    const b = p.add(batch.id, "uuid");
    const now = p.add(today(), "date");
    const opensReaction = p.add(batch.endsOn, "date");
    const opensBehaviour = p.add(behaviourOpensOn, "date");
    const scoped = participantScopeSql(scope, p);
    const created = await queryRows<{ id: string; level: string }>(
      m,
      `INSERT INTO evaluation_invitations (batch_id, employee_id, level, role, opens_on, expires_on)
       SELECT DISTINCT ${b}, n.employee_id, x.level, x.role,
              CASE x.level WHEN 'REACTION' THEN ${opensReaction} ELSE ${opensBehaviour} END,
              CASE x.level WHEN 'REACTION' THEN greatest(${opensReaction}, ${now}) + ${p.add(REACTION_OPEN_DAYS, "int")}
                           ELSE greatest(${opensBehaviour}, ${now}) + ${p.add(BEHAVIOUR_OPEN_DAYS, "int")} END
         FROM nominations n ${PARTICIPANT_JOINS}
         JOIN (VALUES ('REACTION', 'PARTICIPANT'), ('BEHAVIOUR', 'ALUMNUS'), ('BEHAVIOUR', 'SUPERIOR')) AS x(level, role)
           ON x.level = 'REACTION' OR n.outcome = 'COMPLETED'
        WHERE n.batch_id = ${b} AND n.status = 'APPROVED' AND n.outcome IS NOT NULL AND ${scoped}
       ON CONFLICT (batch_id, employee_id, level, role) DO NOTHING
       RETURNING id, level`,
      p,
    );
    const p2 = new SqlParams();
    const [totals] = await queryRows<{ reaction: number; behaviour: number }>(
      m,
      `SELECT count(*) FILTER (WHERE i.level = 'REACTION')::int AS reaction, count(*) FILTER (WHERE i.level = 'BEHAVIOUR')::int AS behaviour
         FROM evaluation_invitations i WHERE i.batch_id = ${p2.add(batch.id, "uuid")} AND ${invitationScopeSql(scope, p2)}`,
      p2,
    );
    if (created.length > 0) {
      await recordAudit(m, caller.user.id, [
        {
          action: "CREATE",
          entityType: "EvaluationInvitations",
          entityId: batch.id,
          before: null,
          after: {
            behaviourMonths,
            behaviourOpensOn,
            reaction: created.filter((c) => c.level === "REACTION").length,
            behaviour: created.filter((c) => c.level === "BEHAVIOUR").length,
          },
        },
      ]);
    }
    return { batchId: batch.id, reactionInvitations: totals!.reaction, behaviourInvitations: totals!.behaviour, created: created.length, behaviourOpensOn };
  });
}
