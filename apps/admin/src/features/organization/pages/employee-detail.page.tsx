import { useMutation, useQuery } from "@apollo/client/react";
import { App, Breadcrumb, Button, Descriptions, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from "antd";
import { ArrowLeftOutlined, EditOutlined, StopOutlined } from "@ant-design/icons";
import { findRank, formatNip, parseNip, rankLabel } from "@bina/domain";
import dayjs from "dayjs";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { DeactivateEmployeeDocument, EmployeeDocument } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { NotFound } from "../../../ui/not-found";
import { EmployeeLedger } from "../../compliance";
import { evictEmployeeLists } from "../components/evict-lists";
import { useUnits } from "../components/use-units";
import { unitPath } from "../lib/unit-tree";

/** One employee, every field, with edit and deactivate for those who may change data. */
export function EmployeeDetailPage() {
  const t = useT();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canEdit } = useAuth();
  const { units } = useUnits();
  const { data, loading, error } = useQuery(EmployeeDocument, { variables: { id } });
  const [deactivate, deactivation] = useMutation(DeactivateEmployeeDocument, { update: evictEmployeeLists });

  const employee = data?.employee;
  if (loading && !employee) return <Skeleton active />;
  if (error && !employee) return <ApiErrorAlert error={error} />;
  if (!employee) return <NotFound backTo="/employees" />;

  const rank = findRank(employee.rank.code);
  const path = unitPath(units, employee.unit.id);
  const nip = employee.employmentType === "PNS" ? parseNip(employee.nip) : null;
  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const dateTime = (iso: string) => dayjs(iso).format(t("format.dateTime"));
  const empty = <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;

  const onDeactivate = async () => {
    // A stale version (STALE_VERSION) or an employee already deactivated elsewhere (ALREADY_INACTIVE) are CONFLICTs.
    const result = await deactivate({ variables: { id: employee.id, version: employee.version } }).catch((e: unknown) => {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
      return null;
    });
    if (result?.data) void message.success(t("employee.deactivated", { name: employee.name }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/employees">{t("employees.title")}</Link> }, { title: employee.name }]} />
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space align="center" wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} aria-label={t("common.back")} />
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="employee-name">
            {employee.name}
          </Typography.Title>
          {employee.active ? (
            <Tag color="green" data-testid="employee-status">{t("employees.status.active")}</Tag>
          ) : (
            <Tag data-testid="employee-status">{t("employees.status.inactive")}</Tag>
          )}
        </Space>
        {canEdit && employee.active && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/employees/${employee.id}/edit`)} data-testid="employee-edit">
              {t("common.edit")}
            </Button>
            <Popconfirm
              title={t("employee.deactivate.confirmTitle", { name: employee.name })}
              description={t("employee.deactivate.confirmText")}
              okText={t("employee.deactivate.action")}
              okButtonProps={{ danger: true, "data-testid": "deactivate-confirm" }}
              cancelText={t("common.cancel")}
              onConfirm={onDeactivate}
            >
              <Button danger icon={<StopOutlined />} loading={deactivation.loading} data-testid="employee-deactivate">
                {t("employee.deactivate.action")}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" data-testid="employee-details">
        <Descriptions.Item label={employee.employmentType === "PNS" ? t("employee.field.nip") : t("employee.field.pppkNumber")}>
          <span data-testid="employee-nip" style={{ fontVariantNumeric: "tabular-nums" }}>
            {formatNip(employee.nip)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.employmentType")}>{t(`enum.EmploymentType.${employee.employmentType}`)}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.birthDate")}>
          <span data-testid="employee-birth-date">{date(employee.birthDate)}</span>{" "}
          <Typography.Text type="secondary">{t("employee.derivedFromNip")}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.gender")}>
          <span data-testid="employee-gender">{t(`enum.Gender.${employee.gender}`)}</span>{" "}
          <Typography.Text type="secondary">{t("employee.derivedFromNip")}</Typography.Text>
        </Descriptions.Item>
        {nip?.ok && (
          <Descriptions.Item label={t("employee.field.appointmentMonth")}>
            {dayjs(`${nip.value.appointmentMonth}-01`).format(t("format.month"))}{" "}
            <Typography.Text type="secondary">{t("employee.derivedFromNip")}</Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("employee.field.rank")}>
          <span data-testid="employee-rank">{rank ? rankLabel(rank) : employee.rank.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.positionKind")}>{t(`enum.PositionKind.${employee.positionKind}`)}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.positionTitle")}>{employee.positionTitle}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.functionalGrade")}>
          {employee.functionalGrade ? t(`enum.FunctionalGrade.${employee.functionalGrade}`) : empty}
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.unit")} span="filled">
          <span data-testid="employee-unit-path">
            {(path.length ? path.map((u) => u.name) : [employee.unit.name]).join(" › ")}
          </span>{" "}
          <Typography.Text type="secondary">
            ({employee.unit.code} · {t(`enum.UnitKind.${employee.unit.kind}`)})
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("employee.field.email")}>{employee.email ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.phone")}>{employee.phone ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.createdAt")}>{dateTime(employee.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.updatedAt")}>{dateTime(employee.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("employee.field.version")} span="filled">
          {employee.version}
        </Descriptions.Item>
      </Descriptions>
      <EmployeeLedger employeeId={employee.id} />
    </Space>
  );
}
