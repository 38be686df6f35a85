import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { DataSource } from "typeorm";
import { SERVICE_UNIT_CODE_PATTERN } from "@bina/domain";
import { queryRows } from "../../kit/sql";
import { addressKey } from "../delivery/public-rate-limit";
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
/** `<id>.<issued-at seconds>.<mac>`: 128 random bits, the issue time, and the first 128 bits of its HMAC, base64url. */
const DEVICE_COOKIE_VALUE = /^([A-Za-z0-9_-]{22})\.([0-9]{1,12})\.([A-Za-z0-9_-]{22})$/;
/** How far ahead of this server's clock an issue time may be (clock steps between processes). */
const FUTURE_SKEW_SECONDS = 300;

const deviceMac = (secret: string, id: string, issuedAt: string): Buffer =>
  createHmac("sha256", secret).update(`skm-device\n${id}.${issuedAt}`, "utf8").digest().subarray(0, 16);

/** A new signed device cookie value: 128 random bits, the issue time and its HMAC (the server's token secret). */
export function newDeviceCookie(secret: string, now = Date.now()): string {
  const id = randomBytes(16).toString("base64url");
  const issuedAt = String(Math.floor(now / 1000));
  return `${id}.${issuedAt}.${deviceMac(secret, id, issuedAt).toString("base64url")}`;
}

/**
 * The device id of a `Cookie` header: the id of a `bina_skm` cookie this server issued (its HMAC verifies and it was not
 * issued in the future), else null. A made-up or altered cookie counts as none, so the address and user agent decide.
 */
export function deviceIdOf(cookieHeader: string | undefined, secret: string, now = Date.now()): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name !== DEVICE_COOKIE || value === undefined) continue;
    const m = DEVICE_COOKIE_VALUE.exec(value);
    if (!m) continue;
    const [, id, issuedAt, mac] = m as unknown as [string, string, string, string];
    if (Number(issuedAt) > now / 1000 + FUTURE_SKEW_SECONDS) continue;
    const given = Buffer.from(mac, "base64url");
    const want = deviceMac(secret, id, issuedAt);
    if (given.length === want.length && timingSafeEqual(given, want)) return id;
  }
  return null;
}

/**
 * The per-address cap's key: HMAC hex (the server's token secret) of the client address (an IPv6 address by its /64,
 * as the rate limits count it), the service unit and the period. Not reversible without the secret.
 */
export const addressKeyOf = (secret: string, address: string, serviceUnitId: string, periodId: string): string =>
  createHmac("sha256", secret).update(["skm-address", addressKey(address), serviceUnitId, periodId].join("\n"), "utf8").digest("hex");

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

export type SubmitOutcome = "STORED" | "DUPLICATE" | "CLOSED" | { readonly addressFull: number };

/**
 * Stores one response (the tally follows in the same transaction, by trigger). The client's key is locked for the
 * transaction (an advisory lock), so two parallel submissions of one client have one winner; a response from the same
 * key for the same unit and period within DUPLICATE_WINDOW_HOURS is DUPLICATE (nothing stored). The period is read
 * FOR SHARE: closing it waits for submissions in flight, and a submission after the close finds it CLOSED. The address
 * key is locked first (then the client's key, always in this order): when `perAddressPerDay` responses of that address,
 * unit and period were stored in the last 24 hours, nothing is stored and the outcome says in how many seconds the
 * oldest of them leaves the window (`addressFull`), whatever device cookies the client sends.
 */
export async function submitSurveyResponse(
  ds: DataSource,
  {
    target,
    answers,
    key,
    addressHash,
    perAddressPerDay,
    today,
  }: { target: SurveyTarget; answers: SurveyAnswers; key: string; addressHash: string; perAddressPerDay: number; today: string },
): Promise<SubmitOutcome> {
  const period = target.period;
  if (!period) return "CLOSED";
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`address:${addressHash}`]);
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
    const [state] = await queryRows<{ open: boolean; duplicate: boolean; from_address: number; wait: number | null }>(
      m,
      `SELECT (p.status = 'OPEN' AND p.starts_on <= $3::date AND p.ends_on >= $3::date) AS open,
              EXISTS (SELECT 1 FROM survey_responses r WHERE r.client_key = $2 AND r.submitted_at > now() - make_interval(hours => $4)) AS duplicate,
              a.n AS from_address, a.wait
         FROM survey_periods p
         CROSS JOIN (
           SELECT count(*)::int AS n, ceil(extract(epoch FROM min(r.submitted_at) + make_interval(hours => $4) - now()))::int AS wait
             FROM survey_responses r WHERE r.address_key = $5 AND r.submitted_at > now() - make_interval(hours => $4)
         ) a
        WHERE p.id = $1 FOR SHARE OF p`,
      [period.id, key, today, DUPLICATE_WINDOW_HOURS, addressHash],
    );
    if (!state?.open) return "CLOSED";
    if (state.duplicate) return "DUPLICATE";
    if (state.from_address >= perAddressPerDay) return { addressFull: Math.max(1, Number(state.wait ?? 1)) };
    const a = answers.answers;
    await m.query(
      `INSERT INTO survey_responses (service_unit_id, period_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age_band, education, occupation, service_received, suggestion, client_key, address_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [target.serviceUnitId, period.id, ...a, answers.gender, answers.ageBand, answers.education, answers.occupation, answers.serviceReceived, answers.suggestion, key, addressHash],
    );
    return "STORED";
  });
}
