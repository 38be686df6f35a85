import { useMemo } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Button, Card, Col, Empty, Flex, Popconfirm, Progress, Row, Space, Statistic, Typography } from "antd";
import { CheckCircleOutlined } from "@ant-design/icons";
import { explainSelection } from "@bina/domain";
import dayjs from "dayjs";
import { AdoptPlanDocument, type PlanDetailFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useNumberFormat } from "../../../ui/use-number-format";
import { ceilingUsedPercent } from "../lib/plan-chart";
import { planFactLines } from "../lib/plan-facts";
import { evictPlans } from "./evict-planning";
import { PlanChart } from "./plan-chart";
import { PlanItemsTable } from "./plan-items-table";
import { MethodTag, PlanStatusTag } from "./plan-status-tag";

interface PlanViewProps {
  readonly plan: PlanDetailFragment;
  readonly canAdopt: boolean;
}

/** One version of a plan: what the optimiser chose within the ceiling, what it left out and why. */
export function PlanView({ plan, canAdopt }: PlanViewProps) {
  const t = useT();
  const num = useNumberFormat();
  const { message } = App.useApp();
  const [adopt, adopting] = useMutation(AdoptPlanDocument, { update: evictPlans });
  const selected = plan.items.filter((i) => i.selected);
  const leftOut = plan.items.filter((i) => !i.selected);

  // How much more ceiling each left-out candidate would need: the domain's explanation of the same choice.
  const extraBudget = useMemo(() => {
    const left = explainSelection(
      plan.items.map((i) => ({ id: i.candidateId, cost: i.cost, value: i.value, mandatory: i.mandatory })),
      {
        selectedIds: plan.items.filter((i) => i.selected).map((i) => i.candidateId),
        totalCost: plan.totalCost,
        totalValue: plan.totalValue,
        remaining: plan.remaining,
        method: plan.method,
      },
    );
    return new Map(left.map((l) => [l.id, l.extraBudgetNeeded]));
  }, [plan]);

  const onAdopt = async () => {
    const result = await adopt({ variables: { id: plan.id } }).catch((e: unknown) => {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      return null;
    });
    if (result?.data) void message.success(t("plan.adopted", { version: plan.version }));
  };

  return (
    <Card
      data-testid="plan-view"
      data-plan-id={plan.id}
      title={
        <Space wrap>
          <span data-testid="plan-title">{t("plan.versionTitle", { version: plan.version, year: plan.year })}</span>
          <PlanStatusTag status={plan.status} />
          <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
            {t("plan.createdAt", { date: dayjs(plan.createdAt).format(t("format.dateTime")) })}
          </Typography.Text>
        </Space>
      }
      extra={
        canAdopt &&
        plan.status === "DRAFT" && (
          <Popconfirm
            title={t("plan.adoptConfirm", { version: plan.version })}
            description={t("plan.adoptHint")}
            okText={t("plan.adopt")}
            cancelText={t("common.cancel")}
            okButtonProps={{ "data-testid": "plan-adopt-confirm" }}
            onConfirm={onAdopt}
          >
            <Button type="primary" icon={<CheckCircleOutlined />} loading={adopting.loading} data-testid="plan-adopt">
              {t("plan.adopt")}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Space orientation="vertical" size="large" style={{ width: "100%" }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t("plan.ceiling")} value={formatRupiah(plan.ceiling)} data-testid="plan-ceiling-value" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t("plan.totalCost")} value={formatRupiah(plan.totalCost)} data-testid="plan-total-cost" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t("plan.totalValue")} value={num(plan.totalValue, 2)} data-testid="plan-total-value" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t("plan.remaining")} value={formatRupiah(plan.remaining)} data-testid="plan-remaining" />
          </Col>
        </Row>
        <Progress
          aria-label={t("plan.ceilingUsed", { percent: num(ceilingUsedPercent(plan.totalCost, plan.ceiling), 1) })}
          percent={ceilingUsedPercent(plan.totalCost, plan.ceiling)}
          format={(p) => t("plan.ceilingUsed", { percent: num(p ?? 0, 1) })}
          strokeColor="#1d6f42"
        />
        <Flex gap="small" align="start" wrap>
          <MethodTag method={plan.method} />
          <Typography.Text type="secondary">{t(`plan.methodHelp.${plan.method}`)}</Typography.Text>
        </Flex>
        <ul data-testid="plan-explanation" style={{ margin: 0, paddingInlineStart: 20 }}>
          {planFactLines(plan.explanation, t, num).map((line) => (
            <li key={line}>
              <Typography.Text>{line}</Typography.Text>
            </li>
          ))}
        </ul>
        <div>
          <Typography.Title level={5}>{t("plan.chart.title")}</Typography.Title>
          {plan.items.length > 0 ? <PlanChart items={plan.items} /> : <Empty description={t("plan.noItems")} />}
        </div>
        <div>
          <Typography.Title level={5}>{t("plan.selected", { count: selected.length })}</Typography.Title>
          <PlanItemsTable items={selected} testId="plan-selected" />
        </div>
        <div>
          <Typography.Title level={5}>{t("plan.leftOut", { count: leftOut.length })}</Typography.Title>
          <PlanItemsTable items={leftOut} testId="plan-left-out" extraBudget={extraBudget} explainReasons />
        </div>
      </Space>
    </Card>
  );
}
