import type { ReactNode } from "react";
import { Button, Col, Form, Row, Space, Typography } from "antd";
import { formatRupiah } from "@bina/domain";
import { useLanguage, useT } from "../../../i18n/i18n-context";
import { RupiahInput } from "../../../ui/rupiah-input";
import { monthName } from "../lib/budget-figures";
import { MONTHS, planBalance } from "../lib/budget-line-form";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;

/**
 * (No icons here: the component test renders it in Node, where @ant-design/icons does not load.)
 *
 * The months' sum against the ceiling, in the domain's rupiah: equal (the plan can be saved), or what is still to plan,
 * or how much is planned over the ceiling.
 */
export function PlanBalance({ plan, ceiling }: { readonly plan: ReadonlyArray<number | null> | undefined; readonly ceiling: number | null | undefined }) {
  const t = useT();
  const { sum, difference } = planBalance(plan, ceiling);
  const status = difference === null ? null : difference === 0 ? "equal" : difference > 0 ? "under" : "over";
  return (
    <Space size="small" wrap data-testid="plan-balance" data-sum={sum} data-difference={difference ?? ""} data-status={status ?? ""} aria-live="polite">
      <Typography.Text>
        {difference === null ? t("budget.lineForm.planSumNoCeiling", { sum: formatRupiah(sum) }) : t("budget.lineForm.planSum", { sum: formatRupiah(sum), ceiling: formatRupiah(ceiling as number) })}
      </Typography.Text>
      {status === "equal" && (
        <Typography.Text type="success">
          {t("budget.lineForm.planEqual")}
        </Typography.Text>
      )}
      {status === "under" && (
        <Typography.Text type="danger">
          {t("budget.lineForm.planUnder", { amount: formatRupiah(difference as number) })}
        </Typography.Text>
      )}
      {status === "over" && (
        <Typography.Text type="danger">
          {t("budget.lineForm.planOver", { amount: formatRupiah(-(difference as number)) })}
        </Typography.Text>
      )}
    </Space>
  );
}

interface MonthlyPlanFieldsProps {
  /** The ceiling the plan must add up to (null while a new line has none). */
  readonly ceiling: number | null | undefined;
  /** The plan as the form holds it (January..December). */
  readonly plan: ReadonlyArray<number | null> | undefined;
  /** `validateStatus` and `help` of the plan as a whole (its problem: a month missing, the sum not the ceiling). */
  readonly feedback: { validateStatus?: "error"; help?: ReactNode };
  /** Whether the plan is the user's own (typed months) rather than the domain's split of the ceiling. */
  readonly own: boolean;
  /** Split the ceiling again by the domain's default profile. */
  readonly onResplit: () => void;
  readonly onLeave: () => void;
}

/**
 * The planned disbursement (rencana penarikan): one whole-rupiah input per month, inside the line's form (fields
 * `plannedByMonth[0..11]`), with the sum against the ceiling and a button that splits the ceiling again by the domain's
 * default profile.
 */
export function MonthlyPlanFields({ ceiling, plan, feedback, own, onResplit, onLeave }: MonthlyPlanFieldsProps) {
  const t = useT();
  const { language } = useLanguage();
  const locale = LOCALES[language];
  return (
    <Form.Item label={t("budget.lineForm.field.plannedByMonth")} required extra={t(own ? "budget.lineForm.planOwnHint" : "budget.lineForm.planDefaultHint")} {...feedback}>
      <Space orientation="vertical" size="small" style={{ width: "100%" }}>
        <Row gutter={[12, 0]} data-testid="plan-months">
          {Array.from({ length: MONTHS }, (_, i) => (
            <Col key={i} xs={12} sm={8} md={6}>
              <Form.Item name={["plannedByMonth", i]} label={monthName(i + 1, locale, "long")} style={{ marginBottom: 8 }} htmlFor={`plannedByMonth-${i + 1}`}>
                <RupiahInput id={`plannedByMonth-${i + 1}`} onBlur={onLeave} status={feedback.validateStatus} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Space wrap size="middle">
          <PlanBalance plan={plan} ceiling={ceiling} />
          <Button size="small" onClick={onResplit} disabled={typeof ceiling !== "number"} data-testid="plan-resplit">
            {t("budget.lineForm.planResplit")}
          </Button>
        </Space>
      </Space>
    </Form.Item>
  );
}
