import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { asksFor } from "../../kit/selection";
import { ATTACHMENT_LIMITS } from "./attachment-file";
import { lineVisible } from "./budget-checks";
import { FileExportType, SpendingAttachmentType } from "./budget-files.type";
import { RevisionStatusEnum, type RevisionState } from "./budget-revisions.enums";
import { AttachSpendingDocumentInput, DecideBudgetRevisionInput, RequestBudgetRevisionInput } from "./budget-revisions.inputs";
import { BudgetRevisionConnection, BudgetRevisionType, toBudgetRevisionType } from "./budget-revisions.type";
import { BudgetLineType, SpendingType, toBudgetLineType } from "./budget.type";

/** The export reads every line of the year in the scope (a few hundred rows, three sums) and builds a workbook. */
const XLSX_COST = fixedCost(500, 0);
/** A document's bytes (up to 2 MB, base64). */
const DOWNLOAD_COST = fixedCost(200, 0);

const toAttachmentType = (a: { id: string; spendingId: string; fileName: string; mediaType: string; size: number; sha256: string; createdAt: Date }): SpendingAttachmentType =>
  Object.assign(new SpendingAttachmentType(), a);

@Resolver()
export class BudgetRevisionsResolver {
  @Authorized()
  @Query(() => BudgetRevisionConnection, {
    description:
      "A fiscal year's budget revisions, newest request first, optionally of one status. Administrators and analysts see all; a unit operator those naming a line of its subtree.",
    complexity: pagedCost(5),
  })
  async budgetRevisions(
    @Arg("fiscalYear", () => Int, { description: "The fiscal year." }) fiscalYear: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("status", () => RevisionStatusEnum, { nullable: true, description: "Only revisions in this state (REQUESTED: the ones awaiting a decision)." }) status?: RevisionState | null,
  ): Promise<BudgetRevisionConnection> {
    const rows = await ctx.services.budgetRevisions.list(caller, { ...page, fiscalYear, status: status ?? null, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toBudgetRevisionType);
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => BudgetRevisionType, {
    description:
      "Requests a revision of the ceilings (an operator: between lines of its subtree); nothing changes until an administrator approves it. BAD_USER_INPUT naming the field: INVALID_REVISION (reason, kind, a missing or foreign field, UNKNOWN_LINE, SAME_LINE, OTHER_YEAR, NO_CHANGE), INVALID_AMOUNT, REVISION_BELOW_SPENT (with the line's spent).",
    complexity: 20,
  })
  async requestBudgetRevision(
    @Arg("input", () => RequestBudgetRevisionInput, { description: "The revision and its reason." }) input: RequestBudgetRevisionInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetRevisionType> {
    return toBudgetRevisionType(await ctx.services.budgetRevisions.request(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => BudgetRevisionType, {
    description:
      "Approves (applies to the ceilings in one transaction, re-splitting the lines' monthly plans over the months still ahead, from the decision's month in Asia/Jakarta, past months keeping their plan) or rejects a requested revision. CONFLICT REVISION_DECIDED when already decided, STALE_VERSION when changed since it was read; BAD_USER_INPUT REVISION_BELOW_SPENT when a line has spent more since, and nothing changes.",
    complexity: 30,
  })
  async decideBudgetRevision(
    @Arg("input", () => DecideBudgetRevisionInput, { description: "The revision, the version read and the decision." }) input: DecideBudgetRevisionInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetRevisionType> {
    return toBudgetRevisionType(await ctx.services.budgetRevisions.decide(caller, { id: input.id, version: input.version, approve: input.approve, note: input.note }));
  }

  @Authorized()
  @Query(() => FileExportType, {
    description:
      "The fiscal year's realisation report as XLSX (sheets Realisasi per Rekening, Per Program, Per Bulan) over the lines the caller may see, optionally one unit with its sub-units; NOT_FOUND for a unit outside what the caller may see.",
    complexity: XLSX_COST,
  })
  async budgetRealisationXlsx(
    @Arg("fiscalYear", () => Int, { description: "The fiscal year." }) fiscalYear: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "Only lines of this unit and its sub-units; default every line the caller may see (for administrators and analysts, the agency's own lines too)." })
    unitId?: string | null,
  ): Promise<FileExportType> {
    return Object.assign(new FileExportType(), await ctx.services.budgetRevisions.exportXlsx(caller, { fiscalYear, unitId }));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => SpendingAttachmentType, {
    description: `Attaches a document to a spending (an operator: a spending of a line of its subtree; NOT_FOUND otherwise). BAD_USER_INPUT INVALID_ATTACHMENT naming the field: contentBase64 (TOO_LARGE over ${ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024} MB, EMPTY, NOT_BASE64, UNSUPPORTED_TYPE unless PDF, PNG or JPEG by content), fileName (EXTENSION_MISMATCH), spendingId (TOO_MANY beyond ${ATTACHMENT_LIMITS.maxPerSpending}); CONFLICT SPENDING_CANCELLED.`,
    complexity: 50,
  })
  async attachSpendingDocument(
    @Arg("input", () => AttachSpendingDocumentInput, { description: "The spending and the file." }) input: AttachSpendingDocumentInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<SpendingAttachmentType> {
    return toAttachmentType(await ctx.services.budgetRevisions.attach(caller, input));
  }

  @Authorized()
  @Query(() => FileExportType, {
    nullable: true,
    description: "Downloads a spending's document, for whoever may see the spending; null when unknown or outside what the caller may see.",
    complexity: DOWNLOAD_COST,
  })
  async spendingAttachment(@Arg("id", () => ID, { description: "The document (SpendingAttachment.id)." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<FileExportType | null> {
    const file = await ctx.services.budgetRevisions.download(caller, id);
    return file ? Object.assign(new FileExportType(), { fileName: file.fileName, mediaType: file.mediaType, size: file.size, contentBase64: file.content.toString("base64") }) : null;
  }
}

/** A line of a revision as the caller may see it: null when it is outside the caller's scope (as `budget` would hide it). */
async function visibleLine(ctx: Context, id: string | null): Promise<BudgetLineType | null> {
  if (!id) return null;
  const line = await ctx.loaders.budget.lineById.load(id);
  if (!line) return null;
  return lineVisible(await ctx.scope(), line.unitPath) ? toBudgetLineType(line) : null;
}

@Resolver(() => BudgetRevisionType)
export class BudgetRevisionFieldsResolver {
  @FieldResolver(() => BudgetLineType, { nullable: true, description: "TRANSFER: the line giving up ceiling; null for a CHANGE or a line the caller may not see.", complexity: 2 })
  async fromLine(@Root() r: BudgetRevisionType, @Ctx() ctx: Context): Promise<BudgetLineType | null> {
    return visibleLine(ctx, r.fromLineId);
  }

  @FieldResolver(() => BudgetLineType, { nullable: true, description: "TRANSFER: the line receiving it; null for a CHANGE or a line the caller may not see.", complexity: 2 })
  async toLine(@Root() r: BudgetRevisionType, @Ctx() ctx: Context): Promise<BudgetLineType | null> {
    return visibleLine(ctx, r.toLineId);
  }

  @FieldResolver(() => BudgetLineType, { nullable: true, description: "CHANGE: the line whose ceiling changes; null for a TRANSFER or a line the caller may not see.", complexity: 2 })
  async line(@Root() r: BudgetRevisionType, @Ctx() ctx: Context): Promise<BudgetLineType | null> {
    return visibleLine(ctx, r.lineId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who requested it (display name)." })
  async requestedBy(@Root() r: BudgetRevisionType, @Ctx() ctx: Context): Promise<string | null> {
    return r.requestedById ? ((await ctx.loaders.userById.load(r.requestedById))?.displayName ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Who decided it (display name); null while requested." })
  async decidedBy(@Root() r: BudgetRevisionType, @Ctx() ctx: Context): Promise<string | null> {
    return r.decidedById ? ((await ctx.loaders.userById.load(r.decidedById))?.displayName ?? null) : null;
  }
}

@Resolver(() => SpendingType)
export class SpendingAttachmentsResolver {
  @FieldResolver(() => [SpendingAttachmentType], { description: `The spending's documents (at most ${ATTACHMENT_LIMITS.maxPerSpending}), oldest first; download one with spendingAttachment(id).`, complexity: fixedCost(2, ATTACHMENT_LIMITS.maxPerSpending) })
  async attachments(@Root() s: SpendingType, @Ctx() ctx: Context): Promise<SpendingAttachmentType[]> {
    return (await ctx.loaders.budgetFiles.attachments.load(s.id)).map(toAttachmentType);
  }
}
