import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Flex, Result, Select, Skeleton, Space, Tag, Typography } from "antd";
import { ArrowLeftOutlined, PlusOutlined, ScheduleOutlined } from "@ant-design/icons";
import { BEHAVIOUR_RULES } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { BatchEvaluationDocument, ScheduleBatchEvaluationsDocument } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { afterOf, type CursorParams } from "../../../ui/cursor-list";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { ActionFormModal, type ActionDraft } from "../components/action-form-modal";
import { evictBatchEvaluation } from "../components/evict-evaluation";
import { InvitationsCard } from "../components/invitations-card";
import { BehaviourCard, LearningCard, ReactionCard, ResultsCard } from "../components/level-cards";
import { parseInvitationParams, toInvitationSearchParams, type InvitationParams } from "../lib/evaluation-params";

const N_GAIN_PAGE_SIZE = 20;
const MONTHS = Array.from({ length: BEHAVIOUR_RULES.maxMonths - BEHAVIOUR_RULES.minMonths + 1 }, (_, i) => BEHAVIOUR_RULES.minMonths + i);

/**
 * One batch's evaluation (`/evaluation/batches/:batchId?level=&status=&after=`): the four levels on one page (reaction per
 * aspect and speaker, the N-gain distribution and the participants' scores, the behaviour follow-ups, the alumni's
 * SKP), and the follow-ups' progress: scheduling the personal links (administrators and unit operators, for a completed
 * batch) and the list of forms with who has not answered yet.
 */
export default function BatchEvaluationPage() {
  const t = useT();
  const { message } = App.useApp();
  const { batchId = "" } = useParams();
  const { canEdit } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseInvitationParams(searchParams), [searchParams]);
  const go = (next: InvitationParams) => setSearchParams(toInvitationSearchParams(next), { preventScrollReset: true });
  const [nGainPage, setNGainPage] = useState<CursorParams>({ cursors: [] });
  const wanted = useMemo(() => ({ batchId, first: N_GAIN_PAGE_SIZE, after: afterOf(nGainPage) }), [batchId, nGainPage]);
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(BatchEvaluationDocument, { variables, notifyOnNetworkStatusChange: true });
  const [schedule, scheduling] = useMutation(ScheduleBatchEvaluationsDocument, { update: evictBatchEvaluation });
  const [months, setMonths] = useState<number>(BEHAVIOUR_RULES.followUpMonths);
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const evaluation = (data ?? previousData)?.batchEvaluation;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  if (!evaluation) {
    if (loading) return <Skeleton active />;
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        <ApiErrorAlert error={error} />
        {!error && <Result status="404" title={t("evaluation.batch.notFound")} extra={<Link to="/evaluation">{t("evaluation.batch.back")}</Link>} />}
        {error && <Link to="/evaluation">{t("evaluation.batch.back")}</Link>}
      </Space>
    );
  }
  const { batch } = evaluation;
  const completed = batch.status === "COMPLETED" || batch.status === "EVALUATED";

  const runSchedule = async () => {
    try {
      const r = await schedule({ variables: { batchId: batch.id, behaviourMonths: months } });
      const s = r.data?.scheduleBatchEvaluations;
      if (s) {
        void message.success(
          t("evaluation.schedule.done", { created: s.created, reaction: s.reactionInvitations, behaviour: s.behaviourInvitations, date: date(s.behaviourOpensOn) }),
        );
      }
    } catch (e) {
      const facts = apiErrorFacts(e)[0] ?? { message: "" };
      void message.error(facts.domainCode === "BATCH_NOT_COMPLETED" ? t("evaluation.schedule.notCompleted") : errorMessage(t, facts));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="batch-evaluation-page" data-batch-id={batch.id}>
      <Flex gap="middle" wrap>
        <Link to="/evaluation">
          <ArrowLeftOutlined /> {t("evaluation.batch.back")}
        </Link>
        <Link to={`/delivery/batches/${batch.id}`} data-testid="evaluation-delivery-link">
          {t("evaluation.batch.toDelivery")}
        </Link>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="evaluation-batch-title">
            {t("evaluation.batch.title", { name: batch.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {batch.programme.title} · {date(batch.startsOn)} – {date(batch.endsOn)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Tag data-testid="evaluation-batch-status">{t(`enum.DeliveryState.${batch.status}`)}</Tag>
          {canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => setDraft({ batchId: batch.id, about: batch.name })} data-testid="batch-action-new">
              {t("evaluation.action.new")}
            </Button>
          )}
        </Space>
      </Flex>
      {canEdit && completed && (
        <Flex align="center" gap="small" wrap data-testid="schedule-bar">
          <Typography.Text>{t("evaluation.schedule.hint")}</Typography.Text>
          <Select<number>
            id="behaviour-months"
            data-testid="behaviour-months"
            aria-label={t("evaluation.schedule.months")}
            value={months}
            onChange={setMonths}
            options={MONTHS.map((m) => ({ value: m, label: t("evaluation.schedule.monthsOption", { months: m }) }))}
            style={{ width: 200 }}
          />
          <Button type="primary" icon={<ScheduleOutlined />} loading={scheduling.loading} onClick={() => void runSchedule()} data-testid="schedule-evaluations">
            {t("evaluation.schedule.button")}
          </Button>
        </Flex>
      )}
      <ApiErrorAlert error={error} />
      <ReactionCard reaction={evaluation.reaction} />
      <LearningCard learning={evaluation.learning} page={nGainPage} onPage={setNGainPage} loading={loading} />
      <BehaviourCard behaviour={evaluation.behaviour} />
      <ResultsCard results={evaluation.results} />
      <InvitationsCard batchId={batch.id} params={params} go={go} />
      {draft && <ActionFormModal action={null} draft={draft} onClose={() => setDraft(null)} />}
    </Space>
  );
}
