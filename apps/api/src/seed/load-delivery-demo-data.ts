import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { EmployeeEntity } from "../modules/organization/employee.entity";
import { newCertificateCode } from "../modules/delivery/certificate-code";
import { DEMO_DELIVERY_TODAY, DEMO_DELIVERY_YEAR, demoDelivery, demoSpeakers, sessionFee, type DemoDelivery } from "./delivery";
import type { SeedEmployee } from "./salatiga";

/**
 * Inserts rows column by column through `unnest`: one statement for any number of rows. An array column (type
 * ending in `[]`) travels as comma-joined text and is split back in SQL (unnest cannot carry arrays of arrays).
 */
export async function insertColumns(m: EntityManager, table: string, columns: Record<string, { type: string; values: unknown[] }>): Promise<void> {
  const names = Object.keys(columns);
  if ((columns[names[0]!]?.values.length ?? 0) === 0) return;
  const list = names.map((n) => `"${n}"`).join(", ");
  const isArray = (n: string) => columns[n]!.type.endsWith("[]");
  const unnest = names.map((n, i) => `$${i + 1}::${isArray(n) ? "text" : columns[n]!.type}[]`).join(", ");
  const select = names.map((n, i) => (isArray(n) ? `string_to_array(c${i}, ',')::${columns[n]!.type}` : `c${i}`)).join(", ");
  const params = names.map((n) => (isArray(n) ? (columns[n]!.values as (readonly unknown[] | null)[]).map((v) => v?.join(",") ?? null) : columns[n]!.values));
  await m.query(`INSERT INTO "${table}" (${list}) SELECT ${select} FROM unnest(${unnest}) AS x(${names.map((_, i) => `c${i}`).join(", ")})`, params);
}

export const col = <T>(type: string, rows: readonly T[], pick: (r: T) => unknown) => ({ type, values: rows.map(pick) });

/**
 * Loads the 2026 delivery demo for the demo employees, in the caller's transaction, with a few bulk
 * statements: speakers, programmes, batches, sessions, nominations, attendance, outcomes, certificates,
 * learning records and the JP ledger's entries. The caller pauses the ledger's triggers and rebuilds it once.
 */
export async function loadDeliveryDemoData(
  m: EntityManager,
  seedEmployees: readonly SeedEmployee[],
  employees: readonly EmployeeEntity[],
  demo: DemoDelivery = demoDelivery(seedEmployees),
) {
  const competencies = new Map(((await m.query(`SELECT "id", "code" FROM "competencies"`)) as { id: string; code: string }[]).map((c) => [c.code, c.id]));
  const competencyId = (code: string): string => {
    const found = competencies.get(code);
    if (!found) throw new Error(`Delivery demo names an unknown competency ${code}`);
    return found;
  };
  const employeeByNip = new Map(employees.map((e) => [e.nip, e]));

  const speakers = demoSpeakers.map((s) => ({ ...s, id: randomUUID() }));
  const speakerByKey = new Map(speakers.map((s) => [s.key, s]));
  await insertColumns(m, "speakers", {
    id: col("uuid", speakers, (s) => s.id),
    name: col("varchar", speakers, (s) => s.name),
    institution: col("varchar", speakers, (s) => s.institution),
    origin_city: col("varchar", speakers, (s) => s.originCity),
    level: col("varchar", speakers, (s) => s.level),
    internal: col("boolean", speakers, (s) => s.internal),
    expertise_ids: col("uuid[]", speakers, (s) => s.expertise.map(competencyId)),
  });

  // One programme per distinct title; its batches under it.
  const programmeIds = new Map<string, string>();
  const programmes = demo.batches.filter((b) => !programmeIds.has(b.programme) && programmeIds.set(b.programme, randomUUID()));
  const programmeStatus = (title: string) =>
    demo.batches.filter((b) => b.programme === title).every((b) => b.status === "COMPLETED") ? "COMPLETED" : demo.batches.some((b) => b.programme === title && b.status === "RUNNING") ? "RUNNING" : "OPEN";
  await insertColumns(m, "programmes", {
    id: col("uuid", programmes, (b) => programmeIds.get(b.programme)),
    year: col("smallint", programmes, () => DEMO_DELIVERY_YEAR),
    title: col("varchar", programmes, (b) => b.programme),
    kind: col("varchar", programmes, (b) => b.kind),
    leadership_programme: col("varchar", programmes, (b) => b.leadershipProgramme ?? null),
    organiser: col("varchar", programmes, (b) => b.organiser),
    organiser_name: col("varchar", programmes, (b) => b.organiserName ?? null),
    status: col("varchar", programmes, (b) => programmeStatus(b.programme)),
    competency_ids: col("uuid[]", programmes, (b) => b.competencies.map(competencyId)),
  });

  const batches = demo.batches.map((b) => ({ ...b, id: randomUUID() }));
  await insertColumns(m, "batches", {
    id: col("uuid", batches, (b) => b.id),
    programme_id: col("uuid", batches, (b) => programmeIds.get(b.programme)),
    name: col("varchar", batches, (b) => b.batchName),
    starts_on: col("date", batches, (b) => b.sessions[0]!.date),
    ends_on: col("date", batches, (b) => b.sessions[b.sessions.length - 1]!.date),
    capacity: col("int", batches, (b) => b.capacity),
    venue: col("varchar", batches, (b) => b.venue),
    online_url: col("varchar", batches, (b) => b.onlineUrl ?? null),
    status: col("varchar", batches, (b) => b.status),
    credited_jp: col("numeric", batches, (b) => b.creditedJp),
    pass_mark: col("numeric", batches, (b) => b.passMark ?? null),
  });

  const sessions = batches.flatMap((b) => b.sessions.map((s, index) => ({ ...s, index, batch: b, id: randomUUID() })));
  // Paid at the ceiling, except the city's own staff (no fee inside their working hours).
  const fee = (s: (typeof sessions)[number]) => sessionFee(s, speakerByKey.get(s.speakerKey)!);
  await insertColumns(m, "batch_sessions", {
    id: col("uuid", sessions, (s) => s.id),
    batch_id: col("uuid", sessions, (s) => s.batch.id),
    date: col("date", sessions, (s) => s.date),
    starts_at: col("time", sessions, (s) => s.start),
    ends_at: col("time", sessions, (s) => s.end),
    jp: col("numeric", sessions, (s) => s.jp),
    topic: col("varchar", sessions, (s) => s.topic),
    speaker_id: col("uuid", sessions, (s) => speakerByKey.get(s.speakerKey)!.id),
    role: col("varchar", sessions, (s) => s.role),
    fee: col("bigint", sessions, fee),
  });

  const batchByKey = new Map(batches.map((b) => [b.key, b]));
  const nominations = demo.participants.map((p) => ({ ...p, id: randomUUID(), employee: employeeByNip.get(p.nip)!, batch: batchByKey.get(p.batchKey)! }));
  await insertColumns(m, "nominations", {
    id: col("uuid", nominations, (n) => n.id),
    batch_id: col("uuid", nominations, (n) => n.batch.id),
    employee_id: col("uuid", nominations, (n) => n.employee.id),
    unit_id: col("uuid", nominations, (n) => n.employee.unitId),
    status: col("varchar", nominations, () => "APPROVED"),
    requested_at: col("timestamptz", nominations, (n) => n.requestedAt),
    decided_at: col("timestamptz", nominations, (n) => n.requestedAt),
  });

  // Attendance of the sessions held so far, outcomes and scores.
  const sessionIds = new Map<string, string[]>();
  for (const x of sessions) sessionIds.set(x.batch.id, [...(sessionIds.get(x.batch.id) ?? []), x.id]);
  const attendance = nominations.flatMap((n) =>
    n.batch.sessions.flatMap((s, i) => (s.date <= DEMO_DELIVERY_TODAY && n.batch.status !== "OPEN" ? [{ sessionId: sessionIds.get(n.batch.id)![i]!, nominationId: n.id, present: n.present[i]! }] : [])),
  );
  await insertColumns(m, "session_attendance", {
    session_id: col("uuid", attendance, (a) => a.sessionId),
    nomination_id: col("uuid", attendance, (a) => a.nominationId),
    present: col("boolean", attendance, (a) => a.present),
    method: col("varchar", attendance, () => "SHEET"),
  });
  await m.query(
    `UPDATE "nominations" n SET "pre_score" = x.pre, "post_score" = x.post, "attended_jp" = x.attended, "outcome" = x.outcome, "completed_at" = x.completed_at
       FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::numeric[], $5::varchar[], $6::timestamptz[]) AS x(id, pre, post, attended, outcome, completed_at)
      WHERE n."id" = x.id`,
    [
      nominations.map((n) => n.id),
      nominations.map((n) => n.preScore),
      nominations.map((n) => n.postScore),
      nominations.map((n) => (n.batch.status === "OPEN" ? null : n.attendedJp)),
      nominations.map((n) => (n.completed === null ? null : n.completed ? "COMPLETED" : "NOT_COMPLETED")),
      nominations.map((n) => (n.completed === null ? null : endOfBatch(n.batch))),
    ],
  );

  // The completed: a verified entry in the ledger and a certificate each.
  const completed = nominations.filter((n) => n.completed === true);
  await insertColumns(m, "jp_entries", {
    employee_id: col("uuid", completed, (n) => n.employee.id),
    year: col("smallint", completed, () => DEMO_DELIVERY_YEAR),
    kind: col("varchar", completed, (n) => n.batch.kind),
    jp: col("numeric", completed, (n) => n.batch.creditedJp),
    verified: col("boolean", completed, () => true),
    source: col("varchar", completed, () => "BATCH"),
    source_id: col("uuid", completed, (n) => n.id),
    title: col("varchar", completed, (n) => n.batch.programme),
    started_on: col("date", completed, (n) => n.batch.sessions[0]!.date),
    ended_on: col("date", completed, (n) => n.batch.sessions[n.batch.sessions.length - 1]!.date),
  });
  await m.query(
    `INSERT INTO "certificates" ("nomination_id", "code", "number", "issued_at")
     SELECT x.id, x.code, 'STTPP/${DEMO_DELIVERY_YEAR}/' || lpad(nextval('certificate_number_seq')::text, 6, '0'), x.issued_at
       FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[]) WITH ORDINALITY AS x(id, code, issued_at, n) ORDER BY x.n`,
    [completed.map((n) => n.id), completed.map(() => newCertificateCode()), completed.map((n) => endOfBatch(n.batch))],
  );

  // Learning beyond the classroom: verified, pending (with its evidence) or rejected records; the ledger's entries.
  const records = demo.records.map((r) => ({ ...r, id: randomUUID(), employee: employeeByNip.get(r.nip)! }));
  await insertColumns(m, "learning_records", {
    id: col("uuid", records, (r) => r.id),
    employee_id: col("uuid", records, (r) => r.employee.id),
    kind: col("varchar", records, (r) => r.kind),
    title: col("varchar", records, (r) => `${r.title} (${r.provider})`),
    started_on: col("date", records, (r) => r.startedOn),
    ended_on: col("date", records, (r) => r.endedOn),
    count: col("int", records, (r) => r.count ?? null),
    session_dates: col("date[]", records, (r) => r.sessionDates ?? null),
    jp_by_day: col("numeric[]", records, (r) => r.jpByDay ?? null),
    credited_jp: col("numeric", records, (r) => r.creditedJp),
    status: col("varchar", records, (r) => r.status),
    submitted_at: col("timestamptz", records, (r) => `${r.endedOn}T09:00:00+07:00`),
    decided_at: col("timestamptz", records, (r) => (r.status === "SUBMITTED" ? null : `${r.endedOn}T14:00:00+07:00`)),
    reason: col("varchar", records, (r) => (r.status === "REJECTED" ? "Sertifikat tidak mencantumkan jumlah JP; unggah ulang bukti yang lengkap." : null)),
  });
  const pending = records.filter((r) => r.status === "SUBMITTED");
  await insertColumns(m, "learning_evidence", {
    record_id: col("uuid", pending, (r) => r.id),
    file_name: col("varchar", pending, (r) => `bukti-${r.kind.toLowerCase()}-${r.nip}.pdf`),
    media_type: col("varchar", pending, () => "application/pdf"),
    size: col("int", pending, () => EVIDENCE_PDF.length),
    content: col("bytea", pending, () => EVIDENCE_PDF),
  });
  const credited = records.filter((r) => r.status !== "REJECTED");
  await insertColumns(m, "jp_entries", {
    employee_id: col("uuid", credited, (r) => r.employee.id),
    year: col("smallint", credited, () => DEMO_DELIVERY_YEAR),
    kind: col("varchar", credited, (r) => r.kind),
    jp: col("numeric", credited, (r) => r.creditedJp),
    verified: col("boolean", credited, (r) => r.status === "VERIFIED"),
    source: col("varchar", credited, () => "RECORD"),
    source_id: col("uuid", credited, (r) => r.id),
    title: col("varchar", credited, (r) => r.title),
    started_on: col("date", credited, (r) => r.startedOn),
    ended_on: col("date", credited, (r) => r.endedOn),
  });

  return {
    speakers: speakers.length,
    programmes: programmes.length,
    batches: batches.length,
    nominations: nominations.length,
    certificates: completed.length,
    learningRecords: records.length,
  };
}

/** 16:00 in Jakarta on a batch's last day. */
const endOfBatch = (b: { sessions: readonly { date: string }[] }): string => `${b.sessions[b.sessions.length - 1]!.date}T16:00:00+07:00`;

/** A one-page PDF standing in for a scanned e-learning certificate (the demo's evidence). */
const EVIDENCE_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
    "4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 72 770 Td (Sertifikat pelatihan daring - demo) Tj ET\nendstream endobj\n" +
    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
