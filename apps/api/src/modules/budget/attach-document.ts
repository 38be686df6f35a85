import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Caller, Scope } from "../../kit/caller";
import { failure, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { queryRows, SqlParams } from "../../kit/sql";
import { lineScopeSql } from "./budget.sql";
import { recordAudit } from "../audit/record-audit";
import { ATTACHMENT_LIMITS, checkAttachment, invalidAttachment } from "./attachment-file";
import type { AttachSpendingDocumentInput } from "./budget-revisions.inputs";

/** An attachment's metadata, as listed and returned (never the content). */
export interface AttachmentRow {
  readonly id: string;
  readonly spendingId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: Date;
}

/** The spending, locked, when the caller may see it; null otherwise (unknown and out of scope look the same). */
async function lockedSpending(m: EntityManager, scope: Scope, spendingId: string): Promise<{ id: string; status: string } | null> {
  if (!isUuid(spendingId)) return null;
  const p = new SqlParams();
  const [row] = await queryRows<{ id: string; status: string }>(
    m,
    `SELECT s.id, s.status FROM budget_spendings s JOIN budget_lines l ON l.id = s.budget_line_id
      WHERE s.id = ${p.add(spendingId, "uuid")} AND ${lineScopeSql(scope, p, "l")}
      FOR UPDATE OF s`,
    p,
  );
  return row ?? null;
}

/**
 * Attaches a document to a spending (ADMIN; a UNIT_OPERATOR on a spending of a line of its subtree — any other is
 * NOT_FOUND, like an unknown one). The file is checked before any SQL (size from the base64 text, then type by magic
 * bytes: INVALID_ATTACHMENT naming `contentBase64` or `fileName`). In one transaction the spending is locked, so two
 * parallel uploads cannot pass the limit of files per spending (INVALID_ATTACHMENT TOO_MANY naming `spendingId`);
 * a cancelled spending takes no more documents (CONFLICT SPENDING_CANCELLED). Audited.
 */
export async function attachDocument({ ds, caller, input }: { ds: DataSource; caller: Caller; input: AttachSpendingDocumentInput }): Promise<AttachmentRow> {
  const file = checkAttachment(input);
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  const scope = await caller.scope();
  return ds.transaction(async (m) => {
    const spending = await lockedSpending(m, scope, input.spendingId);
    if (!spending) throw notFound("Spending", input.spendingId);
    if (spending.status !== "ACTIVE") throw failure("SPENDING_CANCELLED", "This spending is cancelled; it takes no more documents", { field: "spendingId" });
    const [{ n }] = (await queryRows<{ n: number }>(m, `SELECT count(*)::int AS n FROM budget_attachments WHERE spending_id = $1`, [spending.id])) as [{ n: number }];
    if (Number(n) >= ATTACHMENT_LIMITS.maxPerSpending) {
      throw invalidAttachment("spendingId", "TOO_MANY", `a spending has at most ${ATTACHMENT_LIMITS.maxPerSpending} documents`);
    }
    const [row] = await queryRows<AttachmentRow>(
      m,
      `INSERT INTO budget_attachments (spending_id, file_name, media_type, size, sha256, content, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, spending_id AS "spendingId", file_name AS "fileName", media_type AS "mediaType", size, sha256, created_at AS "createdAt"`,
      [spending.id, file.fileName, file.mediaType, file.content.length, sha256, file.content, caller.user.id],
    );
    await recordAudit(m, caller.user.id, [
      {
        action: "CREATE",
        entityType: "BudgetAttachment",
        entityId: row!.id,
        before: null,
        after: { spendingId: spending.id, fileName: file.fileName, mediaType: file.mediaType, size: file.content.length, sha256 },
      },
    ]);
    return { ...row!, createdAt: new Date(row!.createdAt) };
  });
}

/** The attachments of spendings (metadata only), oldest first; one statement for any number of spendings. */
export async function attachmentsOf(m: Pick<EntityManager, "query">, spendingIds: readonly string[]): Promise<AttachmentRow[]> {
  const rows = await queryRows<AttachmentRow>(
    m,
    `SELECT id, spending_id AS "spendingId", file_name AS "fileName", media_type AS "mediaType", size, sha256, created_at AS "createdAt"
       FROM budget_attachments WHERE spending_id = ANY($1::uuid[]) ORDER BY spending_id, created_at, id`,
    [[...spendingIds]],
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}
