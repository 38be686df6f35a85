import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { attachDocument } from "./attach-document";
import { downloadAttachment } from "./attachment-download";
import type { RevisionState } from "./budget-revision.entity";
import type { AttachSpendingDocumentInput, RequestBudgetRevisionInput } from "./budget-revisions.inputs";
import { decideRevision } from "./decide-revision";
import { exportRealisation } from "./export-realisation";
import { listRevisions } from "./list-revisions";
import { requestRevision } from "./request-revision";

/** Budget revisions, the realisation export and spending documents, bound to the database: wiring only. */
export const budgetRevisionsServices = (ds: DataSource, maxPageSize: number) => ({
  request: (caller: Caller, input: RequestBudgetRevisionInput) => requestRevision({ ds, caller, input }),
  decide: (caller: Caller, a: { id: string; version: number; approve: boolean; note?: string | null }) => decideRevision({ ds, caller, ...a }),
  list: (caller: Caller, a: { fiscalYear: number; status: RevisionState | null; first: number; after?: string | null; withTotal: boolean }) =>
    listRevisions({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  exportXlsx: (caller: Caller, a: { fiscalYear: number; unitId?: string | null }) => exportRealisation({ ds, caller, ...a }),
  attach: (caller: Caller, input: AttachSpendingDocumentInput) => attachDocument({ ds, caller, input }),
  download: (caller: Caller, id: string) => downloadAttachment({ ds, caller, id }),
});
