import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { FILE_NAME_MAX_LENGTH, REVISION_REASON_MAX_LENGTH, type RevisionKind } from "@bina/domain";
import { RupiahScalar } from "../../kit/scalars";
import { RevisionKindEnum } from "./budget-revisions.enums";
import { ATTACHMENT_LIMITS } from "./attachment-file";

/** An outer bound on free texts before any check (as the budget's other inputs): the domain's checks name the exact limits. */
const TEXT_BOUND = 2000;

/** The longest decision note. */
export const DECISION_NOTE_MAX_LENGTH = 1000;

@InputType({ description: "A requested revision: a TRANSFER names fromLineId, toLineId and amount; a CHANGE names lineId and newCeiling." })
export class RequestBudgetRevisionInput {
  @Field(() => RevisionKindEnum, { description: "TRANSFER (move ceiling between two lines) or CHANGE (set one line's ceiling)." })
  kind: RevisionKind;

  @Field(() => ID, { nullable: true, description: "TRANSFER: the line giving up ceiling (an operator: a line of its subtree)." })
  fromLineId?: string | null;

  @Field(() => ID, { nullable: true, description: "TRANSFER: the line receiving it, of the same fiscal year." })
  toLineId?: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "TRANSFER: the whole rupiah moved, above 0; the giving line may not end below what it has spent." })
  amount?: number | null;

  @Field(() => ID, { nullable: true, description: "CHANGE: the line whose ceiling changes." })
  lineId?: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "CHANGE: the new ceiling, whole rupiah, not below what the line has spent and not its current ceiling." })
  newCeiling?: number | null;

  @Field({ description: `Why (1..${REVISION_REASON_MAX_LENGTH} characters), e.g. the APBD-P decree or the activity the money moves to.` })
  @MaxLength(TEXT_BOUND)
  reason: string;
}

@InputType({ description: "An administrator's decision on a requested revision." })
export class DecideBudgetRevisionInput {
  @Field(() => ID, { description: "The revision." })
  id: string;

  @Field(() => Int, { description: "The revision's version as read (CONFLICT STALE_VERSION when it changed since)." })
  version: number;

  @Field({ description: "True approves and applies it to the ceilings (and re-splits the monthly plans over the months still ahead); false rejects it." })
  approve: boolean;

  @Field(() => String, { nullable: true, description: `An optional note on the decision, at most ${DECISION_NOTE_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxLength(TEXT_BOUND)
  note?: string | null;
}

@InputType({ description: `A supporting document for a spending entry: PDF, PNG or JPEG (recognised by its content), at most ${ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024} MB, at most ${ATTACHMENT_LIMITS.maxPerSpending} per spending.` })
export class AttachSpendingDocumentInput {
  @Field(() => ID, { description: "The spending entry (an operator: on a line of its subtree)." })
  spendingId: string;

  @Field({ description: `The file's name, at most ${FILE_NAME_MAX_LENGTH} characters; paths and control characters are removed, the stored name keeps at most ${ATTACHMENT_LIMITS.maxFileNameChars} and the content's extension is added when missing.` })
  @MaxLength(FILE_NAME_MAX_LENGTH)
  fileName: string;

  @Field({ description: "The file's bytes as standard base64." })
  contentBase64: string;
}
