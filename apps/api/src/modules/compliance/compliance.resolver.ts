import { JP_LEDGER_RULES } from "@bina/domain";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { Caller } from "../../kit/caller";
import { ConnectionArgs, toConnection } from "../../kit/connection";
import { fixedCost, pagedCost } from "../../kit/cost";
import { CurrentCaller } from "../../kit/current-caller";
import { forbidden } from "../../kit/errors";
import { asksFor } from "../../kit/selection";
import { EmployeeType, toEmployeeType } from "../organization/employee.type";
import { UnitType } from "../organization/unit.type";
import { toUnitType } from "../organization/unit.mapper";
import { checkYear } from "../planning/plan-year";
import { JpLedgerStatusEnum, type JpLedgerStatus } from "./compliance.enums";
import { LearningRecordFilter, RejectLearningRecordInput, SubmitLearningRecordInput, VerifyLearningRecordInput } from "./compliance.inputs";
import {
  JpComplianceType,
  JpEntryType,
  JpKindTotalType,
  JpLedgerConnection,
  JpLedgerType,
  JpUnitComplianceType,
  LearningEvidenceType,
  LearningRecordConnection,
  LearningRecordType,
} from "./compliance.type";
import { today } from "./jp-ledger-queries";
import { toEntryType, toKindTotalType, toLearningRecordType, toLedgerType } from "./ledger.mapper";

/** The compliance dashboard reads per-unit counts of a subtree (a row per unit, never per employee). */
const COMPLIANCE_COST = fixedCost(100, 100);
/** One page of ledgers: the employees of a subtree by name, each with its stored sums. */
const LEDGER_LIST_COST = pagedCost(50);
/** An export reads every entry of the year in the scope. */
const EXPORT_COST = fixedCost(1000, 0);
/** Evidence bytes (up to 2 MB each, base64). */
const EVIDENCE_CONTENT_COST = fixedCost(200, 0);

@ObjectType("JpTrainingHistoryExport", { description: "The year's training history as CSV (UTF-8, comma-separated, CRLF), with SIASN kind codes." })
export class JpTrainingHistoryExportType {
  @Field({ description: "A file name for the download, e.g. `riwayat-pengembangan-2026.csv`." })
  fileName: string;

  @Field(() => Int, { description: "Data rows (without the header)." })
  rows: number;

  @Field({ description: "The CSV text: a header row, then one row per ledger entry. Cells a spreadsheet would read as a formula are prefixed with an apostrophe." })
  csv: string;
}

@Resolver()
export class ComplianceResolver {
  @Authorized()
  @Query(() => JpLedgerType, { description: "An employee's JP ledger for a year. NOT_FOUND for an employee outside what the caller may see.", complexity: fixedCost(5, 1) })
  async jpLedger(
    @Arg("employeeId", () => ID, { description: "The employee." }) employeeId: string,
    @Arg("year", () => Int, { description: "The year." }) year: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<JpLedgerType> {
    return ctx.services.compliance.ledger(caller, { employeeId, year });
  }

  @Authorized()
  @Query(() => JpComplianceType, {
    description: `JP compliance of a unit and its direct sub-units for a year (each with its subtree), ranked by the share of PNS at ${JP_LEDGER_RULES.pnsMinimumJp} JP. NOT_FOUND for a unit outside what the caller may see.`,
    complexity: COMPLIANCE_COST,
  })
  async jpCompliance(
    @Arg("year", () => Int, { description: "The year." }) year: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "The unit; default the caller's own root unit (operators) or the city." }) unitId?: string | null,
  ): Promise<JpComplianceType> {
    return ctx.services.compliance.compliance(caller, { year, unitId });
  }

  @Authorized()
  @Query(() => JpLedgerConnection, { description: "Active employees of a unit's subtree with their ledgers for a year, by name (drill-down).", complexity: LEDGER_LIST_COST })
  async jpEmployees(
    @Arg("year", () => Int, { description: "The year." }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "The unit (with its sub-units); default everything the caller may see." }) unitId?: string | null,
    @Arg("status", () => JpLedgerStatusEnum, { nullable: true, description: "Only employees with this ledger status." }) status?: JpLedgerStatus | null,
  ): Promise<JpLedgerConnection> {
    const rows = await ctx.services.compliance.ledgers(caller, { ...page, year, unitId, filter: status ?? "ALL", withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => r);
  }

  @Authorized()
  @Query(() => JpLedgerConnection, {
    description: `The early-warning list: active PNS of a unit's subtree whose earned, pending and planned JP cannot reach ${JP_LEDGER_RULES.pnsMinimumJp} in the year (AT_RISK; MISSED once it is over), by name.`,
    complexity: LEDGER_LIST_COST,
  })
  async jpEarlyWarnings(
    @Arg("year", () => Int, { description: "The year." }) year: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "The unit (with its sub-units); default everything the caller may see." }) unitId?: string | null,
  ): Promise<JpLedgerConnection> {
    const rows = await ctx.services.compliance.ledgers(caller, { ...page, year, unitId, filter: "WARNING", withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, (r) => r);
  }

  @Authorized()
  @Query(() => JpTrainingHistoryExportType, {
    description: "Exports the year's training history (ledger entries) of a unit's subtree as CSV with SIASN kind codes; operators: their subtree only.",
    complexity: EXPORT_COST,
  })
  async jpTrainingHistoryCsv(
    @Arg("year", () => Int, { description: "The year." }) year: number,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("unitId", () => ID, { nullable: true, description: "The unit (with its sub-units); default everything the caller may see." }) unitId?: string | null,
    @Arg("includePending", () => Boolean, { nullable: true, defaultValue: false, description: "Also entries awaiting verification (status PENDING)." }) includePending?: boolean,
  ): Promise<JpTrainingHistoryExportType> {
    const out = await ctx.services.compliance.exportHistory(caller, { year, unitId, includePending: includePending ?? false });
    return { fileName: `riwayat-pengembangan-${year}.csv`, ...out };
  }

  @Authorized()
  @Query(() => LearningRecordConnection, {
    description: "Learning records the caller may see (operators: staff of their subtree), oldest submission first; the verification queue is `statuses: [SUBMITTED]`.",
    complexity: pagedCost(1),
  })
  async learningRecords(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
    @Arg("filter", () => LearningRecordFilter, { nullable: true, description: "Which records; all the caller may see when omitted." }) filter?: LearningRecordFilter | null,
  ): Promise<LearningRecordConnection> {
    const rows = await ctx.services.compliance.records(caller, { ...page, filter, withTotal: asksFor(info, "totalCount") });
    return toConnection(rows, toLearningRecordType);
  }

  @Authorized()
  @Query(() => LearningRecordType, { description: "One learning record; NOT_FOUND when unknown or outside what the caller may see.", complexity: 2 })
  async learningRecord(@Arg("id", () => ID, { description: "The record." }) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<LearningRecordType> {
    return toLearningRecordType(await ctx.services.compliance.record(caller, id));
  }

  @Authorized("ADMIN", "UNIT_OPERATOR")
  @Mutation(() => LearningRecordType, {
    description:
      "Submits a non-classical or education activity with evidence for an employee (an operator: staff of its subtree); its JP is pending until verified. BAD_USER_INPUT naming the field: KIND_NOT_RECORDABLE, INVALID_ACTIVITY, INVALID_TITLE, INVALID_DATE, EVIDENCE_REQUIRED, LIST_TOO_LONG, FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE, UNKNOWN_EMPLOYEE.",
    complexity: 50,
  })
  async submitLearningRecord(
    @Arg("input", () => SubmitLearningRecordInput, { description: "The activity and its evidence." }) input: SubmitLearningRecordInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<LearningRecordType> {
    return toLearningRecordType(await ctx.services.compliance.submit(caller, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => LearningRecordType, { description: "Verifies a submitted record: its JP becomes earned. CONFLICT when stale (STALE_VERSION) or already decided (RECORD_ALREADY_DECIDED).", complexity: 20 })
  async verifyLearningRecord(
    @Arg("input", () => VerifyLearningRecordInput, { description: "The record and the version read." }) input: VerifyLearningRecordInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<LearningRecordType> {
    return toLearningRecordType(await ctx.services.compliance.decide(caller, { id: input.id, version: input.version, decision: { decision: "VERIFY" } }));
  }

  @Authorized("ADMIN")
  @Mutation(() => LearningRecordType, {
    description: "Rejects a submitted record with a reason: its JP leaves the ledger. BAD_USER_INPUT REJECTION_REASON_REQUIRED; CONFLICT STALE_VERSION or RECORD_ALREADY_DECIDED.",
    complexity: 20,
  })
  async rejectLearningRecord(
    @Arg("input", () => RejectLearningRecordInput, { description: "The record, the version read and the reason." }) input: RejectLearningRecordInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ): Promise<LearningRecordType> {
    return toLearningRecordType(
      await ctx.services.compliance.decide(caller, { id: input.id, version: input.version, decision: { decision: "REJECT", reason: input.reason } }),
    );
  }
}

@Resolver(() => JpLedgerType)
export class JpLedgerFieldsResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee." })
  async employee(@Root() l: JpLedgerType, @Ctx() ctx: Context): Promise<EmployeeType> {
    return toEmployeeType((await ctx.loaders.employeeById.load(l.employeeId))!);
  }

  @FieldResolver(() => [JpEntryType], { description: "The year's entries, oldest first.", complexity: fixedCost(1, 10) })
  async entries(@Root() l: JpLedgerType, @Ctx() ctx: Context): Promise<JpEntryType[]> {
    return (await ctx.loaders.compliance.entries.load({ employeeId: l.employeeId, year: l.year })).map(toEntryType);
  }

  @FieldResolver(() => [JpKindTotalType], { description: "Earned and pending JP per kind of development (kinds with entries only).", complexity: fixedCost(1, 10) })
  async earnedByKind(@Root() l: JpLedgerType, @Ctx() ctx: Context): Promise<JpKindTotalType[]> {
    return (await ctx.loaders.compliance.byKind.load({ employeeId: l.employeeId, year: l.year })).map(toKindTotalType);
  }
}

@Resolver(() => JpUnitComplianceType)
export class JpUnitComplianceResolver {
  @FieldResolver(() => UnitType, { description: "The unit." })
  async unit(@Root() u: JpUnitComplianceType, @Ctx() ctx: Context): Promise<UnitType> {
    return toUnitType((await ctx.loaders.unitById.load(u.unitId))!);
  }
}

@Resolver(() => LearningRecordType)
export class LearningRecordFieldsResolver {
  @FieldResolver(() => EmployeeType, { description: "The employee." })
  async employee(@Root() r: LearningRecordType, @Ctx() ctx: Context): Promise<EmployeeType> {
    return toEmployeeType((await ctx.loaders.employeeById.load(r.employeeId))!);
  }

  @FieldResolver(() => [LearningEvidenceType], { description: "The evidence files (their names, types and sizes).", complexity: fixedCost(2, 3) })
  async evidence(@Root() r: LearningRecordType, @Ctx() ctx: Context): Promise<LearningEvidenceType[]> {
    return (await ctx.loaders.compliance.evidence.load(r.id)).map((e) => Object.assign(new LearningEvidenceType(), e));
  }
}

@Resolver(() => LearningEvidenceType)
export class LearningEvidenceResolver {
  @FieldResolver(() => String, {
    description: "The file's bytes as base64: for administrators and the operator who submitted the record only (FORBIDDEN for anyone else).",
    complexity: EVIDENCE_CONTENT_COST,
  })
  async contentBase64(@Root() e: LearningEvidenceType, @Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<string> {
    if (caller.user.role !== "ADMIN" && caller.user.id !== e.submittedBy) throw forbidden("Only administrators and the operator who submitted the record may download its evidence");
    const content = await ctx.loaders.compliance.evidenceContent.load(e.id);
    return content ? content.toString("base64") : "";
  }
}

@Resolver(() => EmployeeType)
export class EmployeeJpLedgerResolver {
  @FieldResolver(() => JpLedgerType, { nullable: true, description: "The employee's JP ledger for a year (as `jpLedger`); null outside what the caller may see.", complexity: fixedCost(2, 1) })
  async jpLedger(@Root() e: EmployeeType, @Arg("year", () => Int, { description: "The year." }) year: number, @Ctx() ctx: Context): Promise<JpLedgerType | null> {
    checkYear(year, "year");
    const row = await ctx.loaders.compliance.ledger.load({ employeeId: e.id, year, scope: ctx.scope });
    return row ? toLedgerType(row, today()) : null;
  }
}
