import { useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Form, Space, Typography } from "antd";
import { ThunderboltOutlined } from "@ant-design/icons";
import { selectProgrammesWithinBudget } from "@bina/domain";
import { RunPlanDocument, type CandidateItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { domainProblem } from "../../../ui/form-problems";
import { formatRupiah } from "../../../ui/format-rupiah";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkCeiling } from "../lib/planning-forms";
import { evictPlans } from "./evict-planning";
import { RupiahInput } from "../../../ui/rupiah-input";

interface PlanRunnerProps {
  readonly year: number;
  readonly candidates: readonly CandidateItemFragment[];
  readonly defaultCeiling: number | null;
  readonly onRan: (planId: string) => void;
}

const FIELDS = ["ceiling"] as const;
/** Problems the domain finds before the server is asked: they are about the ceiling itself. */
const CEILING_CODES = new Set(["MANDATORY_OVER_CEILING", "INVALID_CEILING"]);

/** The ceiling (pagu) and "Run optimiser": a new DRAFT version of the year's plan, the best value within the ceiling. */
export function PlanRunner({ year, candidates, defaultCeiling, onRan }: PlanRunnerProps) {
  const t = useT();
  const [ceiling, setCeiling] = useState<number | null>(defaultCeiling);
  const latest = useRef<number | null>(defaultCeiling);
  // Whatever the server says about the ceiling (MANDATORY_OVER_CEILING, ...) goes beside it.
  const problems = useFormProblems(FIELDS, () => checkCeiling(latest.current), {}, null);
  const [runPlan, running] = useMutation(RunPlanDocument, { update: evictPlans });
  const mandatoryCost = candidates.reduce((sum, c) => (c.mandatory ? sum + c.cost : sum), 0);

  const run = async () => {
    if (!problems.validateAll() || ceiling === null) return;
    // The optimiser's own rule, before the round trip: mandatory programmes must fit under the ceiling.
    const preview = selectProgrammesWithinBudget(
      candidates.map((c) => ({ id: c.id, cost: c.cost, value: c.value, mandatory: c.mandatory })),
      ceiling,
    );
    if (!preview.ok && CEILING_CODES.has(preview.error.code)) {
      problems.setProblem("ceiling", domainProblem(preview.error));
      return;
    }
    try {
      const result = await runPlan({ variables: { year, ceiling } });
      if (result.data) onRan(result.data.runPlan.id);
    } catch (e) {
      problems.serverFailed(e);
    }
  };

  const general = [...new Set(problems.general.map((f) => errorMessage(t, f)))];

  return (
    <Space orientation="vertical" size="small" style={{ width: "100%" }} data-testid="plan-runner">
      {general.length > 0 && <Alert type="error" showIcon role="alert" data-testid="plan-run-error" title={general.join(" · ")} />}
      <Form layout="vertical" onFinish={() => void run()}>
        <Form.Item
          label={t("plan.ceiling")}
          required
          extra={t("plan.ceilingHint", { amount: formatRupiah(mandatoryCost) })}
          {...problems.feedback("ceiling")}
          style={{ marginBottom: 8 }}
        >
          <Space wrap>
            <RupiahInput
              id="plan-ceiling"
              aria-label={t("plan.ceiling")}
              value={ceiling}
              onChange={(v) => {
                latest.current = v;
                setCeiling(v);
                problems.changed(["ceiling"]);
              }}
              onBlur={problems.leave("ceiling")}
              onPressEnter={() => void run()}
              status={problems.feedback("ceiling").validateStatus}
            />
            <Button type="primary" icon={<ThunderboltOutlined />} loading={running.loading} onClick={() => void run()} data-testid="plan-run">
              {t("plan.run")}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t("plan.runHint")}</Typography.Text>
    </Space>
  );
}
