import { useMemo } from "react";
import { Card, Col, Descriptions, Row, Space, Statistic, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import dayjs from "dayjs";
import type { BatchEvaluationQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { type CursorParams } from "../../../ui/cursor-list";
import { CursorPager, useCursorList } from "../../../ui/cursor-pager";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { useNumberFormat } from "../../../ui/use-number-format";
import { ANSWER_SCALE_MAX, barPercent, chartMax, nGainBars, percentOf, skpBars } from "../lib/evaluation-figures";
import { BarChart } from "./bar-chart";
import { NGainTag } from "./evaluation-tags";
import { PersonCell } from "../../../ui/person-cell";

export type BatchEvaluationData = BatchEvaluationQuery["batchEvaluation"];
type QuestionRow = BatchEvaluationData["reaction"]["questions"][number];
type NGainRow = BatchEvaluationData["learning"]["nGains"]["edges"][number]["node"];

const N_GAIN_COLORS = { HIGH: "#237804", MEDIUM: "#ad6800", LOW: "#a8071a", NA: "#595959" } as const;
const SKP_COLORS = { improved: "#237804", unchanged: "#0958d9", worsened: "#a8071a", unknown: "#595959" } as const;

/** A figure with two decimals in the reader's language, "—" when missing. */
const useFigure = () => {
  const t = useT();
  const number = useNumberFormat();
  return (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? t("common.none") : number(value, digits));
};

/** Level 1: the reaction forms answered, the mean per aspect and per speaker (charts), and per question. */
export function ReactionCard({ reaction }: { readonly reaction: BatchEvaluationData["reaction"] }) {
  const t = useT();
  const figure = useFigure();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const questionColumns: TableColumnsType<QuestionRow> = [
    { key: "aspect", title: t("evaluation.reaction.aspect"), render: (_, q) => t(`enum.ReactionAspect.${q.aspect}`) },
    { key: "text", title: t("evaluation.reaction.question"), render: (_, q) => <span style={{ display: "block", maxWidth: 460 }}>{q.text}</span> },
    { key: "mean", title: t("evaluation.mean"), align: "end", render: (_, q) => figure(q.mean) },
    { key: "answers", title: t("evaluation.answers"), align: "end", dataIndex: "answers" },
  ];
  return (
    <Card title={t("evaluation.level.reaction")} data-testid="eval-reaction">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={8}>
            <Statistic title={t("evaluation.reaction.overall")} value={figure(reaction.overall)} data-testid="reaction-overall" />
          </Col>
          <Col xs={12} md={8}>
            <Statistic
              title={t("evaluation.respondents")}
              value={t("evaluation.ofInvited", { answered: reaction.answered, invited: reaction.invited })}
              data-testid="reaction-respondents"
              data-answered={reaction.answered}
            />
          </Col>
        </Row>
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={12}>
            <BarChart
              testId="reaction-aspects-chart"
              caption={t("evaluation.reaction.perAspect")}
              labelHeader={t("evaluation.reaction.aspect")}
              valueHeader={t("evaluation.meanOfScale", { max: ANSWER_SCALE_MAX })}
              max={ANSWER_SCALE_MAX}
              rows={reaction.aspects.map((a) => ({ key: a.aspect, label: t(`enum.ReactionAspect.${a.aspect}`), value: a.mean, text: figure(a.mean) }))}
            />
          </Col>
          <Col xs={24} lg={12}>
            <BarChart
              testId="reaction-speakers-chart"
              caption={t("evaluation.reaction.perSpeaker")}
              labelHeader={t("evaluation.reaction.speaker")}
              valueHeader={t("evaluation.meanOfScale", { max: ANSWER_SCALE_MAX })}
              max={ANSWER_SCALE_MAX}
              emptyText={t("evaluation.reaction.noSpeakers")}
              rows={reaction.speakers.map((s, i) => ({
                key: s.speaker?.id ?? String(i),
                label: s.speaker ? `${s.speaker.name} (${s.speaker.institution})` : t("common.none"),
                value: s.mean,
                text: figure(s.mean),
              }))}
            />
          </Col>
        </Row>
        <div ref={scrollable}>
          <Table<QuestionRow>
            data-testid="reaction-questions"
            rowKey="key"
            size="small"
            columns={questionColumns}
            dataSource={[...reaction.questions]}
            pagination={false}
            scroll={{ x: "max-content" }}
          />
        </div>
      </Space>
    </Card>
  );
}

/** Level 2: pre- and post-test means, the N-gain distribution (chart) and the participants' N-gains (paged). */
export function LearningCard({
  learning,
  page,
  onPage,
  loading,
}: {
  readonly learning: BatchEvaluationData["learning"];
  readonly page: CursorParams;
  readonly onPage: (page: CursorParams) => void;
  readonly loading: boolean;
}) {
  const t = useT();
  const number = useNumberFormat();
  const figure = useFigure();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const connection = learning.nGains;
  const list = useCursorList({ params: page, go: onPage, pageInfo: connection.pageInfo, loading });
  const bars = useMemo(() => nGainBars(learning), [learning]);
  const counted = learning.high + learning.medium + learning.low + learning.undefinedGain;
  const columns: TableColumnsType<NGainRow> = [
    {
      key: "employee",
      title: t("evaluation.learning.participant"),
      render: (_, r) =>
        r.employee ? (
          <PersonCell employee={r.employee} testId="n-gain-name" />
        ) : (
          t("common.none")
        ),
    },
    { key: "pre", title: t("evaluation.learning.pre"), align: "end", render: (_, r) => figure(r.pre, 1) },
    { key: "post", title: t("evaluation.learning.post"), align: "end", render: (_, r) => figure(r.post, 1) },
    { key: "gain", title: t("evaluation.learning.nGain"), align: "end", render: (_, r) => figure(r.nGain) },
    { key: "category", title: t("evaluation.learning.category"), render: (_, r) => <NGainTag category={r.category} testId="n-gain-row-category" /> },
  ];
  return (
    <Card title={t("evaluation.level.learning")} data-testid="eval-learning">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t("evaluation.learning.meanPre")} value={figure(learning.meanPre, 1)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t("evaluation.learning.meanPost")} value={figure(learning.meanPost, 1)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t("evaluation.learning.meanNGain")} value={figure(learning.meanNGain)} data-testid="learning-mean-n-gain" />
            <NGainTag category={learning.category} testId="learning-category" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t("evaluation.learning.withScores")}
              value={t("evaluation.ofParticipants", { count: learning.withScores, participants: learning.participants })}
            />
          </Col>
        </Row>
        <BarChart
          testId="n-gain-chart"
          caption={t("evaluation.learning.distribution")}
          labelHeader={t("evaluation.learning.category")}
          valueHeader={t("evaluation.learning.participants")}
          max={chartMax(bars)}
          rows={bars.map((b) => {
            const percent = percentOf(b.value ?? 0, counted);
            return {
              key: b.key,
              label: b.key === "NA" ? t("evaluation.learning.notApplicable") : t(`enum.NGainCategory.${b.key}`),
              value: b.value,
              color: N_GAIN_COLORS[b.key],
              text: percent === null ? number(b.value ?? 0) : t("evaluation.countPercent", { count: number(b.value ?? 0), percent: number(percent, 1) }),
            };
          })}
        />
        <div ref={scrollable}>
          <Table<NGainRow>
            data-testid="n-gain-table"
            rowKey={(r, i) => r.employee?.id ?? String(i)}
            size="small"
            columns={columns}
            dataSource={connection.edges.map((e) => e.node)}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("evaluation.learning.none") }}
          />
        </div>
        <CursorPager testIdPrefix="n-gains" list={list} total={t("evaluation.learning.total", { count: number(connection.totalCount) })} />
      </Space>
    </Card>
  );
}

type BehaviourRole = BatchEvaluationData["behaviour"]["alumnus"];

/** Level 3: the follow-up date, the forms answered, and the alumni's and superiors' means (chart) per statement. */
export function BehaviourCard({ behaviour }: { readonly behaviour: BatchEvaluationData["behaviour"] }) {
  const t = useT();
  const figure = useFigure();
  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const roles: readonly ["ALUMNUS" | "SUPERIOR", BehaviourRole][] = [
    ["ALUMNUS", behaviour.alumnus],
    ["SUPERIOR", behaviour.superior],
  ];
  return (
    <Card title={t("evaluation.level.behaviour")} data-testid="eval-behaviour">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="behaviour-summary">
          <Descriptions.Item label={t("evaluation.behaviour.dueOn")}>
            <span data-testid="behaviour-due-on">{behaviour.dueOn ? date(behaviour.dueOn) : t("common.none")}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("evaluation.respondents")}>
            <span data-testid="behaviour-respondents">{t("evaluation.ofInvited", { answered: behaviour.answered, invited: behaviour.invited })}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("evaluation.behaviour.gap")}>{figure(behaviour.superiorMinusAlumnus)}</Descriptions.Item>
        </Descriptions>
        <BarChart
          testId="behaviour-chart"
          caption={t("evaluation.behaviour.byRole")}
          labelHeader={t("evaluation.behaviour.role")}
          valueHeader={t("evaluation.meanOfScale", { max: ANSWER_SCALE_MAX })}
          max={ANSWER_SCALE_MAX}
          rows={roles.map(([role, r]) => ({
            key: role,
            label: t("evaluation.behaviour.roleLine", { role: t(`enum.EvaluationRole.${role}`), answered: r.respondents, invited: r.invited }),
            value: r.mean,
            text: figure(r.mean),
            color: role === "ALUMNUS" ? "#0958d9" : "#531dab",
          }))}
        />
        <Row gutter={[24, 16]}>
          {roles.map(([role, r]) => (
            <Col xs={24} lg={12} key={role}>
              <BarChart
                testId={`behaviour-${role.toLowerCase()}-chart`}
                caption={t("evaluation.behaviour.perStatement", { role: t(`enum.EvaluationRole.${role}`) })}
                labelHeader={t("evaluation.behaviour.statement")}
                valueHeader={t("evaluation.meanOfScale", { max: ANSWER_SCALE_MAX })}
                max={ANSWER_SCALE_MAX}
                rows={r.questions.map((q) => ({ key: q.key, label: q.text, value: q.mean, text: figure(q.mean) }))}
              />
            </Col>
          ))}
        </Row>
      </Space>
    </Card>
  );
}

type UnitRow = BatchEvaluationData["results"]["units"][number];
type IkmPoint = NonNullable<UnitRow["before"]>;

/** IKM runs from 25 to 100 (PermenPANRB 14/2017): a bar shows the whole scale. */
const IKM_MAX = 100;

/** Level 4: the alumni's SKP predikat from the year before to the batch's year (chart), and the service units' IKM around the batch. */
export function ResultsCard({ results }: { readonly results: BatchEvaluationData["results"] }) {
  const t = useT();
  const number = useNumberFormat();
  const figure = useFigure();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { skp } = results;
  const bars = skpBars(skp);
  const point = (p: IkmPoint | null) =>
    p ? t("evaluation.results.ikmPoint", { ikm: figure(p.ikm), band: p.band ?? t("common.none"), period: p.period.code, respondents: number(p.respondents) }) : t("common.none");
  const unitColumns: TableColumnsType<UnitRow> = [
    { key: "unit", title: t("evaluation.results.serviceUnit"), render: (_, u) => <span data-testid="ikm-unit-name">{u.serviceUnit.name}</span> },
    { key: "before", title: t("evaluation.results.ikmBefore"), render: (_, u) => point(u.before) },
    { key: "after", title: t("evaluation.results.ikmAfter"), render: (_, u) => point(u.after) },
    {
      key: "bars",
      title: t("evaluation.results.ikmBars"),
      render: (_, u) => (
        <div aria-hidden style={{ width: 140 }}>
          {[u.before, u.after].map((p, i) => (
            <div key={i} style={{ background: "#f0f0f0", height: 8, marginBlock: 2, borderRadius: 2 }}>
              <div style={{ background: i === 0 ? "#8c8c8c" : "#0958d9", height: 8, borderRadius: 2, width: `${barPercent(p?.ikm ?? null, IKM_MAX)}%` }} />
            </div>
          ))}
        </div>
      ),
    },
    {
      key: "change",
      title: t("evaluation.results.ikmChange"),
      align: "end",
      render: (_, u) => <span data-testid="ikm-unit-change">{u.change === null ? t("common.none") : `${u.change > 0 ? "+" : ""}${number(u.change, 2)}`}</span>,
    },
  ];
  return (
    <Card title={t("evaluation.level.results")} data-testid="eval-results">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("evaluation.results.skpHint", { before: skp.yearBefore, after: skp.yearAfter, alumni: skp.alumni })}</Typography.Text>
        <BarChart
          testId="skp-chart"
          caption={t("evaluation.results.skp", { before: skp.yearBefore, after: skp.yearAfter })}
          labelHeader={t("evaluation.results.change")}
          valueHeader={t("evaluation.results.alumni")}
          max={Math.max(1, skp.alumni)}
          rows={bars.map((b) => {
            const percent = percentOf(b.value, skp.alumni);
            return {
              key: b.key,
              label: t(`evaluation.results.skp.${b.key}`),
              value: b.value,
              color: SKP_COLORS[b.key],
              text: percent === null ? number(b.value) : t("evaluation.countPercent", { count: number(b.value), percent: number(percent, 1) }),
            };
          })}
        />
        <Typography.Text strong>{t("evaluation.results.ikmTitle")}</Typography.Text>
        <Typography.Text type="secondary">{t("evaluation.results.ikmHint")}</Typography.Text>
        <div ref={scrollable}>
          <Table<UnitRow>
            data-testid="ikm-units"
            rowKey={(u) => u.serviceUnit.id}
            size="small"
            columns={unitColumns}
            dataSource={[...results.units]}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("evaluation.results.ikmNone") }}
          />
        </div>
      </Space>
    </Card>
  );
}
