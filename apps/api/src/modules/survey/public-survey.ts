import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { SERVICE_UNIT_CODE_PATTERN } from "@bina/domain";
import { queryRows } from "../../kit/sql";
import type { SurveyAnswers } from "./survey-form";

/** A service unit's public survey: the unit (active, by its code) and the OPEN period containing today, if any. */
export interface SurveyTarget {
  readonly serviceUnitId: string;
  readonly code: string;
  readonly name: string;
  readonly period: { readonly id: string; readonly code: string; readonly year: number; readonly half: number } | null;
}

/** How long the duplicate guard remembers a client for the same service unit and period. */
export const DUPLICATE_WINDOW_HOURS = 24;

/**
 * The active service unit with this code and the OPEN period whose dates contain `today` (null when none); null for an
 * unknown or inactive code (checked against the slug pattern before any SQL). One statement.
 */
export async function findSurveyTarget(ds: DataSource, code: string, today: string): Promise<SurveyTarget | null> {
  if (!SERVICE_UNIT_CODE_PATTERN.test(code)) return null;
  const [row] = await queryRows<{ id: string; code: string; name: string; period_id: string | null; period_code: string | null; year: number | null; half: number | null }>(
    ds.manager,
    `SELECT su.id, su.code, su.name, p.id AS period_id, p.code AS period_code, p.year, p.half
       FROM service_units su
       LEFT JOIN LATERAL (
         SELECT p.* FROM survey_periods p WHERE p.status = 'OPEN' AND p.starts_on <= $2::date AND p.ends_on >= $2::date ORDER BY p.starts_on DESC LIMIT 1
       ) p ON true
      WHERE su.code = $1 AND su.active`,
    [code, today],
  );
  if (!row) return null;
  return {
    serviceUnitId: row.id,
    code: row.code,
    name: row.name,
    period: row.period_id ? { id: row.period_id, code: row.period_code!, year: Number(row.year), half: Number(row.half) } : null,
  };
}

/** The cookie that tells one browser from another behind a shared address (carrier NAT, a unit's Wi-Fi). */
export const DEVICE_COOKIE = "bina_skm";
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

/** A new device id: 128 random bits, base64url. */
export const newDeviceId = (): string => randomBytes(16).toString("base64url");

/** The device id of a `Cookie` header, or null when absent or not one of ours. */
export function deviceIdOf(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === DEVICE_COOKIE && value !== undefined && DEVICE_ID.test(value)) return value;
  }
  return null;
}

/**
 * The duplicate guard's key, sha256 hex of the service unit, the period and the browser: its device cookie (set by the
 * form page) when it sends one, else its address and user agent. Behind carrier-grade NAT many phones share an address
 * and, with reduced user-agent strings, often the user agent too: the cookie keeps them apart. Nothing else of the
 * client is kept.
 */
export const clientKey = (client: { deviceId: string | null; address: string; userAgent: string }, serviceUnitId: string, periodId: string): string =>
  createHash("sha256")
    .update([client.deviceId ? `device:${client.deviceId}` : `address:${client.address}\n${client.userAgent.slice(0, 500)}`, serviceUnitId, periodId].join("\n"), "utf8")
    .digest("hex");

export type SubmitOutcome = "STORED" | "DUPLICATE" | "CLOSED";

/**
 * Stores one response (the tally follows in the same transaction, by trigger). The client's key is locked for the
 * transaction (an advisory lock), so two parallel submissions of one client have one winner; a response from the same
 * key for the same unit and period within DUPLICATE_WINDOW_HOURS is DUPLICATE (nothing stored). The period is read
 * FOR SHARE: closing it waits for submissions in flight, and a submission after the close finds it CLOSED.
 */
export async function submitSurveyResponse(
  ds: DataSource,
  { target, answers, key, today }: { target: SurveyTarget; answers: SurveyAnswers; key: string; today: string },
): Promise<SubmitOutcome> {
  const period = target.period;
  if (!period) return "CLOSED";
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
    const [state] = await queryRows<{ open: boolean; duplicate: boolean }>(
      m,
      `SELECT (p.status = 'OPEN' AND p.starts_on <= $3::date AND p.ends_on >= $3::date) AS open,
              EXISTS (SELECT 1 FROM survey_responses r WHERE r.client_key = $2 AND r.submitted_at > now() - make_interval(hours => $4)) AS duplicate
         FROM survey_periods p WHERE p.id = $1 FOR SHARE`,
      [period.id, key, today, DUPLICATE_WINDOW_HOURS],
    );
    if (!state?.open) return "CLOSED";
    if (state.duplicate) return "DUPLICATE";
    const a = answers.answers;
    await m.query(
      `INSERT INTO survey_responses (service_unit_id, period_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age_band, education, occupation, service_received, suggestion, client_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [target.serviceUnitId, period.id, ...a, answers.gender, answers.ageBand, answers.education, answers.occupation, answers.serviceReceived, answers.suggestion, key],
    );
    return "STORED";
  });
}
