import { ArrayMaxSize, ArrayMinSize, IsOptional } from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";

/** Marks one sheet may carry (a batch's capacity is at most 10,000, a session's sheet far fewer in practice). */
export const MAX_SHEET_MARKS = 1000;

@InputType({ description: "One participant's mark on a session's sheet." })
export class AttendanceMarkInput {
  @Field(() => ID, { description: "The participant's nomination (an APPROVED nomination of the session's batch)." })
  nominationId: string;

  @Field({ description: "True when present, false when absent." })
  present: boolean;
}

@InputType({ description: "A session's attendance sheet: present or absent for each participant listed (others keep their mark)." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: "The batch session." })
  sessionId: string;

  @Field(() => [AttendanceMarkInput], { description: `The marks, 1..${MAX_SHEET_MARKS}, one per participant.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SHEET_MARKS)
  marks: AttendanceMarkInput[];
}

@InputType({ description: "An attendance file for a batch: columns `nip`, `session_id` or `session_date` (+ `session_start` when a date has several sessions), `hadir`." })
export class ImportAttendanceInput {
  @Field(() => ID, { description: "The batch." })
  batchId: string;

  @Field({ description: "File name; `.csv` or `.xlsx`." })
  fileName: string;

  @Field({ description: "The file's bytes as base64 (at most 5 MB)." })
  contentBase64: string;

  @Field(() => Boolean, { nullable: true, description: "Check only, write nothing (default false)." })
  @IsOptional()
  dryRun?: boolean | null;
}

@InputType({ description: "One participant's test scores; an omitted score is left as it is, a null one is cleared." })
export class ScoreInput {
  @Field(() => ID, { description: "The participant's nomination." })
  nominationId: string;

  @Field(() => Float, { nullable: true, description: "Pre-test score, 0..100 (two decimals at most)." })
  preScore?: number | null;

  @Field(() => Float, { nullable: true, description: "Post-test score, 0..100 (two decimals at most)." })
  postScore?: number | null;
}

@InputType({ description: "Pre/post test scores of a batch's participants." })
export class RecordScoresInput {
  @Field(() => ID, { description: "The batch." })
  batchId: string;

  @Field(() => [ScoreInput], { description: `The scores, 1..${MAX_SHEET_MARKS}, one entry per participant.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SHEET_MARKS)
  scores: ScoreInput[];
}
