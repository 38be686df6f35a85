import type { DataSource } from "typeorm";
import { pageSize } from "../../kit/connection";
import type { AuditFilter } from "./audit.type";
import { listAudit } from "./list-audit";

/** The audit module's use cases bound to the database: wiring only. */
export const auditServices = (ds: DataSource, maxPageSize: number) => ({
  list: (a: { first: number; after?: string | null; filter?: AuditFilter | null; withTotal: boolean }) =>
    listAudit({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
});
