import { useRef, useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, AutoComplete, Button, Col, Descriptions, Form, Input, Row, Select, Space, Typography } from "antd";
import { formatRupiah } from "@bina/domain";
import { Link } from "react-router-dom";
import { BudgetLineProgrammesDocument, CreateBudgetLineDocument, UpdateBudgetLineDocument, type BudgetLineEditableFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { FormModal } from "../../../ui/form-modal";
import type { FieldCodes } from "../../../ui/form-problems";
import { RupiahInput } from "../../../ui/rupiah-input";
import { useFormProblems } from "../../../ui/use-form-problems";
import { UnitTreeSelect } from "../../organization";
import {
  accountName,
  accountOptions,
  BUDGET_LINE_ALIASES,
  BUDGET_LINE_FIELDS,
  checkBudgetLine,
  createBudgetLineInput,
  defaultPlan,
  initialLineValues,
  LINE_NAME_MAX,
  planAfterChange,
  updateBudgetLineInput,
  updateChangesLine,
  type BudgetLineField,
  type BudgetLineFormValues,
} from "../lib/budget-line-form";
import { evictBudgetFigures } from "./evict-budget-line";
import { MonthlyPlanFields } from "./monthly-plan-fields";

interface BudgetLineFormModalProps {
  /** The fiscal year of a new line (the page's); an edited line keeps its own. */
  readonly fiscalYear: number;
  /** The line to edit (name, programme, plan, with its version); a new line otherwise. */
  readonly line: BudgetLineEditableFragment | null;
  readonly onClose: () => void;
  /** After a new line is saved: its id. */
  readonly onCreated?: (id: string) => void;
}

/** A duplicate (CONFLICT DUPLICATE_CODE) goes beside the name or the programme it names, like any bad input. */
const FIELD_CODES: FieldCodes<BudgetLineField> = (facts) => facts.code === "BAD_USER_INPUT" || facts.domainCode === "DUPLICATE_CODE";

/**
 * Sets up a budget line of the year (ADMIN): the APBD account (one of the domain's typical accounts or a code of the
 * same shape), its name, the ceiling, the programme it funds and the unit whose money it is (both optional), and the
 * monthly plan, which the domain's disbursementPlan splits from the ceiling until a month is typed. In edit mode the
 * name, programme and plan change with the version read; the ceiling is read-only (it changes only by a revision).
 * The server's field errors show beside their field; a stale version above the form.
 */
export function BudgetLineFormModal({ fiscalYear, line, onClose, onCreated }: BudgetLineFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<BudgetLineFormValues>();
  const year = line?.fiscalYear ?? fiscalYear;
  const initialValues = initialLineValues(line);
  const [values, setValues] = useState<BudgetLineFormValues>(initialValues);
  // An edited line's plan is its own; a new line's follows the ceiling until a month is typed.
  const [planOwn, setPlanOwn] = useState(line !== null);
  const planOwnRef = useRef(planOwn);
  // Someone changed the line since it was read (CONFLICT STALE_VERSION): the user may load it again and keep the form.
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  planOwnRef.current = planOwn;
  const problems = useFormProblems(BUDGET_LINE_FIELDS, () => checkBudgetLine(form.getFieldsValue(true) as BudgetLineFormValues, line), BUDGET_LINE_ALIASES, FIELD_CODES);
  const programmes = useQuery(BudgetLineProgrammesDocument, { variables: { year } });
  const options = {
    update: evictBudgetFigures,
    refetchQueries: line ? ["BudgetLineDetail"] : ["BudgetOverview"],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CreateBudgetLineDocument, options);
  const [update, updating] = useMutation(UpdateBudgetLineDocument, options);
  const ceiling = line ? line.ceiling : values.ceiling;

  const programmeOptions = (programmes.data?.programmes.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }));
  // The line's programme stays pickable even if the list has not come (or leaves it out).
  if (line?.programme && !programmeOptions.some((o) => o.value === line.programme!.id)) programmeOptions.unshift({ value: line.programme.id, label: line.programme.title });

  const sync = () => setValues({ ...(form.getFieldsValue(true) as BudgetLineFormValues) });

  const resplit = () => {
    form.setFieldsValue({ plannedByMonth: defaultPlan(ceiling) });
    setPlanOwn(false);
    sync();
    problems.changed(["plannedByMonth"]);
  };

  /** Server errors beside their fields, in this form's words where the API's code says less (a duplicate, another year). */
  const failed = (e: unknown) => {
    const facts = apiErrorFacts(e);
    const isStale = facts.length > 0 && facts.every((f) => f.domainCode === "STALE_VERSION");
    setStale(isStale);
    // A stale version alone has its own warning (with the reload) instead of the general alert.
    if (isStale) return;
    problems.serverFailed(e);
    for (const f of facts) {
      const field = (f.field ?? "").split(".").at(-1);
      if (f.domainCode === "DUPLICATE_CODE" && field === "name") problems.setProblem("name", { key: "budget.lineForm.duplicateName", params: { year } });
      if (f.domainCode === "DUPLICATE_CODE" && field === "programmeId") problems.setProblem("programmeId", { key: "budget.lineForm.duplicateProgramme" });
      if (f.reason === "OTHER_YEAR" && field === "programmeId") problems.setProblem("programmeId", { key: "budget.lineForm.programmeOtherYear", params: { year } });
      if (f.reason === "PLAN_NOT_CEILING") problems.setProblem("plannedByMonth", { key: "budget.lineForm.planNotCeiling" });
    }
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as BudgetLineFormValues;
    try {
      if (line) {
        const input = updateBudgetLineInput(v, line);
        if (updateChangesLine(input)) await update({ variables: { input } });
        void message.success(t("budget.lineForm.saved"));
        onClose();
      } else {
        const result = await create({ variables: { input: createBudgetLineInput(v, year) } });
        void message.success(t("budget.lineForm.created"));
        onClose();
        if (result.data) onCreated?.(result.data.createBudgetLine.id);
      }
    } catch (e) {
      failed(e);
    }
  };

  /** Loads the line again (its new version, ceiling and plan as saved by the other change); the form keeps what was typed. */
  const reload = async () => {
    setReloading(true);
    try {
      await client.refetchQueries({ include: ["BudgetLineDetail"] });
      setStale(false);
      problems.changed([]);
    } finally {
      setReloading(false);
    }
  };

  const revisionsLink = (
    <Link to={`/budget/revisions?year=${year}`} data-testid="line-form-revision-link">
      {t("budget.lineForm.requestRevision")}
    </Link>
  );

  return (
    <FormModal
      width={860}
      title={line ? t("budget.lineForm.editTitle", { account: line.accountCode, name: line.name }) : t("budget.lineForm.newTitle", { year })}
      okText={line ? t("common.save") : t("budget.lineForm.create")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creating.loading || updating.loading}
      testIdPrefix="line"
      hint={
        <Space orientation="vertical" size="small" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t(line ? "budget.lineForm.editHint" : "budget.lineForm.newHint", { year })}</Typography.Text>
          {stale && (
            <Alert
              type="warning"
              showIcon
              data-testid="line-form-stale"
              title={t("budget.lineForm.stale")}
              action={
                <Button size="small" onClick={() => void reload()} loading={reloading} data-testid="line-form-reload">
                  {t("budget.lineForm.reload")}
                </Button>
              }
            />
          )}
        </Space>
      }
    >
      <Form<BudgetLineFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed: Partial<BudgetLineFormValues>) => {
          const all = form.getFieldsValue(true) as BudgetLineFormValues;
          const next = planAfterChange(changed, all, planOwnRef.current);
          if (next.plan) form.setFieldsValue({ plannedByMonth: next.plan });
          if (next.edited !== planOwnRef.current) setPlanOwn(next.edited);
          sync();
          problems.changed(next.plan ? [...Object.keys(changed), "plannedByMonth"] : Object.keys(changed));
        }}
      >
        {line ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} data-testid="line-form-fixed">
            <Descriptions.Item label={t("budget.line.fiscalYear")}>{line.fiscalYear}</Descriptions.Item>
            <Descriptions.Item label={t("budget.lineForm.field.accountCode")}>{line.accountCode}</Descriptions.Item>
            <Descriptions.Item label={t("budget.line.unit")}>{line.unit ? line.unit.name : t("budget.line.agencyWide")}</Descriptions.Item>
            <Descriptions.Item label={t("budget.lineForm.field.ceiling")}>
              <Typography.Text strong data-testid="line-form-ceiling" data-amount={line.ceiling}>
                {formatRupiah(line.ceiling)}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("budget.lineForm.ceilingByRevision")} {revisionsLink}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t("budget.line.fiscalYear")} htmlFor="fiscalYear">
                <Input id="fiscalYear" value={String(year)} disabled data-testid="line-fiscal-year" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="accountCode"
                label={t("budget.lineForm.field.accountCode")}
                required
                extra={accountName(values.accountCode) ?? t("budget.lineForm.accountHelp")}
                {...problems.feedback("accountCode")}
              >
                <AutoComplete
                  id="accountCode"
                  data-testid="line-account-code"
                  options={accountOptions()}
                  showSearch={{ filterOption: (input, option) => (option?.label ?? "").toLowerCase().includes(input.trim().toLowerCase()) }}
                  placeholder={t("budget.lineForm.accountPlaceholder")}
                  onBlur={problems.leave("accountCode")}
                  popupMatchSelectWidth={520}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t("budget.lineForm.field.name")} required {...problems.feedback("name")}>
              <Input id="name" data-testid="line-name" autoComplete="off" maxLength={LINE_NAME_MAX} showCount onBlur={problems.leave("name")} />
            </Form.Item>
          </Col>
          {!line && (
            <Col xs={24} md={12}>
              <Form.Item
                name="ceiling"
                label={t("budget.lineForm.field.ceiling")}
                required
                extra={typeof values.ceiling === "number" && Number.isSafeInteger(values.ceiling) ? formatRupiah(values.ceiling) : t("budget.lineForm.ceilingHelp")}
                {...problems.feedback("ceiling")}
              >
                <RupiahInput id="ceiling" onBlur={problems.leave("ceiling")} status={problems.feedback("ceiling").validateStatus} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="programmeId" label={t("budget.lineForm.field.programme")} extra={t("budget.lineForm.programmeHelp", { year })} {...problems.feedback("programmeId")}>
              <Select<string>
                id="programmeId"
                data-testid="line-programme"
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                loading={programmes.loading}
                placeholder={t("budget.lineForm.noProgramme")}
                options={programmeOptions}
                notFoundContent={programmes.loading ? t("common.loading") : t("budget.lineForm.noProgrammes", { year })}
                onBlur={problems.leave("programmeId")}
              />
            </Form.Item>
          </Col>
          {!line && (
            <Col xs={24} md={12}>
              <Form.Item name="unitId" label={t("budget.line.unit")} extra={t("budget.lineForm.unitHelp")} {...problems.feedback("unitId")}>
                <UnitTreeSelect id="unitId" data-testid="line-unit" allowClear placeholder={t("budget.line.agencyWide")} onBlur={problems.leave("unitId")} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <MonthlyPlanFields
          ceiling={ceiling}
          plan={values.plannedByMonth}
          feedback={problems.feedback("plannedByMonth")}
          own={planOwn}
          onResplit={resplit}
          onLeave={problems.leave("plannedByMonth")}
        />
      </Form>
    </FormModal>
  );
}
