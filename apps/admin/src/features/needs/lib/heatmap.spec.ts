import { buildHeatmap, HEAT_EMPTY, HEAT_EMPTY_TEXT, HEAT_PALETTE, heatLegend, heatStep, heatTextColor, shareInNeed, type HeatCell } from "./heatmap";

const cell = (unit: string, code: string, kind: HeatCell["competency"]["kind"], assessed: number, inNeed: number, meanGap: number | null): HeatCell => ({
  unit: { id: unit, name: `Unit ${unit}` },
  competency: { id: code, code, kind, name: code },
  employeesWithStandard: assessed + 1,
  employeesAssessed: assessed,
  employeesInNeed: inNeed,
  totalGap: inNeed,
  meanGap,
  maxPriority: null,
});

describe("heatmap", () => {
  it("orders columns by kind then code and rows by name", () => {
    const map = buildHeatmap([
      cell("b", "M.INTEGRITAS", "MANAGERIAL", 2, 1, 0.5),
      cell("a", "T.ARSIP", "TECHNICAL", 2, 0, 0),
      cell("b", "SK.PEREKAT", "SOCIO_CULTURAL", 2, 0, 0),
      cell("a", "M.INTEGRITAS", "MANAGERIAL", 2, 2, 1),
    ]);
    expect(map.units.map((u) => u.id)).toEqual(["a", "b"]);
    expect(map.competencies.map((c) => c.code)).toEqual(["T.ARSIP", "M.INTEGRITAS", "SK.PEREKAT"]);
    expect(map.cell("a", "M.INTEGRITAS")?.employeesInNeed).toBe(2);
    expect(map.cell("b", "T.ARSIP")).toBeUndefined();
  });

  it("computes the share in need only when someone was assessed", () => {
    expect(shareInNeed({ employeesAssessed: 4, employeesInNeed: 1 })).toBe(0.25);
    expect(shareInNeed({ employeesAssessed: 0, employeesInNeed: 0 })).toBeNull();
  });

  it.each([
    [0, 0],
    [0.3, 1],
    [0.5, 1],
    [1, 2],
    [1.2, 3],
    [2, 4],
    [3.5, 5],
  ])("puts a mean gap of %d in step %d", (meanGap, step) => {
    expect(heatStep(cell("a", "T.X", "TECHNICAL", 3, 1, meanGap), "gap")).toBe(step);
  });

  it("colours by share in need on request, and leaves unassessed cells blank", () => {
    expect(heatStep(cell("a", "T.X", "TECHNICAL", 10, 5, 1), "share")).toBe(3);
    expect(heatStep(cell("a", "T.X", "TECHNICAL", 10, 0, 0), "share")).toBe(0);
    expect(heatStep(cell("a", "T.X", "TECHNICAL", 0, 0, null), "gap")).toBeNull();
  });

  it("describes each step of the legend", () => {
    expect(heatLegend("share")).toEqual([
      { step: 0, from: null, to: 0 },
      { step: 1, from: 0, to: 20 },
      { step: 2, from: 20, to: 40 },
      { step: 3, from: 40, to: 60 },
      { step: 4, from: 60, to: 80 },
      { step: 5, from: 80, to: null },
    ]);
  });
});

/** WCAG 2.x contrast of a CSS colour (`#rrggbb` or `rgba(r, g, b, a)`, blended over `background`) on `background`. */
const contrast = (text: string, background: string): number => {
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const bg = hex(background);
  const parts = text.startsWith("#") ? [...hex(text), 1] : (text.match(/[\d.]+/g) ?? []).map(Number);
  const alpha = parts[3] ?? 1;
  const fg = [0, 1, 2].map((i) => (parts[i] ?? 0) * alpha + (bg[i] ?? 0) * (1 - alpha));
  const luminance = (rgb: number[]) =>
    rgb.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
};

describe("heatmap colours", () => {
  it("write every step's text at WCAG AA contrast (4.5:1) on the step's colour", () => {
    const ratios = HEAT_PALETTE.map((colour, step) => contrast(heatTextColor(step), colour));
    expect(ratios.filter((r) => r < 4.5)).toEqual([]);
    expect(contrast(heatTextColor(null), HEAT_EMPTY)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(HEAT_EMPTY_TEXT, HEAT_EMPTY)).toBeGreaterThanOrEqual(4.5);
  });

  it("measure contrast as WCAG does: black on white 21:1, white on antd's orange 3.3:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#fa541c")).toBeCloseTo(3.3, 1);
  });
});
