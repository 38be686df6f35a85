import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { EmployeeEntity } from "../modules/organization/employee.entity";
import type { UnitEntity } from "../modules/organization/unit.entity";
import { DEMO_DELIVERY_TODAY, demoSpeakers, type DemoDelivery } from "./delivery";
import { demoEvaluation, type SeedBehaviourAnswers, type SeedInvitation, type SeedReactionAnswers } from "./evaluation";
import { jakartaTime } from "./evaluation/dates";
import { col, insertColumns } from "./load-delivery-demo-data";

/**
 * The `answers` column of an evaluation invitation, in the shape the evaluation module stores from its public form
 * (`readAnswers` in modules/evaluation/evaluation-form.ts) and its SQL reads: REACTION `{answers, speakers: {<speaker
 * id>: {...}}}`, BEHAVIOUR `{answers}`. The one place the seed writes that shape.
 */
export function storedAnswers(
  invitation: SeedInvitation<SeedReactionAnswers> | SeedInvitation<SeedBehaviourAnswers>,
  speakerId: (key: string) => string,
): string | null {
  if (invitation.answers === null) return null;
  if (invitation.level === "BEHAVIOUR") return JSON.stringify({ answers: invitation.answers as SeedBehaviourAnswers });
  const reaction = invitation.answers as SeedReactionAnswers;
  return JSON.stringify({
    answers: reaction.answers,
    speakers: Object.fromEntries(Object.entries(reaction.speakers).map(([key, answers]) => [speakerId(key), answers])),
  });
}

/**
 * Loads the evaluation and survey demo (issue 9) of `delivery` (the delivery demo as its loader loaded it) in the
 * caller's transaction, one statement per table: the twelve service units and three survey periods, about 13,600 SKM
 * responses (the tallies, the needs cycle's weak elements and the needs store follow by their statement-level triggers,
 * once), the reaction and behaviour invitations of the completed 2026 batches with their answers, and three
 * improvement actions.
 */
export async function loadEvaluationDemoData(
  m: EntityManager,
  delivery: DemoDelivery,
  employees: readonly EmployeeEntity[],
  units: ReadonlyMap<string, UnitEntity>,
) {
  const demo = demoEvaluation(delivery, DEMO_DELIVERY_TODAY);
  const endOf = new Map(delivery.batches.map((b) => [b.key, b.sessions[b.sessions.length - 1]!.date]));
  const unitId = (code: string): string => {
    const unit = units.get(code);
    if (!unit) throw new Error(`Evaluation demo names an unknown unit ${code}`);
    return unit.id;
  };

  const serviceUnits = demo.serviceUnits.map((u) => ({ ...u, id: randomUUID() }));
  const serviceUnitId = new Map(serviceUnits.map((u) => [u.code, u.id]));
  await insertColumns(m, "service_units", {
    id: col("uuid", serviceUnits, (u) => u.id),
    code: col("varchar", serviceUnits, (u) => u.code),
    name: col("varchar", serviceUnits, (u) => u.name),
    kind: col("varchar", serviceUnits, (u) => u.kind),
    unit_id: col("uuid", serviceUnits, (u) => unitId(u.unitCode)),
    yearly_users: col("int", serviceUnits, (u) => u.yearlyUsers),
  });
  const periods = demo.periods.map((p) => ({ ...p, id: randomUUID() }));
  const periodId = new Map(periods.map((p) => [p.code, p.id]));
  await insertColumns(m, "survey_periods", {
    id: col("uuid", periods, (p) => p.id),
    code: col("varchar", periods, (p) => p.code),
    year: col("int", periods, (p) => p.year),
    half: col("smallint", periods, (p) => p.half),
    starts_on: col("date", periods, (p) => p.startsOn),
    ends_on: col("date", periods, (p) => p.endsOn),
    status: col("varchar", periods, (p) => p.status),
  });
  const responses = demo.responses;
  const answer = (u: number) => col("smallint", responses, (r) => r.answers[u]);
  await insertColumns(m, "survey_responses", {
    service_unit_id: col("uuid", responses, (r) => serviceUnitId.get(r.serviceUnitCode)),
    period_id: col("uuid", responses, (r) => periodId.get(r.periodCode)),
    submitted_at: col("timestamptz", responses, (r) => r.submittedAt),
    ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7, 8].map((u) => [`u${u + 1}`, answer(u)])),
    gender: col("varchar", responses, (r) => r.gender),
    age_band: col("varchar", responses, (r) => r.ageBand),
    education: col("varchar", responses, (r) => r.education),
    occupation: col("varchar", responses, (r) => r.occupation),
    service_received: col("varchar", responses, (r) => r.serviceReceived),
    suggestion: col("varchar", responses, (r) => r.suggestion),
    client_key: col("varchar", responses, (r) => r.clientKey),
  });

  // The delivery demo's batches, programmes and speakers by their demo keys (the delivery loader made their ids).
  const batchRows = (await m.query(`SELECT b."id", b."name", p."id" AS "programme_id", p."title" FROM "batches" b JOIN "programmes" p ON p."id" = b."programme_id"`)) as {
    id: string;
    name: string;
    programme_id: string;
    title: string;
  }[];
  const batchByTitle = new Map(batchRows.map((b) => [`${b.title}|${b.name}`, b]));
  const batchOf = new Map(delivery.batches.map((b) => [b.key, batchByTitle.get(`${b.programme}|${b.batchName}`)]));
  const batch = (key: string) => {
    const found = batchOf.get(key);
    if (!found) throw new Error(`Evaluation demo names a batch ${key} the delivery demo did not load`);
    return found;
  };
  const speakerRows = (await m.query(`SELECT "id", "name" FROM "speakers"`)) as { id: string; name: string }[];
  const speakerByName = new Map(speakerRows.map((s) => [s.name, s.id]));
  const speakerIds = new Map(demoSpeakers.map((s) => [s.key, speakerByName.get(s.name)]));
  const speakerId = (key: string): string => {
    const found = speakerIds.get(key);
    if (!found) throw new Error(`Evaluation demo names a speaker ${key} the delivery demo did not load`);
    return found;
  };
  const employeeByNip = new Map(employees.map((e) => [e.nip, e.id]));

  const invitations = [...demo.reactions, ...demo.followUps];
  await insertColumns(m, "evaluation_invitations", {
    batch_id: col("uuid", invitations, (i) => batch(i.batchKey).id),
    employee_id: col("uuid", invitations, (i) => employeeByNip.get(i.nip)),
    level: col("varchar", invitations, (i) => i.level),
    role: col("varchar", invitations, (i) => i.role),
    opens_on: col("date", invitations, (i) => i.opensOn),
    expires_on: col("date", invitations, (i) => i.expiresOn),
    answered_at: col("timestamptz", invitations, (i) => i.answeredAt),
    answers: col("jsonb", invitations, (i) => storedAnswers(i, speakerId)),
    comment: col("varchar", invitations, (i) => i.comment),
    // Scheduled when the batch was completed: the evening of its last day.
    created_at: col("timestamptz", invitations, (i) => jakartaTime(endOf.get(i.batchKey)!, 17, 0)),
  });

  const actions = demo.actions;
  await insertColumns(m, "improvement_actions", {
    source: col("varchar", actions, (a) => a.source),
    title: col("varchar", actions, (a) => a.title),
    finding: col("varchar", actions, (a) => a.finding),
    batch_id: col("uuid", actions, (a) => (a.batchKey ? batch(a.batchKey).id : null)),
    programme_id: col("uuid", actions, (a) => (a.batchKey ? batch(a.batchKey).programme_id : null)),
    service_unit_id: col("uuid", actions, (a) => (a.serviceUnitCode ? serviceUnitId.get(a.serviceUnitCode) : null)),
    period_id: col("uuid", actions, (a) => (a.periodCode ? periodId.get(a.periodCode) : null)),
    element: col("varchar", actions, (a) => a.element),
    owner_name: col("varchar", actions, (a) => a.ownerName),
    owner_unit_id: col("uuid", actions, (a) => unitId(a.ownerUnitCode)),
    due_on: col("date", actions, (a) => a.dueOn),
    status: col("varchar", actions, (a) => a.status),
    outcome: col("varchar", actions, (a) => a.outcome),
    closed_on: col("date", actions, (a) => a.closedOn),
    version: col("int", actions, (a) => (a.status === "CLOSED" ? 2 : 1)),
    created_at: col("timestamptz", actions, (a) => jakartaTime(a.openedOn, 10, 0)),
    updated_at: col("timestamptz", actions, (a) => jakartaTime(a.closedOn ?? a.openedOn, 10, 0)),
  });

  return {
    serviceUnits: serviceUnits.length,
    surveyResponses: responses.length,
    reactionInvitations: demo.reactions.length,
    behaviourInvitations: demo.followUps.length,
    answeredInvitations: invitations.filter((i) => i.answeredAt !== null).length,
    improvementActions: actions.length,
  };
}
