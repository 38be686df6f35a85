import { fixedCost as cost, type FieldCost } from "../kit/cost";

/**
 * Columns of a row that its list reads in one statement whatever is selected (the list's own cost pays for the rows):
 * free, so a list priced at its real maximum of rows is not made dear by the columns a page shows.
 */
const columns = (type: string, fields: readonly string[]): Record<string, FieldCost> => Object.fromEntries(fields.map((f) => [`${type}.${f}`, cost(0, 0)]));

/**
 * Costs of the unpaged lists whose fields give no `complexity` of their own, by schema coordinate (the helpers are the
 * kit's, src/kit/cost.ts). A `complexity` in a field's decorator wins, so the aggregates (needs lists and heatmap,
 * candidates, plans) carry theirs there and are not repeated here; a paged field (with `first`) not priced either way
 * costs the rows asked for × its row; any other field costs 1.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  ...columns("BudgetLine", ["id", "fiscalYear", "accountCode", "name", "ceiling", "committed", "spent", "remaining", "absorptionPercent", "plannedByMonth", "version"]),
  ...columns("ProgrammeCost", ["cost", "participants", "participantJp", "costPerParticipantJp", "meanNGain", "costPerGainPoint", "gainPerMillionRupiah", "gapsAddressed", "costPerGapAddressed"]),
  "Query.competencies": cost(1, 100),
  "Query.competencyStandards": cost(1, 200),
  "Query.units": cost(1, 100),
  "Query.assessmentCycles": cost(1, 10),
  "Query.ranks": cost(1, 20),
  "Unit.children": cost(1, 20),
  "Unit.employeeCount": cost(5, 0),
  "ProgrammeCandidate.competencies": cost(1, 5),
  "EmployeeNeeds.gaps": cost(1, 20),
  "EmployeeNeeds.targetGaps": cost(1, 20),
};
