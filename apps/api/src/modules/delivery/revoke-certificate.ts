import type { DataSource } from "typeorm";
import { checkText } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { badInput, failure, notFound } from "../../kit/errors";
import { isUuid } from "../../kit/ids";
import { recordAudit } from "../audit/record-audit";
import { CertificateEntity } from "./certificate.entity";

export const REVOCATION_REASON_MIN_LENGTH = 5;
export const REVOCATION_REASON_MAX_LENGTH = 500;

/**
 * Revokes a certificate (ADMIN) with a reason: the public page shows REVOKED from then on and the participant's BATCH
 * entry leaves the JP ledger, in one transaction with an audit row. A second revocation is CONFLICT
 * CERTIFICATE_ALREADY_REVOKED (the row lock makes two at once end with one winner).
 */
export async function revokeCertificate({ ds, caller, id, reason }: { ds: DataSource; caller: Caller; id: string; reason: string }): Promise<CertificateEntity> {
  const checked = checkText(reason, { field: "reason", min: REVOCATION_REASON_MIN_LENGTH, max: REVOCATION_REASON_MAX_LENGTH, multiline: true, code: "INVALID_REVOCATION_REASON" });
  if (!checked.ok) throw badInput(checked.error);
  return ds.transaction(async (m) => {
    const current = isUuid(id) ? await m.findOne(CertificateEntity, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
    if (!current) throw notFound("Certificate", id);
    if (current.revokedAt) throw failure("CERTIFICATE_ALREADY_REVOKED", `Certificate ${current.number} was already revoked`, { field: "id" });
    const before = { ...current };
    const saved = await m.save(m.merge(CertificateEntity, current, { revokedAt: new Date(), revokedReason: checked.value }));
    await m.query(`DELETE FROM jp_entries WHERE source = 'BATCH' AND source_id = $1`, [current.nominationId]);
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "Certificate", entityId: saved.id, before, after: { ...saved, ledgerEntryRemoved: true } }]);
    return saved;
  });
}
