import { useMemo } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Breadcrumb, Button, Card, Col, Form, Input, Row, Select, Skeleton, Space, Typography } from "antd";
import { findRank, formatNip, normalizeNipInput } from "@bina/domain";
import { Link, useNavigate, useParams } from "react-router-dom";
import {
  CreateEmployeeDocument,
  EmployeeDocument,
  UpdateEmployeeDocument,
  type EmployeeDetailFragment,
  type EmploymentType,
  type FunctionalGrade,
  type PositionKind,
} from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { NotFound } from "../../../ui/not-found";
import { useFormProblems } from "../../../ui/use-form-problems";
import { employmentTypeOptions, functionalGradeOptions, positionKindOptions, rankOptions } from "../components/enum-options";
import { evictEmployeeLists } from "../components/evict-lists";
import { UnitTreeSelect } from "../components/unit-tree-select";
import {
  checkEmployee,
  EMPLOYEE_FIELD_ALIASES,
  EMPLOYEE_FORM_FIELDS,
  employeeFieldable,
  type EmployeeFormValues as BaseValues,
} from "../lib/employee-form-errors";

interface EmployeeFormValues extends BaseValues {
  employmentType?: EmploymentType;
  positionKind?: PositionKind;
  functionalGrade?: FunctionalGrade | null;
}

const EMPTY_VALUES: EmployeeFormValues = { nip: "", name: "", positionTitle: "", email: "", phone: "" };

const valuesOf = (e: EmployeeDetailFragment): EmployeeFormValues => ({
  nip: formatNip(e.nip),
  name: e.name,
  employmentType: e.employmentType,
  rankCode: e.rank.code,
  positionKind: e.positionKind,
  positionTitle: e.positionTitle,
  functionalGrade: e.functionalGrade,
  unitId: e.unit.id,
  email: e.email ?? "",
  phone: e.phone ?? "",
});

/** Create (`/employees/new`) or edit (`/employees/:id/edit`) an employee. */
export function EmployeeFormPage() {
  const { id } = useParams();
  const t = useT();
  const { data, loading, error } = useQuery(EmployeeDocument, { variables: { id: id ?? "" }, skip: !id });
  if (!id) return <EmployeeForm />;
  if (loading && !data) return <Skeleton active />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  if (!data?.employee) return <NotFound backTo="/employees" />;
  if (!data.employee.active) return <Alert type="warning" showIcon title={t("employee.form.inactive")} />;
  return <EmployeeForm employee={data.employee} />;
}

function EmployeeForm({ employee }: { readonly employee?: EmployeeDetailFragment }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmployeeFormValues>();
  const editing = employee !== undefined;
  const initialValues = useMemo(() => (employee ? valuesOf(employee) : EMPTY_VALUES), [employee]);

  // Problems show for fields the user has left (blur) and, after a submit, for all fields.
  const problems = useFormProblems(
    EMPLOYEE_FORM_FIELDS,
    () => checkEmployee(form.getFieldsValue(true) as EmployeeFormValues).problems,
    EMPLOYEE_FIELD_ALIASES,
    employeeFieldable,
  );
  const { feedback, leave } = problems;

  const employmentType = Form.useWatch("employmentType", form);
  const positionKind = Form.useWatch("positionKind", form);

  const [createEmployee, creation] = useMutation(CreateEmployeeDocument, { update: evictEmployeeLists });
  const [updateEmployee, update] = useMutation(UpdateEmployeeDocument, { update: evictEmployeeLists });

  const onValuesChange = (changed: Partial<EmployeeFormValues>) => {
    if (changed.employmentType !== undefined) {
      const rank = findRank(form.getFieldValue("rankCode") ?? "");
      if (rank && rank.employmentType !== changed.employmentType) form.setFieldValue("rankCode", undefined);
    }
    if (changed.positionKind !== undefined && changed.positionKind !== "FUNGSIONAL") {
      form.setFieldValue("functionalGrade", null);
    }
    problems.changed(Object.keys(changed));
  };

  const onFinish = async () => {
    const values = form.getFieldsValue(true) as EmployeeFormValues;
    const { problems: found, valid } = checkEmployee(values);
    if (!problems.validateAll() || !valid || !values.unitId) {
      const firstProblem = EMPLOYEE_FORM_FIELDS.find((f) => found[f]);
      if (firstProblem) form.scrollToField(firstProblem, { focus: true });
      return;
    }
    const unitId = values.unitId;
    try {
      if (employee) {
        const result = await updateEmployee({
          variables: {
            input: {
              id: employee.id,
              version: employee.version,
              name: valid.name,
              rankCode: valid.rankCode,
              positionKind: valid.positionKind,
              positionTitle: valid.positionTitle,
              functionalGrade: valid.functionalGrade,
              unitId,
              // On update null keeps the stored value; an empty string clears it.
              email: valid.email ?? "",
              phone: valid.phone ?? "",
            },
          },
        });
        if (result.data) {
          void message.success(t("employee.form.saved"));
          void navigate(`/employees/${result.data.updateEmployee.id}`);
        }
      } else {
        const result = await createEmployee({
          variables: {
            input: {
              nip: valid.nip,
              name: valid.name,
              employmentType: valid.employmentType,
              rankCode: valid.rankCode,
              positionKind: valid.positionKind,
              positionTitle: valid.positionTitle,
              functionalGrade: valid.functionalGrade,
              unitId,
              email: valid.email,
              phone: valid.phone,
            },
          },
        });
        if (result.data) {
          void message.success(t("employee.form.created"));
          void navigate(`/employees/${result.data.createEmployee.id}`);
        }
      }
    } catch (e) {
      const [first] = problems.serverFailed(e);
      if (first) form.scrollToField(first, { focus: true });
    }
  };

  const saving = creation.loading || update.loading;
  const generalMessages = [...new Set(problems.general.map((f) => errorMessage(t, f)))];
  const title = editing ? t("employee.form.editTitle", { name: employee.name }) : t("employee.form.createTitle");

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Breadcrumb
        items={[
          { title: <Link to="/employees">{t("employees.title")}</Link> },
          ...(employee ? [{ title: <Link to={`/employees/${employee.id}`}>{employee.name}</Link> }] : []),
          { title: editing ? t("common.edit") : t("employees.new") },
        ]}
      />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {generalMessages.length > 0 && (
        <Alert type="error" showIcon role="alert" data-testid="form-error" title={generalMessages.join(" · ")} />
      )}
      <Card>
        <Form<EmployeeFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
          requiredMark={(label, { required }) => (
            <>
              {label}
              {!required && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                  {t("common.optional")}
                </Typography.Text>
              )}
            </>
          )}
          scrollToFirstError
          data-testid="employee-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="employmentType"
                label={t("employee.field.employmentType")}
                required
                extra={editing ? t("employee.form.fixedAfterCreate") : undefined}
                {...feedback("employmentType")}
              >
                <Select<EmploymentType>
                  id="employmentType"
                  data-testid="employmentType"
                  disabled={editing}
                  options={employmentTypeOptions(t)}
                  onBlur={leave("employmentType")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="nip"
                label={employmentType === "PPPK" ? t("employee.field.pppkNumber") : t("employee.field.nip")}
                required
                extra={editing ? t("employee.form.fixedAfterCreate") : t("employee.form.nipHelp")}
                {...feedback("nip")}
              >
                <Input
                  id="nip"
                  data-testid="nip"
                  inputMode="numeric"
                  autoComplete="off"
                  disabled={editing}
                  maxLength={30}
                  onBlur={(e) => {
                    // Show the customary grouping once the 18 digits are complete.
                    const digits = normalizeNipInput(e.target.value);
                    if (/^[0-9]{18}$/.test(digits)) form.setFieldValue("nip", formatNip(digits));
                    leave("nip")();
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t("employee.field.name")} required {...feedback("name")}>
                <Input id="name" data-testid="name" autoComplete="off" onBlur={leave("name")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="rankCode" label={t("employee.field.rank")} required {...feedback("rankCode")}>
                <Select<string>
                  id="rankCode"
                  data-testid="rankCode"
                  showSearch={{ optionFilterProp: "label" }}
                  options={rankOptions(t, employmentType)}
                  onBlur={leave("rankCode")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="positionKind" label={t("employee.field.positionKind")} required {...feedback("positionKind")}>
                <Select<PositionKind>
                  id="positionKind"
                  data-testid="positionKind"
                  options={positionKindOptions(t)}
                  onBlur={leave("positionKind")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {positionKind === "FUNGSIONAL" && (
                <Form.Item name="functionalGrade" label={t("employee.field.functionalGrade")} required {...feedback("functionalGrade")}>
                  <Select<FunctionalGrade>
                    id="functionalGrade"
                    data-testid="functionalGrade"
                    options={functionalGradeOptions(t)}
                    onBlur={leave("functionalGrade")}
                  />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="positionTitle" label={t("employee.field.positionTitle")} required {...feedback("positionTitle")}>
                <Input id="positionTitle" data-testid="positionTitle" autoComplete="off" onBlur={leave("positionTitle")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitId" label={t("employee.field.unit")} required {...feedback("unitId")}>
                <UnitTreeSelect id="unitId" data-testid="unitId" onBlur={leave("unitId")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t("employee.field.email")} {...feedback("email")}>
                <Input id="email" data-testid="email" type="email" autoComplete="off" onBlur={leave("email")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t("employee.field.phone")} {...feedback("phone")}>
                <Input id="phone" data-testid="phone" type="tel" autoComplete="off" onBlur={leave("phone")} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="employee-submit">
              {editing ? t("common.save") : t("employee.form.create")}
            </Button>
            <Button onClick={() => void navigate(employee ? `/employees/${employee.id}` : "/employees")}>{t("common.cancel")}</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
