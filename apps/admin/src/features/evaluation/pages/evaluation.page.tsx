import { useMemo, useState } from "react";
import { Flex, Select, Space, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { useT } from "../../../i18n/i18n-context";
import { withFilters } from "../../../ui/cursor-list";
import type { ActionDraft } from "../components/action-form-modal";
import { ActionsCard } from "../components/actions-card";
import { EffectivenessCard } from "../components/effectiveness-card";
import { jakartaToday } from "../lib/evaluation-figures";
import { parseEvaluationParams, toEvaluationSearchParams, type EvaluationParams } from "../lib/evaluation-params";

/**
 * Evaluation (`/evaluation?year=&status=&source=&after=`): the year's programmes across the four Kirkpatrick levels
 * (reaction, learning, behaviour, results) and the improvement actions opened from their findings. A batch's own four
 * levels and its follow-ups are at `/evaluation/batches/:batchId` (linked from the delivery batch page).
 */
export function EvaluationPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseEvaluationParams(searchParams), [searchParams]);
  const currentYear = useMemo(() => Number(jakartaToday(new Date()).slice(0, 4)), []);
  const year = params.year ?? currentYear;
  const years = useMemo(() => [...new Set([currentYear - 2, currentYear - 1, currentYear, year])].sort((a, b) => b - a), [currentYear, year]);
  const go = (next: EvaluationParams) => setSearchParams(toEvaluationSearchParams(next));
  const [draft, setDraft] = useState<ActionDraft | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="evaluation-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("evaluation.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("evaluation.hint")}</Typography.Text>
      <Flex align="center" gap="small" wrap>
        <label htmlFor="evaluation-year">{t("evaluation.year")}</label>
        <Select<number>
          id="evaluation-year"
          data-testid="evaluation-year"
          aria-label={t("evaluation.year")}
          value={year}
          onChange={(y) => go(withFilters(params, { year: y === currentYear ? null : y }))}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
      </Flex>
      <EffectivenessCard key={year} year={year} onFinding={setDraft} />
      <ActionsCard params={params} go={go} draft={draft} onDraft={setDraft} />
    </Space>
  );
}
