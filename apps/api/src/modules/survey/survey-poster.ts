import type { DataSource } from "typeorm";
import { SERVICE_UNIT_CODE_PATTERN } from "@bina/domain";
import { queryRows } from "../../kit/sql";
import { periodLabel } from "./survey-pages";
import { renderSurveyPosterPdf } from "./survey-poster-pdf";
import { surveyPath } from "./survey.type";

const PERIOD_CODE = /^\d{4}-[12]$/;

/**
 * The QR poster of an active service unit for a period (`periodCode`, e.g. `2026-2`), or for the OPEN period containing
 * `today` when none is named (a poster without a period when none is open); null for an unknown or inactive unit or an
 * unknown period. The QR points to `<publicBaseUrl>/survey/<code>`. One statement, then the PDF.
 */
export async function surveyPoster(
  ds: DataSource,
  { code, periodCode, today, publicBaseUrl }: { code: string; periodCode: string | null; today: string; publicBaseUrl: string },
): Promise<{ pdf: Uint8Array; fileName: string } | null> {
  if (!SERVICE_UNIT_CODE_PATTERN.test(code) || (periodCode !== null && !PERIOD_CODE.test(periodCode))) return null;
  const [row] = await queryRows<{ code: string; name: string; issuer: string | null; year: number | null; half: number | null; period_code: string | null }>(
    ds.manager,
    `SELECT su.code, su.name, (SELECT u.name FROM units u WHERE u.parent_id IS NULL ORDER BY u.code LIMIT 1) AS issuer, p.year, p.half, p.code AS period_code
       FROM service_units su
       LEFT JOIN LATERAL (
         SELECT p.* FROM survey_periods p
          WHERE CASE WHEN $2::text IS NULL THEN p.status = 'OPEN' AND p.starts_on <= $3::date AND p.ends_on >= $3::date ELSE p.code = $2::text END
          ORDER BY p.starts_on DESC LIMIT 1
       ) p ON true
      WHERE su.code = $1 AND su.active`,
    [code, periodCode, today],
  );
  if (!row || (periodCode !== null && row.period_code === null)) return null;
  const pdf = await renderSurveyPosterPdf({
    issuer: row.issuer ?? "",
    serviceUnitName: row.name,
    periodText: row.year !== null && row.half !== null ? `Periode ${periodLabel(Number(row.year), Number(row.half))}` : null,
    surveyUrl: `${publicBaseUrl.replace(/\/+$/, "")}${surveyPath(row.code)}`,
  });
  return { pdf, fileName: `survei-${row.code}${row.period_code ? `-${row.period_code}` : ""}.pdf` };
}
