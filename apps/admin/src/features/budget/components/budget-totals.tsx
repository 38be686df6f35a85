import { Card, Col, Row, Statistic } from "antd";
import { formatRupiah } from "@bina/domain";
import { useT } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/id";
import { useNumberFormat } from "../../../ui/use-number-format";
import { AbsorptionBar } from "./absorption-bar";

/** The year's totals as the API sums them (BudgetTotals). */
export interface BudgetTotalsData {
  readonly ceiling: number;
  readonly committed: number;
  readonly spent: number;
  readonly remaining: number;
  readonly absorptionPercent: number | null;
}

const AMOUNTS = [
  { key: "ceiling", label: "budget.overview.total.ceiling", hint: "budget.overview.total.ceilingHint" },
  { key: "committed", label: "budget.overview.total.committed", hint: "budget.overview.total.committedHint" },
  { key: "spent", label: "budget.overview.total.spent", hint: "budget.overview.total.spentHint" },
  { key: "remaining", label: "budget.overview.total.remaining", hint: "budget.overview.total.remainingHint" },
] as const satisfies readonly { key: keyof BudgetTotalsData; label: MessageKey; hint: MessageKey }[];

/**
 * The year's totals in five cards: ceiling (pagu), committed, spent (realisasi), remaining (sisa = pagu − realisasi −
 * terikat) and absorption (serapan). Each amount carries its exact value in `data-amount` (what the browser test reads).
 */
export function BudgetTotals({ totals }: { readonly totals: BudgetTotalsData | null }) {
  const t = useT();
  const number = useNumberFormat();
  return (
    <Row gutter={[16, 16]} data-testid="budget-totals">
      {AMOUNTS.map((a) => (
        <Col key={a.key} xs={24} sm={12} lg={8} xl={{ flex: "20%" }}>
          <Card size="small" style={{ height: "100%" }}>
            <Statistic
              title={t(a.label)}
              loading={!totals}
              value={totals ? formatRupiah(totals[a.key]) : "–"}
              styles={{ content: { fontSize: 20, fontVariantNumeric: "tabular-nums" } }}
              data-testid={`budget-total-${a.key}`}
              data-amount={totals ? totals[a.key] : ""}
            />
            <div style={{ color: "rgba(0,0,0,0.65)", fontSize: 12, marginTop: 4 }}>{t(a.hint)}</div>
          </Card>
        </Col>
      ))}
      <Col xs={24} sm={12} lg={8} xl={{ flex: "20%" }}>
        <Card size="small" style={{ height: "100%" }}>
          <Statistic
            title={t("budget.overview.total.absorption")}
            loading={!totals}
            value={totals ? (totals.absorptionPercent === null ? t("common.none") : t("budget.overview.percent", { percent: number(totals.absorptionPercent, 2) })) : "–"}
            styles={{ content: { fontSize: 20, fontVariantNumeric: "tabular-nums" } }}
            data-testid="budget-total-absorption"
            data-percent={totals?.absorptionPercent ?? ""}
          />
          {totals && <AbsorptionBar percent={totals.absorptionPercent} withText={false} />}
        </Card>
      </Col>
    </Row>
  );
}
