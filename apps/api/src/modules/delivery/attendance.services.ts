import type { DataSource } from "typeorm";
import type { AuthUser, Caller, Scope } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import type { ImportAttendanceInput, RecordAttendanceInput, RecordScoresInput } from "./attendance.inputs";
import { certificatePdf, verifyCertificate } from "./certificate-document";
import { checkIn } from "./check-in";
import { createCheckInCodes } from "./check-in-code";
import { checkInCodeForSession } from "./check-in-code-for-session";
import { completeBatch, undoBatchCompletion } from "./complete-batch";
import { importAttendance } from "./import-attendance";
import { listParticipants } from "./list-participants";
import { recordAttendance } from "./record-attendance";
import { recordScores } from "./record-scores";
import { revokeCertificate } from "./revoke-certificate";

export interface AttendanceOptions {
  /** The server's token secret: check-in codes are signed with a key derived from it. */
  readonly tokenSecret: string;
  /** Where the public pages (/verify, /check-in) are reached, for QR codes and certificates. */
  readonly publicBaseUrl: string;
}

/** The attendance, scores, completion and certificate use cases bound to the database: wiring only. */
export const attendanceServices = (ds: DataSource, maxPageSize: number, options: AttendanceOptions) => {
  const codes = createCheckInCodes(options.tokenSecret);
  return {
    publicBaseUrl: options.publicBaseUrl,
    participants: (caller: Caller, a: { batchId: string; first: number; after?: string | null; withTotal: boolean }) =>
      listParticipants({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
    recordAttendance: (caller: Caller, input: RecordAttendanceInput) => recordAttendance({ ds, caller, input }),
    importAttendance: (caller: Caller, input: ImportAttendanceInput) => importAttendance({ ds, caller, input }),
    recordScores: (caller: Caller, input: RecordScoresInput) => recordScores({ ds, caller, input }),
    completeBatch: (caller: Caller, batchId: string, version: number | null) => completeBatch({ ds, caller, batchId, version }),
    undoCompletion: (caller: Caller, batchId: string, version: number | null) => undoBatchCompletion({ ds, caller, batchId, version }),
    revokeCertificate: (caller: Caller, id: string, reason: string) => revokeCertificate({ ds, caller, id, reason }),
    checkInCode: (sessionId: string) => checkInCodeForSession({ ds, codes, sessionId, publicBaseUrl: options.publicBaseUrl }),
    checkIn: (code: string, nip: string) => checkIn({ ds, codes, code, nip }),
    certificatePdf: (user: AuthUser, scope: () => Promise<Scope>, id: string) => certificatePdf({ ds, user, scope, id, publicBaseUrl: options.publicBaseUrl }),
    verifyCertificate: (code: string) => verifyCertificate({ ds, code }),
  };
};

export type AttendanceServices = ReturnType<typeof attendanceServices>;
