import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Flex, Row, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { FileAddOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useNavigate } from "react-router-dom";
import { EmployeeJpLedgerDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useNumberFormat } from "../../../ui/use-number-format";
import { jakartaYear, ledgerYears } from "../lib/compliance-params";
import { LedgerStatusTag, WarningTag } from "./ledger-tags";

type Entry = NonNullable<ReturnType<typeof useLedger>["data"]>["jpLedger"]["entries"][number];

const useLedger = (employeeId: string, year: number) => useQuery(EmployeeJpLedgerDocument, { variables: { employeeId, year }, fetchPolicy: "cache-and-network" });

/** An employee's JP ledger for a year (earned, pending, planned, status, every entry), shown on the employee's page. */
export function EmployeeLedger({ employeeId }: { readonly employeeId: string }) {
  const t = useT();
  const number = useNumberFormat();
  const { canEdit } = useAuth();
  const navigate = useNavigate();
  const currentYear = useMemo(() => jakartaYear(new Date()), []);
  const [year, setYear] = useState(currentYear);
  const { data, previousData, loading, error } = useLedger(employeeId, year);
  const ledger = (data ?? previousData)?.jpLedger;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));

  const columns: TableColumnsType<Entry> = [
    { key: "title", title: t("compliance.record.title"), render: (_, e) => <span data-testid="ledger-entry-title">{e.title}</span> },
    { key: "kind", title: t("compliance.record.kind"), render: (_, e) => t(`enum.DevelopmentKind.${e.kind}`) },
    { key: "source", title: t("compliance.ledger.source"), render: (_, e) => t(`enum.JpEntrySource.${e.source}`) },
    { key: "dates", title: t("compliance.record.period"), render: (_, e) => t("compliance.record.periodValue", { from: date(e.startedOn), to: date(e.endedOn) }) },
    { key: "jp", title: t("compliance.record.jp"), align: "right", render: (_, e) => <span data-testid="ledger-entry-jp">{number(e.jp)}</span> },
    {
      key: "verified",
      title: t("compliance.col.status"),
      render: (_, e) =>
        e.verified ? <Tag color="green">{t("compliance.ledger.verified")}</Tag> : <Tag>{t("compliance.ledger.unverified")}</Tag>,
    },
  ];

  return (
    <Card
      data-testid="employee-ledger"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("compliance.ledger.title", { year })}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <Select<number>
            id="ledger-year"
            data-testid="ledger-year"
            aria-label={t("compliance.ledger.year")}
            value={year}
            onChange={setYear}
            options={ledgerYears(currentYear, year).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {canEdit && (
            <Button icon={<FileAddOutlined />} onClick={() => void navigate(`/compliance/records/new?employee=${employeeId}`)} data-testid="ledger-record">
              {t("compliance.ledger.record")}
            </Button>
          )}
        </Space>
      }
    >
      <ApiErrorAlert error={error} testId="ledger-error" />
      {ledger && (
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t("compliance.ledger.earned")} value={number(ledger.earnedJp)} data-testid="ledger-earned-jp" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("compliance.ledger.pending")} value={number(ledger.pendingJp)} data-testid="ledger-pending-jp" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("compliance.ledger.planned")} value={number(ledger.plannedJp)} data-testid="ledger-planned-jp" />
            </Col>
            <Col xs={12} md={6}>
              <Flex vertical gap={4}>
                <Space wrap>
                  <LedgerStatusTag status={ledger.status} testId="ledger-status" />
                  <WarningTag warning={ledger.warning} testId="ledger-warning" />
                </Space>
                <Typography.Text type="secondary">
                  {ledger.capJp !== null
                    ? t("compliance.ledger.cap", { jp: number(ledger.capJp) })
                    : t("compliance.ledger.required", { jp: number(ledger.requiredJp) })}
                </Typography.Text>
                {ledger.shortfallJp > 0 && (
                  <Typography.Text strong data-testid="ledger-shortfall">
                    {t("compliance.ledger.shortfall", { jp: number(ledger.shortfallJp) })}
                  </Typography.Text>
                )}
              </Flex>
            </Col>
          </Row>
          <Table<Entry>
            data-testid="ledger-entries"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={[...ledger.entries]}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("compliance.ledger.noEntries") }}
          />
        </Space>
      )}
    </Card>
  );
}
