import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { attachmentsOf, type AttachmentRow } from "./attach-document";

/** Per-request loaders of the budget's documents: one statement per request depth, whatever the number of spendings. */
export interface BudgetFilesLoaders {
  /** A spending's documents (metadata), oldest first. */
  readonly attachments: DataLoader<string, AttachmentRow[]>;
}

export const budgetFilesLoaders = (ds: DataSource): BudgetFilesLoaders => ({
  attachments: new DataLoader(async (ids) => {
    const rows = await attachmentsOf(ds.manager, ids);
    return ids.map((id) => rows.filter((r) => r.spendingId === id));
  }),
});
