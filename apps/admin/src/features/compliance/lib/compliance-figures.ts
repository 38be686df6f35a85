/** What the dashboard reads of a unit's compliance (the API's JpUnitCompliance). */
export interface UnitCompliance {
  readonly pnsCount: number;
  readonly pnsMet: number;
  readonly share: number | null;
  readonly atRisk: number;
  readonly missed: number;
  readonly pppkCount: number;
  readonly pppkOverCap: number;
}

/** A share (0..1) as a percentage with one decimal (0..100), or null without PNS. */
export const sharePercent = (share: number | null): number | null => (share === null || !Number.isFinite(share) ? null : Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10);

/** The band a share falls in, for the bar's colour: at least 75% good, at least 50% fair, else poor. */
export type ShareBand = "good" | "fair" | "poor" | "none";
export const shareBand = (share: number | null): ShareBand => {
  if (share === null || !Number.isFinite(share)) return "none";
  if (share >= 0.75) return "good";
  if (share >= 0.5) return "fair";
  return "poor";
};

/** PNS who will not (AT_RISK) or did not (MISSED) reach the minimum: the API counts them apart, the dashboard adds them. */
export const pnsAtRisk = (unit: Pick<UnitCompliance, "atRisk" | "missed">): number => unit.atRisk + unit.missed;

