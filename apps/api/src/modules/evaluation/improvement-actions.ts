import type { DataSource, EntityManager } from "typeorm";
import { checkText, domainError, readIsoDate, type DomainError } from "@bina/domain";
import type { Caller, Scope } from "../../kit/caller";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../kit/connection";
import { badInput, failure, forbidden } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { loadForChange } from "../../kit/optimistic-lock";
import { queryRows, SqlParams } from "../../kit/sql";
import { inScope, scopeSql, scopeWhere } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { ImprovementActionEntity, SKM_ELEMENT_CODES, type ImprovementSource, type ImprovementState } from "./improvement-action.entity";
import { batchScopeSql, today } from "./evaluation-scope";

export const ACTION_TITLE_MAX = 200;
export const ACTION_TEXT_MAX = 1000;
export const OWNER_NAME_MAX = 200;

export interface OpenImprovementActionData {
  readonly source: ImprovementSource;
  readonly title: string;
  readonly finding: string;
  readonly batchId?: string | null;
  readonly programmeId?: string | null;
  readonly serviceUnitId?: string | null;
  readonly periodId?: string | null;
  readonly element?: string | null;
  readonly ownerName: string;
  readonly ownerUnitId?: string | null;
  readonly dueOn: string;
}

export interface UpdateImprovementActionData {
  readonly id: string;
  readonly version: number;
  readonly title?: string | null;
  readonly finding?: string | null;
  readonly ownerName?: string | null;
  readonly ownerUnitId?: string | null;
  readonly dueOn?: string | null;
}

const text = (errors: DomainError[], value: unknown, field: string, max: number, multiline = false): string => {
  const r = checkText(value, { field, min: 1, max, multiline });
  if (!r.ok) errors.push(r.error);
  return r.ok ? r.value : "";
};

/**
 * The references an action names must exist (UNKNOWN_REFERENCE naming the field); one statement. For an operator, a
 * service unit outside its subtree or a batch without its participants (batchScopeSql) is refused the same way, so the
 * answer tells nothing about rows it may not see.
 */
async function checkReferences(m: EntityManager, scope: Scope, refs: Record<string, string | null | undefined>): Promise<Map<string, string | null>> {
  const given = Object.entries(refs).filter((e): e is [string, string] => typeof e[1] === "string");
  for (const [field, id] of given) if (!isUuid(id)) throw badInput(domainError("UNKNOWN_REFERENCE", `${field}: no such record`, { field }));
  if (given.length === 0) return new Map();
  const tables: Record<string, string> = { batchId: "batches", programmeId: "programmes", serviceUnitId: "service_units", periodId: "survey_periods", ownerUnitId: "units" };
  const p = new SqlParams();
  const probes = given.map(([field, id]) =>
    field === "ownerUnitId"
      ? `(SELECT path FROM units WHERE id = ${p.add(id, "uuid")}) AS "${field}"`
      : field === "serviceUnitId"
        ? `(SELECT s.id::text FROM service_units s JOIN units su_u ON su_u.id = s.unit_id WHERE s.id = ${p.add(id, "uuid")} AND ${scopeSql(scope, "su_u.path", p)}) AS "${field}"`
        : field === "batchId"
          ? `(SELECT b.id::text FROM batches b WHERE b.id = ${p.add(id, "uuid")} AND ${batchScopeSql(scope, p)}) AS "${field}"`
          : `(SELECT id::text FROM ${tables[field]} WHERE id = ${p.add(id, "uuid")}) AS "${field}"`,
  );
  const [found] = await queryRows<Record<string, string | null>>(m, `SELECT ${probes.join(", ")}`, p);
  const missing = given.find(([field]) => found?.[field] == null);
  if (missing) throw badInput(domainError("UNKNOWN_REFERENCE", `${missing[0]}: no such record`, { field: missing[0] }));
  return new Map(given.map(([field]) => [field, found![field] ?? null]));
}

/** An operator acts on its own subtree: the owner unit must be in it. */
const assertOwnerInScope = (scope: Scope, ownerPath: string | null | undefined): void => {
  if (scope.kind === "ALL") return;
  if (!ownerPath || !inScope(scope, ownerPath)) throw forbidden("A unit operator's actions are owned by its own unit or a sub-unit (ownerUnitId)");
};

const snapshot = (a: ImprovementActionEntity): Record<string, unknown> => ({
  source: a.source,
  title: a.title,
  finding: a.finding,
  batchId: a.batchId,
  programmeId: a.programmeId,
  serviceUnitId: a.serviceUnitId,
  periodId: a.periodId,
  element: a.element,
  ownerName: a.ownerName,
  ownerUnitId: a.ownerUnitId,
  dueOn: a.dueOn,
  status: a.status,
  outcome: a.outcome,
  closedOn: a.closedOn,
  version: a.version,
});

/**
 * Opens an improvement action from a finding (ADMIN anywhere; a unit operator owning it in its subtree): texts checked
 * (INVALID_TEXT naming the field), references existing (UNKNOWN_REFERENCE), a WEAK_ELEMENT action names its service unit
 * and element (INVALID_VALUE). One transaction with its audit entry.
 */
export async function openImprovementAction({ ds, caller, input }: { ds: DataSource; caller: Caller; input: OpenImprovementActionData }): Promise<ImprovementActionEntity> {
  const errors: DomainError[] = [];
  const title = text(errors, input.title, "title", ACTION_TITLE_MAX);
  const finding = text(errors, input.finding, "finding", ACTION_TEXT_MAX, true);
  const ownerName = text(errors, input.ownerName, "ownerName", OWNER_NAME_MAX);
  if (input.element != null && !(SKM_ELEMENT_CODES as readonly string[]).includes(input.element)) {
    errors.push(domainError("INVALID_VALUE", `element: one of ${SKM_ELEMENT_CODES.join(", ")}`, { field: "element" }));
  }
  if (input.source === "WEAK_ELEMENT" && (!input.serviceUnitId || !input.element)) {
    errors.push(domainError("INVALID_VALUE", "element: an action on a weak element names the service unit and the element", { field: input.serviceUnitId ? "element" : "serviceUnitId" }));
  }
  if (errors.length) throw badInput(errors);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const refs = await checkReferences(m, scope, {
      batchId: input.batchId,
      programmeId: input.programmeId,
      serviceUnitId: input.serviceUnitId,
      periodId: input.periodId,
      ownerUnitId: input.ownerUnitId,
    });
    assertOwnerInScope(scope, refs.get("ownerUnitId"));
    const saved = await m.save(
      m.create(ImprovementActionEntity, {
        source: input.source,
        title,
        finding,
        batchId: input.batchId ?? null,
        programmeId: input.programmeId ?? null,
        serviceUnitId: input.serviceUnitId ?? null,
        periodId: input.periodId ?? null,
        element: input.element ?? null,
        ownerName,
        ownerUnitId: input.ownerUnitId ?? null,
        dueOn: input.dueOn,
        status: "OPEN",
        outcome: null,
        closedOn: null,
        version: 1,
      }),
    );
    await recordAudit(m, caller.user.id, [{ action: "CREATE", entityType: "ImprovementAction", entityId: saved.id, before: null, after: snapshot(saved) }]);
    return saved;
  });
}

async function loadOpen(m: EntityManager, scope: Scope, id: string, version: number): Promise<ImprovementActionEntity> {
  const action = await loadForChange(m, ImprovementActionEntity, {
    id,
    version,
    what: "Improvement action",
    authorize: async (row) => {
      if (scope.kind === "ALL") return;
      const [unit] = row.ownerUnitId ? await queryRows<{ path: string }>(m, `SELECT path FROM units WHERE id = $1`, [row.ownerUnitId]) : [];
      assertOwnerInScope(scope, unit?.path);
    },
  });
  if (action.status === "CLOSED") throw failure("ACTION_CLOSED", "This improvement action is closed", { field: "id" });
  return action;
}

/** Changes an OPEN action's texts, owner or due date (CONFLICT STALE_VERSION on a stale version, ACTION_CLOSED when closed). */
export async function updateImprovementAction({ ds, caller, input }: { ds: DataSource; caller: Caller; input: UpdateImprovementActionData }): Promise<ImprovementActionEntity> {
  const errors: DomainError[] = [];
  const changes: Partial<ImprovementActionEntity> = {};
  if (input.title != null) changes.title = text(errors, input.title, "title", ACTION_TITLE_MAX);
  if (input.finding != null) changes.finding = text(errors, input.finding, "finding", ACTION_TEXT_MAX, true);
  if (input.ownerName != null) changes.ownerName = text(errors, input.ownerName, "ownerName", OWNER_NAME_MAX);
  if (input.dueOn != null) changes.dueOn = input.dueOn;
  if (errors.length) throw badInput(errors);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const action = await loadOpen(m, scope, input.id, input.version);
    if (input.ownerUnitId !== undefined && input.ownerUnitId !== null) {
      const refs = await checkReferences(m, scope, { ownerUnitId: input.ownerUnitId });
      assertOwnerInScope(scope, refs.get("ownerUnitId"));
      changes.ownerUnitId = input.ownerUnitId;
    }
    const before = snapshot(action);
    const saved = await m.save(Object.assign(action, changes, { version: action.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "ImprovementAction", entityId: saved.id, before, after: snapshot(saved) }]);
    return saved;
  });
}

/** Closes an OPEN action with what changed (INVALID_TEXT naming `outcome`), today (Asia/Jakarta). */
export async function closeImprovementAction({ ds, caller, id, version, outcome }: { ds: DataSource; caller: Caller; id: string; version: number; outcome: string }): Promise<ImprovementActionEntity> {
  const errors: DomainError[] = [];
  const what = text(errors, outcome, "outcome", ACTION_TEXT_MAX, true);
  if (errors.length) throw badInput(errors);
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const action = await loadOpen(m, scope, id, version);
    const before = snapshot(action);
    const saved = await m.save(Object.assign(action, { status: "CLOSED" as const, outcome: what, closedOn: today(), version: action.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "ImprovementAction", entityId: saved.id, before, after: snapshot(saved) }]);
    return saved;
  });
}

/** Improvement actions by due date (optionally one status and source); an operator sees those owned in its subtree. One statement per page. */
export async function listImprovementActions({
  ds,
  caller,
  status,
  source,
  first,
  after,
  withTotal,
}: {
  ds: DataSource;
  caller: Caller;
  status: ImprovementState | null;
  source: ImprovementSource | null;
  first: number;
  after?: string | null;
  withTotal: boolean;
}): Promise<Page<ImprovementActionEntity>> {
  const cursor = after ? decodeCursor(after, ["text", "uuid"]) : null;
  if (cursor && readIsoDate(cursor[0]) === null) throw badInput(domainError("INVALID_CURSOR", "after: not a cursor of this list", { field: "after" }));
  const scope = await caller.scope();
  const qb = ds.getRepository(ImprovementActionEntity).createQueryBuilder("a");
  if (scope.kind !== "ALL") {
    qb.innerJoin("units", "ou", "ou.id = a.owner_unit_id").andWhere(...scopeWhere(scope, "ou.path"));
  }
  if (status) qb.andWhere("a.status = :status", { status });
  if (source) qb.andWhere("a.source = :source", { source });
  const totalCount = withTotal ? await qb.clone().getCount() : null;
  if (cursor) qb.andWhere("(a.due_on, a.id) > (CAST(:dueOn AS date), CAST(:cid AS uuid))", { dueOn: cursor[0], cid: cursor[1] });
  const rows = await qb.orderBy("a.due_on").addOrderBy("a.id").limit(first + 1).getMany();
  return pageOf(rows, { first, after, totalCount }, (a) => encodeCursor([a.dueOn, a.id]));
}
