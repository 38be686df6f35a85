import { COMPETENCY_KINDS } from "@bina/domain";
import type { HeatmapColor } from "./needs-params";

/** One cell of `needsByUnit`, with just what the heatmap reads. */
export interface HeatCell {
  readonly unit: { readonly id: string; readonly name: string };
  readonly competency: { readonly id: string; readonly code: string; readonly kind: (typeof COMPETENCY_KINDS)[number]; readonly name: string };
  readonly employeesWithStandard: number;
  readonly employeesAssessed: number;
  readonly employeesInNeed: number;
  readonly totalGap: number;
  readonly meanGap: number | null;
  readonly maxPriority: number | null;
}

export interface Heatmap<C extends HeatCell> {
  /** Rows, by name (Dinas …, Kecamatan …, …). */
  readonly units: readonly C["unit"][];
  /** Columns: technical, then managerial, then socio-cultural; by code within a kind. */
  readonly competencies: readonly C["competency"][];
  readonly cell: (unitId: string, competencyId: string) => C | undefined;
}

/** The cells as a units × competencies matrix. */
export const buildHeatmap = <C extends HeatCell>(cells: readonly C[]): Heatmap<C> => {
  const units = new Map<string, C["unit"]>();
  const competencies = new Map<string, C["competency"]>();
  const byKey = new Map<string, C>();
  for (const c of cells) {
    if (!units.has(c.unit.id)) units.set(c.unit.id, c.unit);
    if (!competencies.has(c.competency.id)) competencies.set(c.competency.id, c.competency);
    byKey.set(`${c.unit.id}|${c.competency.id}`, c);
  }
  const kindOrder = (kind: string) => (COMPETENCY_KINDS as readonly string[]).indexOf(kind);
  const columns = [...competencies.values()].sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.code.localeCompare(b.code),
  );
  const rows = [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "id"));
  return { units: rows, competencies: columns, cell: (u, c) => byKey.get(`${u}|${c}`) };
};

/** Share of the assessed employees who are in need, 0..1; null when nobody was assessed. */
export const shareInNeed = (cell: Pick<HeatCell, "employeesAssessed" | "employeesInNeed">): number | null =>
  cell.employeesAssessed > 0 ? cell.employeesInNeed / cell.employeesAssessed : null;

/**
 * Upper bounds (inclusive) of the colour steps 1..5; step 0 is "no need", above the last bound is step 5.
 * Mean gap in levels (a gap of 1 is one level below the standard); share in percent.
 */
export const HEAT_STEPS: Readonly<Record<HeatmapColor, readonly number[]>> = {
  gap: [0, 0.5, 1, 1.5, 2],
  share: [0, 20, 40, 60, 80],
};

/** Colours of steps 0 (no need) to 5 (largest need): green to dark red. */
export const HEAT_PALETTE = ["#d9f7be", "#fff1b8", "#ffd591", "#ffa940", "#fa541c", "#a8071a"] as const;
/** A cell without data: nobody with the standard was assessed. */
export const HEAT_EMPTY = "#f5f5f5";

const value = (cell: HeatCell, color: HeatmapColor): number | null => {
  if (cell.employeesAssessed === 0) return null;
  if (color === "share") {
    const share = shareInNeed(cell);
    return share === null ? null : share * 100;
  }
  return cell.meanGap ?? 0;
};

/** The colour step of a cell, 0..5, or null when there is nothing to colour. */
export const heatStep = (cell: HeatCell, color: HeatmapColor): number | null => {
  const v = value(cell, color);
  if (v === null) return null;
  const steps = HEAT_STEPS[color];
  const index = steps.findIndex((bound) => v <= bound);
  return index === -1 ? steps.length : index;
};

/**
 * White text on the darkest step only (7.7:1 on dark red); every other step keeps dark text, which reads at WCAG AA
 * (4.5:1) or better on it: white on step 4's orange was 3.3:1.
 */
export const heatTextColor = (step: number | null): string => (step !== null && step >= 5 ? "#fff" : "rgba(0, 0, 0, 0.88)");
/** The text of a cell without data, on HEAT_EMPTY (5.6:1; antd's disabled grey was 1.6:1). */
export const HEAT_EMPTY_TEXT = "rgba(0, 0, 0, 0.6)";

/** The legend: each step with the range it stands for (`from` exclusive, `to` inclusive; null = open). */
export const heatLegend = (color: HeatmapColor): { step: number; from: number | null; to: number | null }[] => {
  const steps = HEAT_STEPS[color];
  return HEAT_PALETTE.map((_, step) => ({
    step,
    from: step === 0 ? null : (steps[step - 1] ?? null),
    to: step < steps.length ? (steps[step] ?? null) : null,
  }));
};
