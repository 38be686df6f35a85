import type { DataSource } from "typeorm";
import type { SurveyPeriodState } from "@bina/domain";
import type { Caller } from "../../kit/caller";
import { failure } from "../../kit/errors";
import { loadForChange } from "../../kit/optimistic-lock";
import { recordAudit } from "../audit/record-audit";
import { SurveyPeriodEntity } from "./survey-period.entity";

/**
 * Closes (no more responses; results final) or reopens a survey period, with the version the caller read (CONFLICT
 * STALE_VERSION otherwise; a period already in that state is BAD_USER_INPUT INVALID_TRANSITION, field `id`), audited.
 * Closing and reopening are the two use cases `closeSurveyPeriod` and `reopenSurveyPeriod` below.
 */
async function setStatus(ds: DataSource, caller: Caller, id: string, version: number, to: SurveyPeriodState): Promise<SurveyPeriodEntity> {
  return ds.transaction(async (m) => {
    const current = await loadForChange(m, SurveyPeriodEntity, { id, version, what: "Survey period" });
    if (current.status === to) {
      throw failure("INVALID_TRANSITION", `The survey period ${current.code} is already ${to === "OPEN" ? "open" : "closed"}`, { field: "id" });
    }
    const before = { ...current };
    const saved = await m.save(m.merge(SurveyPeriodEntity, current, { status: to, version: current.version + 1 }));
    await recordAudit(m, caller.user.id, [{ action: "UPDATE", entityType: "SurveyPeriod", entityId: saved.id, before, after: { ...saved } }]);
    return saved;
  });
}

export const closeSurveyPeriod = ({ ds, caller, id, version }: { ds: DataSource; caller: Caller; id: string; version: number }) => setStatus(ds, caller, id, version, "CLOSED");

export const reopenSurveyPeriod = ({ ds, caller, id, version }: { ds: DataSource; caller: Caller; id: string; version: number }) => setStatus(ds, caller, id, version, "OPEN");
