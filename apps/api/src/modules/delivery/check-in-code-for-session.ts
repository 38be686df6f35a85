import type { DataSource } from "typeorm";
import { lockRunningBatch, sessionBatchId } from "./attendance-gate";
import type { CheckInCodes } from "./check-in-code";
import { qrSvg } from "./qr-code";

export interface CheckInCodeShown {
  readonly sessionId: string;
  readonly code: string;
  readonly expiresAt: Date;
  readonly url: string;
  readonly qrSvgDataUrl: string;
}

/**
 * The organiser's current check-in code for a session of a RUNNING batch (BATCH_NOT_RUNNING otherwise), with the URL
 * of the check-in page it opens and that URL's QR code as an SVG data URL. Nothing is stored: each call signs a fresh
 * code valid for two minutes.
 */
export async function checkInCodeForSession({ ds, codes, sessionId, publicBaseUrl }: { ds: DataSource; codes: CheckInCodes; sessionId: string; publicBaseUrl: string }): Promise<CheckInCodeShown> {
  await ds.transaction(async (m) => lockRunningBatch(m, await sessionBatchId(m, sessionId)));
  const { code, expiresAt } = codes.issue(sessionId);
  const url = `${publicBaseUrl.replace(/\/+$/, "")}/check-in?code=${code}`;
  return { sessionId, code, expiresAt, url, qrSvgDataUrl: qrSvg(url).dataUrl };
}
