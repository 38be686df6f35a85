import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { domainError } from "@bina/domain";
import { badInput } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { UnitEntity } from "../organization/unit.entity";
import type { FieldErrors } from "./delivery-checks";
import { MAX_CAPACITY } from "./delivery-limits";
import type { UnitQuotaInput } from "./delivery.inputs";

/** Capacity 1..10000 (INVALID_CAPACITY naming `capacity`). */
export function checkCapacity(errors: FieldErrors, capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
    errors.add(domainError("INVALID_CAPACITY", `capacity: a whole number of seats, 1..${MAX_CAPACITY}`, { field: "capacity" }));
  }
  return capacity;
}

/** A number in min..max (INVALID_VALUE naming the field), or null. */
export function checkRange(errors: FieldErrors, value: number | null, field: string, min: number, max: number): number | null {
  if (value !== null && !(Number.isFinite(value) && value >= min && value <= max)) {
    errors.add(domainError("INVALID_VALUE", `${field}: a number from ${min} to ${max}`, { field }));
  }
  return value;
}

/** First and last day: the last not before the first, the first in the programme's year. */
export function checkBatchDates(errors: FieldErrors, startsOn: string, endsOn: string, year: number): void {
  if (endsOn < startsOn) errors.add(domainError("INVALID_DATE", "endsOn: the last day comes before the first", { field: "endsOn" }));
  if (Number(startsOn.slice(0, 4)) !== year) errors.add(domainError("DATE_OUTSIDE_YEAR", `startsOn: the programme is of ${year}`, { field: "startsOn" }));
}

/** Quotas: each unit once and existing, seats 0..10000 (field errors naming the quota). */
export async function checkQuotas(m: EntityManager, quotas: readonly UnitQuotaInput[]): Promise<UnitQuotaInput[]> {
  const seen = new Set<string>();
  quotas.forEach((q, i) => {
    if (!isUuid(q.unitId) || seen.has(q.unitId)) throw badInput(domainError("DUPLICATE_ID", `quotas.${i}.unitId: each unit once`, { field: `quotas.${i}.unitId` }));
    seen.add(q.unitId);
    if (!Number.isInteger(q.seats) || q.seats < 0 || q.seats > MAX_CAPACITY) {
      throw badInput(domainError("INVALID_VALUE", `quotas.${i}.seats: 0..${MAX_CAPACITY}`, { field: `quotas.${i}.seats` }));
    }
  });
  if (quotas.length > 0) {
    const found = new Set((await m.find(UnitEntity, { where: { id: In([...seen]) }, select: { id: true } })).map((u) => u.id));
    const missing = quotas.findIndex((q) => !found.has(q.unitId));
    if (missing >= 0) throw badInput(domainError("UNKNOWN_UNIT", `quotas.${missing}.unitId: no such unit`, { field: `quotas.${missing}.unitId` }));
  }
  return [...quotas];
}

/** Replaces a batch's quotas (one delete, one insert). */
export async function replaceQuotas(m: EntityManager, batchId: string, quotas: readonly UnitQuotaInput[]): Promise<void> {
  await m.query(`DELETE FROM batch_unit_quotas WHERE batch_id = $1`, [batchId]);
  if (quotas.length === 0) return;
  await m.query(
    `INSERT INTO batch_unit_quotas (batch_id, unit_id, seats) SELECT $1, u, s FROM unnest($2::uuid[], $3::int[]) AS t(u, s)`,
    [batchId, quotas.map((q) => q.unitId), quotas.map((q) => q.seats)],
  );
}
