import type { DataSource } from "typeorm";
import { normalizeNipInput } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { queryRows } from "../../kit/sql";
import type { ImportRowError } from "../../kit/table-file/import-outcome";
import { decodeUpload, yieldToEventLoop } from "../../kit/table-file/limits";
import { parseTableFile, type TableSpec } from "../../kit/table-file/table-file.parser";
import { recordAudit } from "../audit/record-audit";
import { lockRunningBatch } from "./attendance-gate";
import type { ImportAttendanceInput } from "./attendance.inputs";
import { writeMarks } from "./record-attendance";

type Column = "nip" | "session_id" | "session_date" | "session_start" | "hadir";

/** Marks one file may hold: a full batch (capacity at most 10,000) over a few sessions is split into several files. */
export const MAX_ATTENDANCE_IMPORT_ROWS = 20_000;

export const ATTENDANCE_FILE: TableSpec<Column> = {
  columns: {
    nip: ["nip", "ni_pppk", "nip_nipppk"],
    session_id: ["session_id", "id_sesi"],
    session_date: ["session_date", "tanggal", "tanggal_sesi"],
    session_start: ["session_start", "jam", "jam_mulai"],
    hadir: ["hadir", "present", "kehadiran"],
  },
  required: ["nip", "hadir"],
  maxRows: MAX_ATTENDANCE_IMPORT_ROWS,
  nipColumns: ["nip"],
  textColumns: ["session_id", "hadir"],
};

const PRESENT = new Set(["ya", "y", "yes", "hadir", "h", "1", "true", "benar", "v", "x", "✓"]);
const ABSENT = new Set(["tidak", "t", "no", "n", "0", "false", "salah", "absen", "tidak hadir", "a", "-"]);

/** `hadir` as a boolean: ya/tidak, hadir/absen, 1/0, TRUE/FALSE (a spreadsheet's boolean cell), or null when unreadable. */
export function presenceOf(text: string): boolean | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (PRESENT.has(t)) return true;
  if (ABSENT.has(t)) return false;
  return null;
}

/** `YYYY-MM-DD`, `DD/MM/YYYY` or `DD-MM-YYYY` as `YYYY-MM-DD`, or null. */
function isoDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (probe.getUTCFullYear() !== Number(y) || probe.getUTCMonth() !== Number(m) - 1 || probe.getUTCDate() !== Number(d)) return null;
  return probe.toISOString().slice(0, 10);
}

/** `H:MM`, `HH:MM` or `HH.MM` as `HH:MM`, or null. */
function hhmm(text: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, "0")}:${m[2]}`;
}

export interface AttendanceImportOutcome {
  readonly totalRows: number;
  readonly recorded: number;
  readonly dryRun: boolean;
  readonly errors: readonly ImportRowError[];
}

interface SessionRow {
  readonly id: string;
  readonly date: string;
  readonly start: string;
}

/**
 * Imports a batch's attendance from CSV or XLSX, all or nothing: every bad row is reported (row, column, code) and
 * nothing is written unless every row is good. A row names the participant by NIP and the session by `session_id`, or
 * by `session_date` (plus `session_start` when the date has several sessions); `hadir` is ya/tidak, 1/0 or TRUE/FALSE.
 * The file is bounded before parsing (size, sheet, rows: the kit's table-file reader). One transaction, audited.
 */
export async function importAttendance({ ds, caller, input }: { ds: DataSource; caller: Caller; input: ImportAttendanceInput }): Promise<AttendanceImportOutcome> {
  const content = decodeUpload(input.contentBase64);
  const parsed = await parseTableFile(ATTENDANCE_FILE, input.fileName, content);
  const dryRun = input.dryRun ?? false;
  if (!parsed.ok) return { totalRows: 0, recorded: 0, dryRun, errors: [{ row: 1, field: parsed.field ?? null, code: "UNREADABLE_FILE", message: parsed.message }] };

  return ds.transaction(async (m): Promise<AttendanceImportOutcome> => {
    await lockRunningBatch(m, input.batchId);
    const sessions = await queryRows<SessionRow>(
      m,
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, to_char(starts_at, 'HH24:MI') AS start FROM batch_sessions WHERE batch_id = $1`,
      [input.batchId],
    );
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const sessionsOn = new Map<string, SessionRow[]>();
    for (const s of sessions) sessionsOn.set(s.date, [...(sessionsOn.get(s.date) ?? []), s]);
    const participants = await queryRows<{ id: string; nip: string }>(
      m,
      `SELECT n.id, e.nip FROM nominations n JOIN employees e ON e.id = n.employee_id WHERE n.batch_id = $1 AND n.status = 'APPROVED'`,
      [input.batchId],
    );
    const nominationByNip = new Map(participants.map((p) => [p.nip, p.id]));

    const errors: ImportRowError[] = [];
    const marks: { sessionId: string; nominationId: string; present: boolean }[] = [];
    const firstRowOf = new Map<string, number>();
    for (const [i, r] of parsed.rows.entries()) {
      if (i % 500 === 499) await yieldToEventLoop();
      const rowErrors: ImportRowError[] = [...r.errors];
      const flagged = new Set(r.errors.map((e) => e.field));
      const bad = (field: Column | null, code: string, message: string) => {
        if (field === null || !flagged.has(field)) rowErrors.push({ row: r.row, field, code, message });
      };

      const nip = normalizeNipInput(r.values.nip ?? "");
      const nominationId = nominationByNip.get(nip);
      if (!nominationId) bad("nip", "NOT_A_PARTICIPANT", nip ? `No approved participant of this batch has NIP ${nip}` : "The NIP is empty");

      let session: SessionRow | undefined;
      const id = r.values.session_id?.trim();
      const dateText = r.values.session_date?.trim();
      if (id) {
        session = sessionById.get(id.toLowerCase());
        if (!session) bad("session_id", "UNKNOWN_SESSION", `This batch has no session ${id}`);
      } else if (dateText) {
        const date = isoDate(dateText);
        const onDate = date ? (sessionsOn.get(date) ?? []) : [];
        const startText = r.values.session_start?.trim();
        if (!date) bad("session_date", "INVALID_DATE", `${dateText} is not a date (write YYYY-MM-DD or DD/MM/YYYY)`);
        else if (onDate.length === 0) bad("session_date", "UNKNOWN_SESSION", `This batch has no session on ${date}`);
        else if (startText) {
          const start = hhmm(startText);
          session = start ? onDate.find((s) => s.start === start) : undefined;
          if (!session) bad("session_start", "UNKNOWN_SESSION", `This batch has no session on ${date} starting at ${startText}`);
        } else if (onDate.length > 1) {
          bad("session_start", "AMBIGUOUS_SESSION", `${date} has ${onDate.length} sessions: give session_start (${onDate.map((s) => s.start).sort().join(", ")})`);
        } else session = onDate[0];
      } else if (!flagged.has("session_id") && !flagged.has("session_date")) {
        bad("session_date", "UNKNOWN_SESSION", "Name the session: a session_id, or a session_date");
      }

      const present = presenceOf(r.values.hadir ?? "");
      if (present === null) bad("hadir", "INVALID_PRESENCE", `hadir must be ya or tidak (1/0, TRUE/FALSE), not "${(r.values.hadir ?? "").slice(0, 20)}"`);

      if (nominationId && session) {
        const key = `${session.id}|${nominationId}`;
        const first = firstRowOf.get(key);
        if (first !== undefined) bad(null, "DUPLICATE_ROW", `Rows ${first} and ${r.row} mark the same participant at the same session; keep one`);
        else firstRowOf.set(key, r.row);
      }
      if (rowErrors.length === 0 && nominationId && session && present !== null) marks.push({ sessionId: session.id, nominationId, present });
      errors.push(...rowErrors);
    }

    const outcome = { totalRows: parsed.rows.length, recorded: marks.length, dryRun, errors };
    if (errors.length > 0) return { ...outcome, recorded: 0 };
    if (dryRun) return outcome;
    for (let i = 0; i < marks.length; i += 5000) await writeMarks(m, marks.slice(i, i + 5000), "IMPORT");
    await recordAudit(m, caller.user.id, [
      {
        action: "IMPORT",
        entityType: "AttendanceFile",
        entityId: input.batchId,
        before: null,
        after: { fileName: input.fileName.slice(0, 200), rows: parsed.rows.length, present: marks.filter((x) => x.present).length, absent: marks.filter((x) => !x.present).length },
      },
    ]);
    return outcome;
  });
}
