/** One bar pair of the plan chart: a candidate's value and cost, each as a share of the largest. */
export interface PlanBar {
  readonly candidateId: string;
  readonly title: string;
  readonly selected: boolean;
  readonly value: number;
  readonly cost: number;
  /** 0..100 of the largest value among the items. */
  readonly valuePercent: number;
  /** 0..100 of the largest cost among the items. */
  readonly costPercent: number;
}

interface ChartItem {
  readonly candidateId: string;
  readonly title: string;
  readonly selected: boolean;
  readonly value: number;
  readonly cost: number;
}

const percentOf = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The chart's rows: the selected candidates first, each group by value, highest first. */
export const planBars = (items: readonly ChartItem[]): PlanBar[] => {
  const maxValue = Math.max(0, ...items.map((i) => i.value));
  const maxCost = Math.max(0, ...items.map((i) => i.cost));
  return [...items]
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.value - a.value || a.title.localeCompare(b.title))
    .map((i) => ({
      candidateId: i.candidateId,
      title: i.title,
      selected: i.selected,
      value: i.value,
      cost: i.cost,
      valuePercent: percentOf(i.value, maxValue),
      costPercent: percentOf(i.cost, maxCost),
    }));
};

/** The share of the ceiling a plan uses, 0..100 (a ceiling of 0 is fully used). */
export const ceilingUsedPercent = (totalCost: number, ceiling: number): number =>
  ceiling > 0 ? Math.min(100, percentOf(totalCost, ceiling)) : 100;
