import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { conflict, notFound } from "./errors";
import { isUuid } from "./ids";

/**
 * Loads a row for a change inside a transaction: locks it (SELECT ... FOR UPDATE), refuses a missing row
 * with NOT_FOUND and a stale `version` with CONFLICT (STALE_VERSION), so two parallel edits have one winner.
 * Save the change with `version: row.version + 1`.
 */
export async function loadForChange<T extends ObjectLiteral & { id: string; version: number }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  {
    id,
    version,
    what,
    authorize,
  }: {
    id: string;
    version: number | null;
    what: string;
    /** Checks the caller may change this row (scope); runs before the version check so a refused caller learns nothing of the row. */
    authorize?: (row: T) => Promise<void> | void;
  },
): Promise<T> {
  const row = isUuid(id) ? await m.findOne(entity, { where: { id } as never, lock: { mode: "pessimistic_write" } }) : null;
  if (!row) throw notFound(what, id);
  await authorize?.(row);
  if (version !== null && row.version !== version) {
    throw conflict(`${what} ${id} was changed by someone else (version ${row.version}, you sent ${version}); reload and try again`, {
      field: "version",
      domainCode: "STALE_VERSION",
      currentVersion: row.version,
    });
  }
  return row;
}
