import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { lineScopeSql } from "./budget.sql";

export interface AttachmentContent {
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly content: Buffer;
}

/**
 * A spending's document with its bytes, for whoever may see the spending (ADMIN and ANALYST: all; a UNIT_OPERATOR:
 * spendings of lines of its subtree); null when unknown or outside that scope (the two look the same). One statement.
 */
export async function downloadAttachment({ ds, caller, id }: { ds: DataSource; caller: Caller; id: string }): Promise<AttachmentContent | null> {
  if (!isUuid(id)) return null;
  const scope = await caller.scope();
  const p = new SqlParams();
  const [row] = await queryRows<{ fileName: string; mediaType: string; size: number; content: Buffer | Uint8Array }>(
    ds.manager,
    `SELECT a.file_name AS "fileName", a.media_type AS "mediaType", a.size, a.content
       FROM budget_attachments a
       JOIN budget_spendings s ON s.id = a.spending_id
       JOIN budget_lines l ON l.id = s.budget_line_id
      WHERE a.id = ${p.add(id, "uuid")} AND ${lineScopeSql(scope, p, "l")}`,
    p,
  );
  if (!row) return null;
  const content = Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content);
  return { fileName: row.fileName, mediaType: row.mediaType, size: Number(row.size), content };
}
