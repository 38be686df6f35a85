import { Button, Card, Col, Descriptions, Empty, Progress, Row, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { formatNip, jpmRules } from "@bina/domain";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import type { EmployeeNeedsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { GapsTable } from "./gaps-table";
import { assessmentSourceOptions, levelLabel } from "./needs-enum-options";
import { CompetencyLabel, MappingBandTag, PredikatTag, SelectionBandTag } from "./needs-tags";

type Needs = NonNullable<EmployeeNeedsQuery["employeeNeeds"]>;
type Assessment = Needs["employee"]["assessments"]["edges"][number]["node"];

interface EmployeeNeedsViewProps {
  readonly needs: Needs;
  readonly canEdit: boolean;
  readonly onRecordAssessment: (competencyId: string | null) => void;
  readonly onRecordSkp: () => void;
}

/** One employee in one year: gaps against the position's standards, JPM, SKP and every assessment ever recorded. */
export function EmployeeNeedsView({ needs, canEdit, onRecordAssessment, onRecordSkp }: EmployeeNeedsViewProps) {
  const t = useT();
  const num = useNumberFormat();
  const { employee, jobPersonMatch: jpm, skp } = needs;
  const history = employee.assessments.edges.map((e) => e.node);
  const sources = new Map(assessmentSourceOptions(t).map((o) => [o.value, o.label]));
  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const dateTime = (iso: string) => dayjs(iso).format(t("format.dateTime"));
  const jpmColor = jpm ? (jpm.mappingBand === "OPTIMAL" ? "#52c41a" : jpm.mappingBand === "CUKUP_OPTIMAL" ? "#faad14" : "#ff4d4f") : undefined;

  const historyColumns: TableColumnsType<Assessment> = [
    { key: "assessedOn", title: t("assessments.field.assessedOn"), render: (_, a) => date(a.assessedOn) },
    { key: "competency", title: t("needs.priorities.competency"), render: (_, a) => <CompetencyLabel competency={a.competency} /> },
    { key: "level", title: t("assessments.field.level"), render: (_, a) => levelLabel(a.level) },
    { key: "source", title: t("assessments.field.source"), render: (_, a) => sources.get(a.source) ?? a.source },
    { key: "cycleYear", title: t("assessments.field.cycleYear"), dataIndex: "cycleYear" },
    { key: "recordedAt", title: t("assessments.field.recordedAt"), render: (_, a) => dateTime(a.recordedAt) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="employee-needs">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t("employee.field.name")}>
          <Link to={`/employees/${employee.id}`} data-testid="needs-employee-name">
            {employee.name}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.nip")}>
          <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatNip(employee.nip)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.position")}>
          {employee.positionTitle} ({t(`enum.PositionKind.${employee.positionKind}`)}
          {employee.functionalGrade ? ` · ${t(`enum.FunctionalGrade.${employee.functionalGrade}`)}` : ""})
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.unit")}>{employee.unit.name}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t("needs.jpm.title")} data-testid="jpm-card" style={{ height: "100%" }}>
            {jpm ? (
              <Space size="large" align="center" wrap>
                <Progress type="dashboard" percent={Math.min(100, jpm.percent)} strokeColor={jpmColor} format={() => `${num(jpm.percent, 2)}%`} size={110} />
                <Space orientation="vertical" size="small">
                  <span data-testid="jpm-percent">{t("needs.jpm.percent", { percent: num(jpm.percent, 2) })}</span>
                  <Space size="small" wrap>
                    <Typography.Text type="secondary">{t("needs.jpm.mapping")}</Typography.Text>
                    <MappingBandTag band={jpm.mappingBand} />
                  </Space>
                  <Space size="small" wrap>
                    <Typography.Text type="secondary">{t("needs.jpm.selection")}</Typography.Text>
                    <SelectionBandTag band={jpm.selectionBand} />
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("needs.jpm.bands", {
                      optimal: jpmRules.mappingOptimalMin,
                      cukup: jpmRules.mappingCukupOptimalMin,
                    })}
                  </Typography.Text>
                </Space>
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="jpm-none">
                {t("needs.jpm.none")}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card
            size="small"
            title={t("skp.cardTitle", { year: needs.year })}
            data-testid="skp-card"
            style={{ height: "100%" }}
            extra={
              canEdit && (
                <Button size="small" icon={<EditOutlined />} onClick={onRecordSkp} data-testid="skp-record">
                  {skp ? t("skp.change") : t("skp.record")}
                </Button>
              )
            }
          >
            {skp ? (
              <Space orientation="vertical" size="small">
                <Space size="small">
                  <PredikatTag predikat={skp.predikat} />
                  <Typography.Text type="secondary" data-testid="skp-year">
                    {t("skp.year", { year: skp.year })}
                  </Typography.Text>
                </Space>
                <Typography.Text>
                  {t("skp.field.resultRating")}: {t(`enum.SkpRating.${skp.resultRating}`)}
                </Typography.Text>
                <Typography.Text>
                  {t("skp.field.behaviourRating")}: {t(`enum.SkpRating.${skp.behaviourRating}`)}
                </Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="skp-none">
                {t("skp.none")}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t("needs.gap.title")}
        extra={
          canEdit && (
            <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => onRecordAssessment(null)} data-testid="assessment-new">
              {t("assessments.new")}
            </Button>
          )
        }
      >
        <GapsTable
          gaps={needs.gaps}
          testId="gaps-table"
          action={
            canEdit
              ? (g) => (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => onRecordAssessment(g.competency.id)} data-testid="gap-record">
                    {t("assessments.recordShort")}
                  </Button>
                )
              : undefined
          }
        />
      </Card>
      <Card size="small" title={t("assessments.history")}>
        <Table<Assessment>
          data-testid="assessment-history"
          rowKey="id"
          size="small"
          columns={historyColumns}
          dataSource={history}
          pagination={history.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <Empty description={t("assessments.noHistory")} /> }}
        />
        {employee.assessments.totalCount > history.length && (
          <Typography.Text type="warning" data-testid="assessment-history-more">
            {t("assessments.historyMore", { shown: history.length, count: employee.assessments.totalCount })}
          </Typography.Text>
        )}
      </Card>
    </Space>
  );
}
