import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { NominationState } from "@bina/domain";
import type { Scope } from "../../kit/caller";
import type { Page } from "../../kit/connection";
import { queryRows } from "../../kit/sql";
import { underPathSql } from "../../kit/unit-scope";
import { BatchSessionEntity } from "./batch-session.entity";
import { BatchEntity } from "./batch.entity";
import type { NominationEntity } from "./nomination.entity";
import { nominationPagesByBatch } from "./nominations.sql";
import { ProgrammeEntity } from "./programme.entity";
import { SEAT_SQL } from "./seats";
import { SpeakerEntity } from "./speaker.entity";

export interface QuotaView {
  readonly unitId: string;
  /** The unit's materialised path (for scoping; not exposed). */
  readonly unitPath: string;
  readonly seats: number;
  readonly seatsTaken: number;
}

export interface SeatsView {
  readonly taken: number;
  readonly waitlisted: number;
}

export interface SpeakerYear {
  readonly days: number;
  readonly sessions: number;
  readonly hours: number;
  readonly jp: number;
  readonly totalFee: number;
}

/** A page of one batch's nominations, as the caller may see them. */
export interface BatchNominationsKey {
  readonly batchId: string;
  readonly scope: Scope;
  readonly statuses: readonly NominationState[] | null;
  readonly first: number;
  readonly after: string | null;
  readonly withTotal: boolean;
}

/** The delivery module's per-request loaders: one statement per kind of nested field and request depth. */
export interface DeliveryLoaders {
  readonly programmeById: DataLoader<string, ProgrammeEntity | null>;
  readonly batchById: DataLoader<string, BatchEntity | null>;
  readonly speakerById: DataLoader<string, SpeakerEntity | null>;
  readonly batchesByProgramme: DataLoader<string, BatchEntity[]>;
  readonly sessionsByBatch: DataLoader<string, BatchSessionEntity[]>;
  readonly quotasByBatch: DataLoader<string, QuotaView[]>;
  readonly seatsByBatch: DataLoader<string, SeatsView>;
  readonly nominationsByBatch: DataLoader<BatchNominationsKey, Page<NominationEntity>, string>;
  /** Key `speakerId|year`. */
  readonly speakerSessions: DataLoader<string, BatchSessionEntity[]>;
  /** Key `speakerId|year`. */
  readonly speakerYear: DataLoader<string, SpeakerYear>;
  /** The name of the organisation's root unit (the city), key "root". */
  readonly cityName: DataLoader<"root", string | null>;
}

const byId = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

const groupBy = <T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

/** Keys `id|year` grouped by year: one statement per year asked. */
const byYear = (keys: readonly string[]): Map<number, string[]> =>
  groupBy(keys, (k) => Number(k.split("|")[1])) as unknown as Map<number, string[]>;

const yearRange = (year: number): [string, string] => [`${year}-01-01`, `${year + 1}-01-01`];

export const deliveryLoaders = (ds: DataSource): DeliveryLoaders => ({
  programmeById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) }))),
  batchById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(BatchEntity).findBy({ id: In([...ids]) }))),
  speakerById: new DataLoader(async (ids) => byId(ids, await ds.getRepository(SpeakerEntity).findBy({ id: In([...ids]) }))),
  batchesByProgramme: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(BatchEntity).find({ where: { programmeId: In([...ids]) }, order: { startsOn: "ASC", id: "ASC" } });
    const grouped = groupBy(rows, (r) => r.programmeId);
    return ids.map((id) => grouped.get(id) ?? []);
  }),
  sessionsByBatch: new DataLoader(async (ids) => {
    const rows = await ds.getRepository(BatchSessionEntity).find({ where: { batchId: In([...ids]) }, order: { date: "ASC", startsAt: "ASC", id: "ASC" } });
    const grouped = groupBy(rows, (r) => r.batchId);
    return ids.map((id) => grouped.get(id) ?? []);
  }),
  quotasByBatch: new DataLoader(async (ids) => {
    const rows = await queryRows<{ batch_id: string; unit_id: string; path: string; seats: number; taken: number }>(
      ds,
      `SELECT q.batch_id, q.unit_id, u.path, q.seats,
              (SELECT count(*)::int FROM nominations n JOIN units nu ON nu.id = n.unit_id
                WHERE n.batch_id = q.batch_id AND n.status IN ${SEAT_SQL} AND ${underPathSql("nu.path", "u.path")}) AS taken
         FROM batch_unit_quotas q JOIN units u ON u.id = q.unit_id
        WHERE q.batch_id = ANY($1::uuid[]) ORDER BY u.path`,
      [[...ids]],
    );
    const grouped = groupBy(rows, (r) => r.batch_id);
    return ids.map((id) => (grouped.get(id) ?? []).map((r) => ({ unitId: r.unit_id, unitPath: r.path, seats: r.seats, seatsTaken: r.taken })));
  }),
  seatsByBatch: new DataLoader(async (ids) => {
    const rows = await queryRows<{ batch_id: string; taken: number; waitlisted: number }>(
      ds,
      `SELECT batch_id, count(*) FILTER (WHERE status IN ${SEAT_SQL})::int AS taken, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
         FROM nominations WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`,
      [[...ids]],
    );
    const map = new Map(rows.map((r) => [r.batch_id, { taken: r.taken, waitlisted: r.waitlisted }]));
    return ids.map((id) => map.get(id) ?? { taken: 0, waitlisted: 0 });
  }),
  nominationsByBatch: new DataLoader(
    async (keys) => {
      // Keys that differ only by batch share one statement.
      const groups = groupBy(keys, (k) => JSON.stringify([k.scope, k.statuses, k.first, k.after, k.withTotal]));
      const pages = new Map<string, Page<NominationEntity>>();
      for (const [group, list] of groups) {
        const a = list[0]!;
        const found = await nominationPagesByBatch(ds, [...new Set(list.map((k) => k.batchId))], a);
        for (const [batchId, page] of found) pages.set(`${batchId}|${group}`, page);
      }
      return keys.map((k) => pages.get(`${k.batchId}|${JSON.stringify([k.scope, k.statuses, k.first, k.after, k.withTotal])}`)!);
    },
    { cacheKeyFn: (k) => `${k.batchId}|${JSON.stringify([k.scope, k.statuses, k.first, k.after, k.withTotal])}` },
  ),
  speakerSessions: new DataLoader(async (keys) => {
    const result = new Map<string, BatchSessionEntity[]>();
    for (const [year, list] of byYear(keys)) {
      const [from, to] = yearRange(year);
      const rows = await ds
        .getRepository(BatchSessionEntity)
        .createQueryBuilder("s")
        .innerJoin(BatchEntity, "b", "b.id = s.batch_id")
        .where("s.speaker_id IN (:...ids)", { ids: list.map((k) => k.split("|")[0]) })
        .andWhere("s.date >= :from AND s.date < :to AND b.status <> 'CANCELLED'", { from, to })
        .orderBy("s.date")
        .addOrderBy("s.starts_at")
        .addOrderBy("s.id")
        .getMany();
      const grouped = groupBy(rows, (r) => r.speakerId);
      for (const k of list) result.set(k, grouped.get(k.split("|")[0]!) ?? []);
    }
    return keys.map((k) => result.get(k) ?? []);
  }),
  speakerYear: new DataLoader(async (keys) => {
    const result = new Map<string, SpeakerYear>();
    for (const [year, list] of byYear(keys)) {
      const [from, to] = yearRange(year);
      const rows = await queryRows<{ speaker_id: string; days: number; sessions: number; minutes: number; jp: string; fee: string }>(
        ds,
        `SELECT s.speaker_id, count(DISTINCT s.date)::int AS days, count(*)::int AS sessions, sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)::int AS minutes,
                sum(s.jp)::text AS jp, COALESCE(sum(s.fee), 0)::text AS fee
           FROM batch_sessions s JOIN batches b ON b.id = s.batch_id
          WHERE s.speaker_id = ANY($1::uuid[]) AND s.date >= $2::date AND s.date < $3::date AND b.status <> 'CANCELLED'
          GROUP BY s.speaker_id`,
        [list.map((k) => k.split("|")[0]), from, to],
      );
      const map = new Map(rows.map((r) => [r.speaker_id, r]));
      for (const k of list) {
        const r = map.get(k.split("|")[0]!);
        result.set(
          k,
          r
            ? { days: r.days, sessions: r.sessions, hours: Math.round((r.minutes / 60) * 100) / 100, jp: Number(r.jp), totalFee: Number(r.fee) }
            : { days: 0, sessions: 0, hours: 0, jp: 0, totalFee: 0 },
        );
      }
    }
    return keys.map((k) => result.get(k)!);
  }),
  cityName: new DataLoader(async (keys) => {
    const [root] = await queryRows<{ name: string }>(ds, `SELECT name FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1`);
    return keys.map(() => root?.name ?? null);
  }),
});
