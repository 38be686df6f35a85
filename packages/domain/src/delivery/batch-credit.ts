import type { Result } from "../shared/result.js";
import type { DevelopmentKind } from "./development-kinds.js";
import { creditJp, JP_CREDIT_RULES, type JpCreditRules } from "./jp-credit.js";

/** One day of a batch's sessions: its date (`YYYY-MM-DD`) and the JP of that day's sessions together. */
export interface BatchDay {
  readonly date: string;
  readonly jp: number;
}

/**
 * The JP a batch credits each participant who completes it: {@link creditJp} of the programme's kind
 * over its sessions, read as one activity: `jp` = Σ session JP, `days` and `sessionDates` = the distinct
 * session days, `jpByDay` = the JP of each day (for the per-day caps), `count` = 1 (a benchmarking
 * visit, a secondment). A kind that sessions cannot credit (degree study counts semesters) is refused
 * by creditJp (`semesters` missing). A batch without sessions credits 0.
 */
export function batchCreditJp(kind: DevelopmentKind, days: readonly BatchDay[], rules: JpCreditRules = JP_CREDIT_RULES): Result<number> {
  if (days.length === 0) return { ok: true, value: 0 };
  const jp = Math.round(days.reduce((sum, d) => sum + d.jp * 100, 0)) / 100;
  return creditJp({ kind, jp, days: days.length, sessionDates: days.map((d) => d.date), jpByDay: days.map((d) => d.jp), count: 1 }, rules);
}
