import type { ValuedCandidate } from "./candidate-value";
import type { PlanEntity } from "./plan.entity";
import { PlanExplanationType, PlanItemType, PlanType, ProgrammeCandidateType } from "./planning.type";

export const toCandidateType = (c: ValuedCandidate): ProgrammeCandidateType =>
  Object.assign(new ProgrammeCandidateType(), {
    id: c.id,
    year: c.year,
    title: c.title,
    competencyIds: c.competencyIds,
    proposalId: c.proposalId,
    participants: c.participants,
    jp: c.jp,
    cost: c.cost,
    mandatory: c.mandatory,
    costPerParticipantJp: c.costPerParticipantJp,
    value: c.value,
    version: c.version,
  });

export const toPlanType = (p: PlanEntity): PlanType => {
  const remaining = p.ceiling - p.totalCost;
  const explanation = Object.assign(new PlanExplanationType(), {
    method: p.method,
    valuation: p.explanation.valuation ?? "STAND_ALONE",
    ceiling: p.ceiling,
    totalCost: p.totalCost,
    totalValue: p.totalValue,
    remaining,
    candidateCount: p.explanation.candidateCount,
    selectedCount: p.explanation.selectedCount,
    mandatoryCount: p.explanation.mandatoryCount,
    leftOutByReason: p.explanation.leftOutByReason.map((r) => ({ ...r })),
    upperBound: p.explanation.upperBound ?? null,
    tieBreakProven: p.explanation.tieBreakProven ?? true,
  });
  return Object.assign(new PlanType(), {
    id: p.id,
    year: p.year,
    version: p.version,
    ceiling: p.ceiling,
    status: p.status,
    method: p.method,
    totalCost: p.totalCost,
    totalValue: p.totalValue,
    remaining,
    explanation,
    items: p.items.map((i) => Object.assign(new PlanItemType(), i)),
    createdAt: p.createdAt,
    adoptedAt: p.adoptedAt,
  });
};
