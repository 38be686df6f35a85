import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import type { LearningRecordFilter, SubmitLearningRecordInput } from "./compliance.inputs";
import { decideLearningRecord, type LearningDecision } from "./decide-learning-record";
import { exportTrainingHistory } from "./export-training-history";
import { getJpCompliance, getJpLedger, listJpLedgers } from "./jp-ledger-queries";
import type { LedgerListFilter } from "./ledger.sql";
import { getLearningRecord, listLearningRecords } from "./list-learning-records";
import { submitLearningRecord } from "./submit-learning-record";

/** The compliance module's use cases bound to the database: wiring only. */
export const complianceServices = (ds: DataSource, maxPageSize: number) => ({
  ledger: (caller: Caller, a: { employeeId: string; year: number }) => getJpLedger({ ds, caller, ...a }),
  compliance: (caller: Caller, a: { year: number; unitId?: string | null }) => getJpCompliance({ ds, caller, ...a }),
  ledgers: (caller: Caller, a: { year: number; unitId?: string | null; filter: LedgerListFilter; first: number; after?: string | null; withTotal: boolean }) =>
    listJpLedgers({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  records: (caller: Caller, a: { filter?: LearningRecordFilter | null; first: number; after?: string | null; withTotal: boolean }) =>
    listLearningRecords({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  record: (caller: Caller, id: string) => getLearningRecord({ ds, caller, id }),
  submit: (caller: Caller, input: SubmitLearningRecordInput) => submitLearningRecord({ ds, caller, input }),
  decide: (caller: Caller, a: { id: string; version: number; decision: LearningDecision }) => decideLearningRecord({ ds, caller, ...a }),
  exportHistory: (caller: Caller, a: { year: number; unitId?: string | null; includePending: boolean }) => exportTrainingHistory({ ds, caller, ...a }),
});
