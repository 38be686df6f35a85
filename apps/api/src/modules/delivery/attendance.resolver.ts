import { Arg, Args, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { ImportAttendanceInput, RecordAttendanceInput, RecordScoresInput } from "./attendance.inputs";
import {
  AttendanceImportResultType,
  AttendanceRecordedType,
  BatchCompletionType,
  BatchParticipantConnection,
  BatchParticipantType,
  CertificateType,
  CheckInCodeType,
  ScoresRecordedType,
} from "./attendance.type";
import type { CertificateEntity } from "./certificate.entity";
import type { ParticipantRow } from "./list-participants";

/** Sessions a participant's marks may span (each mark is one small JSON object of the row). */
const MARKS_PER_PARTICIPANT = 5;

export const toCertificateType = (c: Pick<CertificateEntity, "id" | "number" | "code" | "issuedAt" | "revokedAt" | "revokedReason">): CertificateType => ({
  id: c.id,
  number: c.number,
  code: c.code,
  status: c.revokedAt ? "REVOKED" : "VALID",
  issuedAt: c.issuedAt,
  revokedAt: c.revokedAt,
  revokedReason: c.revokedReason,
  pdfPath: `/certificates/${c.id}.pdf`,
});

const toParticipantType = (r: ParticipantRow): BatchParticipantType => ({
  nominationId: r.nominationId,
  employeeId: r.employeeId,
  name: r.name,
  nip: r.nip,
  preScore: r.preScore,
  postScore: r.postScore,
  attendedJp: r.attendedJp,
  outcome: r.outcome,
  attendance: r.attendance,
  certificate: r.certificate ? toCertificateType(r.certificate) : null,
});

@Resolver()
export class AttendanceResolver {
  @Authorized()
  @Query(() => BatchParticipantConnection, {
    description:
      "A batch's approved participants by name: attendance marks, scores, attended JP, outcome and certificate. A unit operator sees its own subtree's participants only.",
    complexity: pagedCost(MARKS_PER_PARTICIPANT),
  })
  async batchParticipants(
    @Info() info: GraphQLResolveInfo,
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: Context,
    @Arg("batchId", () => ID, { description: "The batch." }) batchId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<BatchParticipantConnection> {
    const rows = await ctx.services.attendance.participants(caller, { batchId, ...page, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toParticipantType);
  }

  @Authorized("ADMIN")
  @Query(() => CheckInCodeType, {
    description:
      "The organiser's current QR check-in code for a session of a RUNNING batch (CONFLICT BATCH_NOT_RUNNING otherwise): valid two minutes, so show it and ask again before `expiresAt`.",
    complexity: fixedCost(5, 0),
  })
  checkInCode(@Arg("sessionId", () => ID, { description: "The batch session." }) sessionId: string, @Ctx() ctx: Context): Promise<CheckInCodeType> {
    return ctx.services.attendance.checkInCode(sessionId);
  }

  @Authorized("ADMIN")
  @Mutation(() => AttendanceRecordedType, {
    description:
      "A session's attendance sheet: present or absent for each listed participant (others keep their mark). BAD_USER_INPUT naming `marks.<i>.nominationId`: NOT_A_PARTICIPANT, DUPLICATE_PARTICIPANT; CONFLICT BATCH_NOT_RUNNING.",
    complexity: 20,
  })
  recordAttendance(
    @Arg("input", () => RecordAttendanceInput, { description: "The session and its marks." }) input: RecordAttendanceInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<AttendanceRecordedType> {
    return ctx.services.attendance.recordAttendance(caller, input);
  }

  @Authorized("ADMIN")
  @Mutation(() => AttendanceImportResultType, {
    description:
      "Imports a batch's attendance from CSV or XLSX, all or nothing (columns `nip`, `session_id` or `session_date` + `session_start`, `hadir`); every bad row is reported with its row and column and nothing is written.",
    complexity: 100,
  })
  importAttendance(
    @Arg("input", () => ImportAttendanceInput, { description: "The batch and the file." }) input: ImportAttendanceInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<AttendanceImportResultType> {
    return ctx.services.attendance.importAttendance(caller, input) as Promise<AttendanceImportResultType>;
  }

  @Authorized("ADMIN")
  @Mutation(() => ScoresRecordedType, {
    description:
      "Pre/post test scores of a running batch's participants (0..100, two decimals). BAD_USER_INPUT naming `scores.<i>.<field>`: INVALID_SCORE, NOT_A_PARTICIPANT, DUPLICATE_PARTICIPANT.",
    complexity: 20,
  })
  recordScores(
    @Arg("input", () => RecordScoresInput, { description: "The batch and its scores." }) input: RecordScoresInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<ScoresRecordedType> {
    return ctx.services.attendance.recordScores(caller, input);
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchCompletionType, {
    description:
      "Completes a RUNNING batch: each approved participant's attended JP and outcome (minimum attendance, post-test pass mark), ledger entries and certificates for those who completed, all at once. CONFLICT STALE_VERSION, BATCH_HAS_NO_SESSIONS; BAD_USER_INPUT INVALID_TRANSITION.",
    complexity: 200,
  })
  completeBatch(
    @Arg("batchId", () => ID, { description: "The batch." }) batchId: string,
    @Arg("version", () => Int, { description: "The batch version you read; CONFLICT (STALE_VERSION) when it changed since." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BatchCompletionType> {
    return ctx.services.attendance.completeBatch(caller, batchId, version);
  }

  @Authorized("ADMIN")
  @Mutation(() => BatchCompletionType, {
    description:
      "Undoes a completion: the batch goes back to RUNNING, outcomes are cleared, its ledger entries and valid certificates are removed; a revoked certificate is kept (still REVOKED) and a new completion issues its holder no certificate and no JP. CONFLICT BATCH_NOT_COMPLETED, STALE_VERSION.",
    complexity: 100,
  })
  undoBatchCompletion(
    @Arg("batchId", () => ID, { description: "The batch." }) batchId: string,
    @Arg("version", () => Int, { description: "The batch version you read; CONFLICT (STALE_VERSION) when it changed since." }) version: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BatchCompletionType> {
    return ctx.services.attendance.undoCompletion(caller, batchId, version);
  }

  @Authorized("ADMIN")
  @Mutation(() => CertificateType, {
    description:
      "Revokes a certificate with a reason: the public page shows REVOKED and the JP leave the ledger. CONFLICT CERTIFICATE_ALREADY_REVOKED; BAD_USER_INPUT INVALID_REVOCATION_REASON.",
    complexity: 20,
  })
  async revokeCertificate(
    @Arg("id", () => ID, { description: "The certificate." }) id: string,
    @Arg("reason", { description: "Why, 5..500 characters." }) reason: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<CertificateType> {
    return toCertificateType(await ctx.services.attendance.revokeCertificate(caller, id, reason));
  }
}
