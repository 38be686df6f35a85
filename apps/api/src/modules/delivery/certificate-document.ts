import type { DataSource } from "typeorm";
import type { AuthUser, Scope } from "../../kit/caller";
import { isUuid } from "../../kit/ids";
import { queryRows } from "../../kit/sql";
import { inScope } from "../../kit/unit-scope";
import { renderCertificatePdf } from "./certificate-pdf";
import { normalizeCertificateCode } from "./certificate-code";

interface CertificateFacts {
  readonly id: string;
  readonly code: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly revoked: boolean;
  readonly name: string;
  readonly nip: string;
  readonly unitPath: string;
  readonly currentUnitPath: string;
  readonly programme: string;
  readonly jp: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly issuer: string | null;
}

/**
 * What a certificate states is what was credited at issue: the nomination's BATCH ledger entry holds the JP, title and
 * dates fixed by completeBatch, so later edits of the batch or programme do not change an issued certificate. A revoked
 * certificate has no ledger entry any more; it falls back to the batch and programme (which cannot change while the
 * batch is COMPLETED or EVALUATED).
 */
const ISSUED_SQL = `
    LEFT JOIN jp_entries j ON j.source = 'BATCH' AND j.source_id = n.id`;
const ISSUED_COLUMNS = `COALESCE(j.title, p.title) AS programme, COALESCE(j.jp, b.credited_jp) AS jp,
         to_char(COALESCE(j.started_on, b.starts_on), 'YYYY-MM-DD') AS "startsOn", to_char(COALESCE(j.ended_on, b.ends_on), 'YYYY-MM-DD') AS "endsOn"`;

const FACTS_SQL = `
  SELECT c.id, c.code, c.number, to_char(c.issued_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS "issuedOn", c.revoked_at IS NOT NULL AS revoked,
         e.name, e.nip, u.path AS "unitPath", cu.path AS "currentUnitPath", ${ISSUED_COLUMNS},
         (SELECT r.name FROM units r WHERE r.parent_id IS NULL ORDER BY r.path LIMIT 1) AS issuer
    FROM certificates c
    JOIN nominations n ON n.id = c.nomination_id
    JOIN employees e ON e.id = n.employee_id
    JOIN units u ON u.id = n.unit_id
    JOIN units cu ON cu.id = e.unit_id
    JOIN batches b ON b.id = n.batch_id
    JOIN programmes p ON p.id = b.programme_id${ISSUED_SQL}`;

/** The public verification URL of a code. */
export const verifyUrlOf = (publicBaseUrl: string, code: string): string => `${publicBaseUrl.replace(/\/+$/, "")}/verify/${code}`;

/**
 * A certificate as a PDF for a caller who may read it: ADMIN and ANALYST any, a UNIT_OPERATOR only one whose
 * nomination came from its subtree and whose holder still works there (the scope operators' nominations list uses). Null when there is
 * none with this id or the caller may not see it (the two are not told apart).
 * One statement.
 */
export async function certificatePdf({
  ds,
  user,
  scope,
  id,
  publicBaseUrl,
}: {
  ds: DataSource;
  user: AuthUser;
  scope: () => Promise<Scope>;
  id: string;
  publicBaseUrl: string;
}): Promise<{ number: string; pdf: Uint8Array } | null> {
  if (!isUuid(id)) return null;
  const [c] = await queryRows<CertificateFacts>(ds, `${FACTS_SQL} WHERE c.id = $1`, [id]);
  if (!c) return null;
  if (user.role === "UNIT_OPERATOR") {
    const s = await scope();
    if (!inScope(s, c.unitPath) || !inScope(s, c.currentUnitPath)) return null;
  }
  const pdf = await renderCertificatePdf({
    issuer: c.issuer ?? "",
    name: c.name,
    nip: c.nip,
    programme: c.programme,
    jp: Number(c.jp),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    issuedOn: c.issuedOn,
    number: c.number,
    code: c.code,
    verifyUrl: verifyUrlOf(publicBaseUrl, c.code),
    revoked: c.revoked,
  });
  return { number: c.number, pdf };
}

/** What the public verification page may show, and nothing more. */
export interface PublicCertificate {
  readonly name: string;
  readonly programme: string;
  readonly jp: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: "VALID" | "REVOKED";
}

/** The public facts of a certificate by its code; null for an unknown (or malformed: no SQL then) code. */
export async function verifyCertificate({ ds, code }: { ds: DataSource; code: string }): Promise<PublicCertificate | null> {
  const normalized = normalizeCertificateCode(code);
  if (!normalized) return null;
  const [c] = await queryRows<{ name: string; programme: string; jp: string; startsOn: string; endsOn: string; revoked: boolean }>(
    ds,
    `SELECT e.name, ${ISSUED_COLUMNS},
            c.revoked_at IS NOT NULL AS revoked
       FROM certificates c
       JOIN nominations n ON n.id = c.nomination_id
       JOIN employees e ON e.id = n.employee_id
       JOIN batches b ON b.id = n.batch_id
       JOIN programmes p ON p.id = b.programme_id${ISSUED_SQL}
      WHERE c.code = $1`,
    [normalized],
  );
  return c ? { name: c.name, programme: c.programme, jp: Number(c.jp), startsOn: c.startsOn, endsOn: c.endsOn, status: c.revoked ? "REVOKED" : "VALID" } : null;
}
