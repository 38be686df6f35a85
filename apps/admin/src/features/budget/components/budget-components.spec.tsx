import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { formatRupiah } from "@bina/domain";
import { I18nProvider } from "../../../i18n/i18n-context";
import { id } from "../../../i18n/id";
import { AbsorptionBar } from "./absorption-bar";
import { AbsorptionChart, type BudgetMonthRow } from "./absorption-chart";
import { BudgetLinesTable, type BudgetLineRow } from "./budget-lines-table";
import { BudgetTotals } from "./budget-totals";
import { CostEffectivenessTable, type ProgrammeCostRow } from "./cost-effectiveness-table";

/** The component's HTML as the server renders it, in Indonesian (the default language). */
const render = (element: ReactElement): string => renderToStaticMarkup(<I18nProvider><MemoryRouter>{element}</MemoryRouter></I18nProvider>);

/** The values of an attribute on the elements marked with a test id, in document order. */
const attributes = (html: string, testId: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, "g"))].map((m) => new RegExp(`${attribute}="([^"]*)"`).exec(m[0])?.[1] ?? "<none>");

/** The text of the elements marked with a test id (tags stripped), in document order. */
const texts = (html: string, testId: string): string[] =>
  [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(span|a|div|td)>`, "g"))].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));

const months = (ceiling: number, spentUntil: number): BudgetMonthRow[] => {
  const rows: BudgetMonthRow[] = [];
  let cumulativePlanned = 0;
  let cumulativeSpent = 0;
  for (let month = 1; month <= 12; month++) {
    const planned = ceiling / 12;
    const spent = month <= spentUntil ? ceiling / 20 : 0;
    cumulativePlanned += planned;
    cumulativeSpent += spent;
    rows.push({
      month,
      planned,
      spent,
      cumulativePlanned,
      cumulativeSpent,
      plannedPercent: Math.round((cumulativePlanned / ceiling) * 10_000) / 100,
      absorptionPercent: Math.round((cumulativeSpent / ceiling) * 10_000) / 100,
    });
  }
  return rows;
};

describe("AbsorptionBar", () => {
  it("writes the percentage the Indonesian way beside a bar of that length", () => {
    const html = render(<AbsorptionBar percent={72.35} testId="bar" />);
    expect(html).toContain('data-percent="72.35"');
    expect(html).toContain("72,35%");
    expect(html).toContain("width:72.35%");
  });

  it("fills the bar at 100% and beyond, and shows a dash without a ceiling", () => {
    expect(render(<AbsorptionBar percent={104.5} />)).toContain("width:100%");
    const none = render(<AbsorptionBar percent={null} testId="bar" />);
    expect(none).toContain(id["common.none"]);
    expect(none).not.toContain("%");
    expect(render(<AbsorptionBar percent={null} withText={false} />)).toBe("");
  });
});

describe("BudgetTotals", () => {
  const totals = { ceiling: 1_850_000_000, committed: 120_000_000, spent: 1_402_500_000, remaining: 327_500_000, absorptionPercent: 75.81 };

  it("shows each amount in rupiah with its exact value, and the absorption", () => {
    const html = render(<BudgetTotals totals={totals} />);
    for (const key of ["ceiling", "committed", "spent", "remaining"] as const) {
      expect(attributes(html, `budget-total-${key}`, "data-amount")).toEqual([String(totals[key])]);
      expect(html).toContain(formatRupiah(totals[key]));
    }
    expect(html).toContain(id["budget.overview.total.remainingHint"]);
    expect(attributes(html, "budget-total-absorption", "data-percent")).toEqual(["75.81"]);
    expect(html).toContain("75,81%");
  });

  it("shows no figure before the answer arrives", () => {
    const html = render(<BudgetTotals totals={null} />);
    expect(attributes(html, "budget-total-ceiling", "data-amount")).toEqual([""]);
    expect(html).not.toContain("Rp");
  });
});

describe("AbsorptionChart", () => {
  it("draws cumulative spending to the months begun against the whole year's plan, named by a sentence", () => {
    const rows = months(1_200_000_000, 11);
    const html = render(<AbsorptionChart year={2026} months={rows} begun={11} />);
    expect(html).toContain('role="img"');
    expect(attributes(html, "budget-chart-point", "data-month")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    expect(attributes(html, "budget-chart-point", "data-value").map(Number)).toEqual(rows.slice(0, 11).map((r) => r.cumulativeSpent));
    expect(html).toContain('data-testid="budget-chart-planned"');
    const title = /<title[^>]*>(.*?)<\/title>/.exec(html)?.[1] ?? "";
    expect(title).toContain("November");
    expect(title).toContain(formatRupiah(rows[10]!.cumulativeSpent));
    expect(title).toContain("55%");
    // The axis in short rupiah, the months by name.
    expect(html).toContain("Rp 1,2");
    expect(html).toContain(">Des<");
  });

  it("has a data table of all twelve months as its text alternative", () => {
    const rows = months(1_200_000_000, 11);
    const html = render(<AbsorptionChart year={2026} months={rows} begun={11} />);
    expect(attributes(html, "budget-month-row", "data-month")).toHaveLength(12);
    expect(attributes(html, "budget-month-row", "data-cumulative-planned").map(Number)).toEqual(rows.map((r) => r.cumulativePlanned));
    expect(html).toContain(id["budget.overview.month.col.cumulativeSpent"]);
    expect(html).toContain(">Desember<");
    expect(html).toContain(formatRupiah(1_200_000_000));
  });

  it("draws no spent line for a year not begun, and says so", () => {
    const html = render(<AbsorptionChart year={2027} months={months(600_000_000, 0)} begun={0} />);
    expect(html).not.toContain('data-testid="budget-chart-spent"');
    expect(attributes(html, "budget-chart-point", "data-month")).toEqual([]);
    expect(html).toContain(formatRupiah(600_000_000));
    expect(html).toContain(id["budget.overview.chart.altNone"].split("{")[0]!.trim().replace(/:$/, ""));
  });
});

describe("BudgetLinesTable", () => {
  const line = (over: Partial<BudgetLineRow>): BudgetLineRow => ({
    id: "l1",
    accountCode: "5.1.02.02.12.0001",
    name: "Pelatihan teknis",
    ceiling: 100_000_000,
    committed: 10_000_000,
    spent: 60_000_000,
    remaining: 30_000_000,
    absorptionPercent: 60,
    unit: null,
    programme: null,
    ...over,
  });

  it("links each line to its page, names whose money it is, and writes every amount", () => {
    const html = render(
      <BudgetLinesTable
        loading={false}
        lines={[
          line({ programme: { id: "p1", title: "Pelatihan Pelayanan Prima" } }),
          line({ id: "l2", accountCode: "5.1.02.04.01.0001", name: "Perjalanan dinas", unit: { id: "u1", name: "Dinas Kesehatan" }, absorptionPercent: null, ceiling: 0, spent: 0 }),
        ]}
      />,
    );
    expect(attributes(html, "budget-line-link", "href")).toEqual(["/budget/lines/l1", "/budget/lines/l2"]);
    expect(texts(html, "budget-line-link")).toEqual(["Pelatihan teknis", "Perjalanan dinas"]);
    expect(texts(html, "budget-line-unit")).toEqual([id["budget.overview.line.agencyWide"], "Dinas Kesehatan"]);
    expect(texts(html, "budget-line-programme")).toEqual(["Pelatihan Pelayanan Prima"]);
    expect(attributes(html, "budget-line-spent", "data-amount")).toEqual(["60000000", "0"]);
    expect(texts(html, "budget-line-remaining")).toEqual([formatRupiah(30_000_000), formatRupiah(30_000_000)]);
    expect(attributes(html, "budget-line-absorption", "data-percent")).toEqual(["60", ""]);
  });

  it("says when there is no line", () => {
    expect(render(<BudgetLinesTable loading={false} lines={[]} />)).toContain(id["budget.overview.lines.none"]);
  });
});

describe("CostEffectivenessTable", () => {
  const row = (programmeId: string, costPerParticipantJp: number | null, gainPerMillionRupiah: number | null): ProgrammeCostRow => ({
    programme: { id: programmeId, title: `Program ${programmeId}`, kind: "TECHNICAL_GUIDANCE" },
    cost: 50_000_000,
    participants: 30,
    participantJp: costPerParticipantJp === null ? 0 : 720,
    costPerParticipantJp,
    meanNGain: gainPerMillionRupiah === null ? null : 0.45,
    gainPerMillionRupiah,
    gapsAddressed: 0,
    costPerGapAddressed: null,
  });

  it("lists the cheapest per participant-JP first, the programmes without a figure last, with a note saying why", () => {
    const html = render(<CostEffectivenessTable loading={false} programmes={[row("a", 90_000, 2.1), row("b", null, null), row("c", 45_500, 30.25)]} />);
    expect(attributes(html, "cost-per-participant-jp", "data-value")).toEqual(["45500", "90000", ""]);
    expect(texts(html, "cost-programme")).toEqual(["Program c", "Program a", "Program b"]);
    expect(html).toContain(formatRupiah(45_500));
    expect(html).toContain("30,25");
    // A dash points to its footnote, whose text a screen reader also reads in place.
    expect(html).toContain('data-missing="1"');
    expect(html).toContain(id["budget.overview.cost.note.perJp"]);
    expect(html).toContain(id["budget.overview.cost.note.gain"]);
    expect(html).toContain(id["budget.overview.cost.note.gap"]);
  });

  it("says when no programme has spending", () => {
    expect(render(<CostEffectivenessTable loading={false} programmes={[]} />)).toContain(id["budget.overview.cost.none"]);
  });
});
