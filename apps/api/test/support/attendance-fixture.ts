import zlib from "node:zlib";
import type { DataSource } from "typeorm";

export interface AttendanceFixture {
  readonly programmeId: string;
  readonly batchId: string;
  /** Four sessions of 3, 3, 2 and 2 JP (10 JP): two on the first day (08:00, 13:00), two on the second (08:00, 13:00). */
  readonly sessions: readonly { id: string; date: string; start: string; jp: number }[];
  /** Approved participants: the first two are in the operator's unit (Dinas Kesehatan), the others elsewhere. */
  readonly participants: readonly { nominationId: string; employeeId: string; nip: string; name: string }[];
  /** A NOMINATED (not approved) employee of the batch. */
  readonly pending: { nominationId: string; nip: string };
  /** An employee with no nomination in the batch. */
  readonly outsider: { nip: string };
}

/**
 * A RUNNING batch with sessions and nominations, written straight into the tables (the delivery module's own
 * mutations are tested in its specs): what attendance, completion and certificates start from.
 */
export async function createRunningBatch(
  ds: DataSource,
  opts: { title?: string; passMark?: number | null; creditedJp?: number; approvedElsewhere?: number } = {},
): Promise<AttendanceFixture> {
  const elsewhereCount = opts.approvedElsewhere ?? 3;
  const inDinkes = (await ds.query(
    `SELECT e.id, e.nip, e.name, e.unit_id FROM employees e JOIN units u ON u.id = e.unit_id
      WHERE u.path LIKE (SELECT path FROM units WHERE code = '3373.DINKES') || '%' AND e.active ORDER BY e.nip LIMIT 2`,
  )) as { id: string; nip: string; name: string; unit_id: string }[];
  const elsewhere = (await ds.query(
    `SELECT e.id, e.nip, e.name, e.unit_id FROM employees e JOIN units u ON u.id = e.unit_id
      WHERE u.path NOT LIKE (SELECT path FROM units WHERE code = '3373.DINKES') || '%' AND e.active ORDER BY e.nip LIMIT $1`,
    [elsewhereCount + 2],
  )) as { id: string; nip: string; name: string; unit_id: string }[];
  if (inDinkes.length < 2 || elsewhere.length < elsewhereCount + 2) throw new Error("the demo data has too few employees for the fixture");
  const [programme] = (await ds.query(
    `INSERT INTO programmes (year, title, kind, organiser, status) VALUES (2026, $1, 'TECHNICAL_TRAINING', 'BKPSDM', 'RUNNING') RETURNING id`,
    [opts.title ?? "Pelatihan Teknis Pengelolaan Data SPBE"],
  )) as { id: string }[];
  const [batch] = (await ds.query(
    `INSERT INTO batches (programme_id, name, starts_on, ends_on, capacity, status, credited_jp, pass_mark)
     VALUES ($1, 'Angkatan I', '2026-03-02', '2026-03-03', 30, 'RUNNING', $2, $3) RETURNING id`,
    [programme!.id, opts.creditedJp ?? 10, opts.passMark === undefined ? 70 : opts.passMark],
  )) as { id: string }[];
  const plan = [
    { date: "2026-03-02", start: "08:00", end: "11:00", jp: 3 },
    { date: "2026-03-02", start: "13:00", end: "16:00", jp: 3 },
    { date: "2026-03-03", start: "08:00", end: "10:00", jp: 2 },
    { date: "2026-03-03", start: "13:00", end: "15:00", jp: 2 },
  ];
  const sessions = [];
  for (const s of plan) {
    const [row] = (await ds.query(
      `INSERT INTO batch_sessions (batch_id, date, starts_at, ends_at, jp, topic) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [batch!.id, s.date, s.start, s.end, s.jp, `Materi ${s.date} ${s.start}`],
    )) as { id: string }[];
    sessions.push({ id: row!.id, date: s.date, start: s.start, jp: s.jp });
  }
  const approved = [...inDinkes, ...elsewhere.slice(0, elsewhereCount)];
  const participants = [];
  for (const e of approved) {
    const [n] = (await ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status) VALUES ($1, $2, $3, 'APPROVED') RETURNING id`, [batch!.id, e.id, e.unit_id])) as {
      id: string;
    }[];
    participants.push({ nominationId: n!.id, employeeId: e.id, nip: e.nip, name: e.name });
  }
  const p = elsewhere[elsewhereCount]!;
  const [pending] = (await ds.query(`INSERT INTO nominations (batch_id, employee_id, unit_id, status) VALUES ($1, $2, $3, 'NOMINATED') RETURNING id`, [batch!.id, p.id, p.unit_id])) as {
    id: string;
  }[];
  return { programmeId: programme!.id, batchId: batch!.id, sessions, participants, pending: { nominationId: pending!.id, nip: p.nip }, outsider: { nip: elsewhere[elsewhereCount + 1]!.nip } };
}

/** The text a PDF shows: its content streams inflated, the hex strings of its text operators decoded (pdf-lib writes `<hex> Tj`). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts: string[] = [];
  const streams = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const body = pdf.subarray(start, end);
    let text: string;
    try {
      text = zlib.inflateSync(body).toString("latin1");
    } catch {
      text = body.toString("latin1");
    }
    for (const t of text.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(t[1]!, "hex").toString("latin1"));
  }
  return parts.join("\n");
}
