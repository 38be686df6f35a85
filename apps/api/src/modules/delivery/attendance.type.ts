import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../kit/connection";
import { ImportRowErrorType } from "../organization/import-result.type";
import { DeliveryStateEnum } from "./delivery.enums";
import { AttendanceMethodEnum, CertificateStatusEnum, CompletionOutcomeEnum, type CertificateStatus, type CompletionOutcome } from "./attendance.enums";
import type { AttendanceMethod } from "./session-attendance.entity";

@ObjectType("AttendanceMark", { description: "A participant's attendance at one session of a batch." })
export class AttendanceMarkType {
  @Field(() => ID, { description: "The batch session." })
  sessionId: string;

  @Field({ description: "True when present." })
  present: boolean;

  @Field(() => AttendanceMethodEnum, { description: "How the mark was taken." })
  method: AttendanceMethod;

  @Field(() => Date, { nullable: true, description: "When the participant checked in (QR), or was marked present." })
  checkedInAt: Date | null;
}

@ObjectType("Certificate", { description: "An STTPP (Surat Tanda Tamat Pendidikan dan Pelatihan) issued on completing a batch." })
export class CertificateType {
  @Field(() => ID, { description: "Stable identifier; the PDF is at `GET /certificates/<id>.pdf` with the bearer token." })
  id: string;

  @Field({ description: "The printed number, e.g. `STTPP/2026/000123`." })
  number: string;

  @Field({ description: "The public verification code printed on the certificate (`/verify/<code>`)." })
  code: string;

  @Field(() => CertificateStatusEnum, { description: "VALID, or REVOKED once revoked." })
  status: CertificateStatus;

  @Field({ description: "When it was issued." })
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was revoked; null while valid." })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was revoked; null while valid." })
  revokedReason: string | null;

  @Field({ description: "Path of its PDF on this server (`/certificates/<id>.pdf`; send the bearer token)." })
  pdfPath: string;
}

@ObjectType("BatchParticipant", { description: "An approved participant of a batch: attendance, scores, outcome and certificate." })
export class BatchParticipantType {
  @Field(() => ID, { description: "The nomination (the participant's place in the batch)." })
  nominationId: string;

  @Field(() => ID, { description: "The employee." })
  employeeId: string;

  @Field({ description: "The employee's name." })
  name: string;

  @Field({ description: "The employee's NIP (or NI PPPK)." })
  nip: string;

  @Field(() => Float, { nullable: true, description: "Pre-test score, 0..100." })
  preScore: number | null;

  @Field(() => Float, { nullable: true, description: "Post-test score, 0..100." })
  postScore: number | null;

  @Field(() => Float, { description: "JP of the sessions attended so far (as recorded at completion once the batch is completed)." })
  attendedJp: number;

  @Field(() => CompletionOutcomeEnum, { nullable: true, description: "COMPLETED or NOT_COMPLETED once the batch is completed; null before." })
  outcome: CompletionOutcome | null;

  @Field(() => [AttendanceMarkType], { description: "The marks recorded, one per session, in session order (a session without a mark counts as absent)." })
  attendance: AttendanceMarkType[];

  @Field(() => CertificateType, { nullable: true, description: "The STTPP, once the batch is completed and the participant completed it." })
  certificate: CertificateType | null;
}

@ObjectType("BatchParticipantConnection", { description: "One page of a batch's approved participants, by name." })
export class BatchParticipantConnection extends Connection(BatchParticipantType, "BatchParticipant", "participant") {}

@ObjectType("AttendanceRecorded", { description: "What a bulk attendance sheet changed." })
export class AttendanceRecordedType {
  @Field(() => ID, { description: "The session." })
  sessionId: string;

  @Field(() => Int, { description: "Marks written (present or absent)." })
  recorded: number;

  @Field(() => Int, { description: "Of them, present." })
  present: number;
}

@ObjectType("AttendanceImportResult", { description: "The outcome of an attendance import. All or nothing: when `errors` is not empty, nothing was written." })
export class AttendanceImportResultType {
  @Field(() => Int, { description: "Data rows read (blank rows are skipped)." })
  totalRows: number;

  @Field(() => Int, { description: "Marks written (or that would be, on a dry run)." })
  recorded: number;

  @Field({ description: "True when this was a check only." })
  dryRun: boolean;

  @Field(() => [ImportRowErrorType], { description: "Every refused row, naming its row and column; empty when the file was (or would be) imported." })
  errors: ImportRowErrorType[];
}

@ObjectType("CheckInCode", { description: "The code participants scan to check in to a session; shown by the organiser, valid for two minutes." })
export class CheckInCodeType {
  @Field(() => ID, { description: "The session." })
  sessionId: string;

  @Field({ description: "The signed code." })
  code: string;

  @Field({ description: "When it stops being accepted; ask for a new one before then." })
  expiresAt: Date;

  @Field({ description: "The check-in page the QR code opens (`<public base URL>/check-in?code=...`)." })
  url: string;

  @Field({ description: "The QR code of `url` as a `data:image/svg+xml` URL, for an `<img>`." })
  qrSvgDataUrl: string;
}

@ObjectType("BatchCompletion", { description: "What completing (or undoing the completion of) a batch did." })
export class BatchCompletionType {
  @Field(() => ID, { description: "The batch." })
  batchId: string;

  @Field(() => DeliveryStateEnum, { description: "The batch's status now (COMPLETED, or RUNNING after an undo)." })
  status: string;

  @Field(() => Int, { description: "The batch's new optimistic-lock version." })
  version: number;

  @Field(() => Int, { description: "Participants who completed (0 after an undo)." })
  completed: number;

  @Field(() => Int, { description: "Participants who did not complete (0 after an undo)." })
  notCompleted: number;

  @Field(() => Int, { description: "Certificates issued (after an undo: removed)." })
  certificates: number;
}

@ObjectType("ScoresRecorded", { description: "What a scores sheet changed." })
export class ScoresRecordedType {
  @Field(() => Int, { description: "Participants whose scores were written." })
  updated: number;
}
