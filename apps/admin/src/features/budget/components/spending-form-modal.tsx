import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { formatRupiah, SPEAKER_LEVELS, SPENDING_CATEGORIES, type SpeakerLevel, type SpendingCategory } from "@bina/domain";
import { RecordSpendingDocument, UpdateSpendingDocument, type BudgetLineHeaderFragment, type SpendingItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { RupiahInput } from "../../../ui/rupiah-input";
import { useFormProblems } from "../../../ui/use-form-problems";
import { jakartaToday } from "../lib/budget-figures";
import { budgetRefusalOfError, refusalProblem } from "../lib/budget-refusal";
import {
  categoryBasis,
  checkSpending,
  DOCUMENT_NUMBER_MAX,
  recordSpendingInput,
  SPENDING_ALIASES,
  SPENDING_DESCRIPTION_MAX,
  SPENDING_FIELDS,
  spendingWarnings,
  updateSpendingInput,
  type SpendingFormValues,
} from "../lib/spending-form";
import { evictBudgetFigures } from "./evict-budget-line";
import { useStandardLabel } from "./budget-refusal-problem";

interface SpendingFormModalProps {
  readonly line: BudgetLineHeaderFragment;
  /** The entry to edit (amount, date, texts); a new entry otherwise. */
  readonly spending: SpendingItemFragment | null;
  readonly onClose: () => void;
}

const dateValue = (value: string | null | undefined) => (value ? dayjs(value) : null);

/** A new entry's day: today in Jakarta when it is in the line's year, else none (the user picks one). */
const defaultDay = (fiscalYear: number): string | null => {
  const today = jakartaToday(new Date());
  return Number(today.slice(0, 4)) === fiscalYear ? today : null;
};

/**
 * Records a spending entry on a line (amount, date, description, document number; a category, with the basis of its
 * standard cost; a batch of the line's programme) or edits an entry's amount, date and texts with the version read.
 * The domain's canSpend and checkStandardCost warn before sending; the server decides under its lock, and its refusal
 * (BUDGET_EXCEEDED with what remains, ABOVE_STANDARD_COST with the standard) shows beside the amount.
 */
export function SpendingFormModal({ line, spending, onClose }: SpendingFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const standardLabel = useStandardLabel();
  const [form] = Form.useForm<SpendingFormValues>();
  const money = { ceiling: line.ceiling, spent: line.spent, committed: line.committed, settlesCommitment: line.programme !== null, fiscalYear: line.fiscalYear };
  const edited = spending ? { amount: spending.amount, active: spending.status === "ACTIVE" } : null;
  const initialValues: SpendingFormValues = spending
    ? {
        amount: spending.amount,
        spentOn: spending.spentOn,
        description: spending.description,
        documentNumber: spending.documentNumber,
        category: spending.category ?? null,
        quantity: spending.quantity ?? null,
        batchId: spending.batch?.id ?? null,
      }
    : { amount: null, spentOn: defaultDay(line.fiscalYear), description: "", documentNumber: "", category: null, batchId: null };
  const [values, setValues] = useState<SpendingFormValues>(initialValues);
  const problems = useFormProblems(SPENDING_FIELDS, () => checkSpending(form.getFieldsValue(true) as SpendingFormValues, money, edited), SPENDING_ALIASES);
  const refetch = { refetchQueries: ["BudgetLineDetail"], awaitRefetchQueries: true, update: evictBudgetFigures };
  const [record, recording] = useMutation(RecordSpendingDocument, refetch);
  const [update, updating] = useMutation(UpdateSpendingDocument, refetch);
  const basis = categoryBasis(values.category);
  const warnings = spendingWarnings(values, money, edited);
  const batches = line.programme?.batches ?? [];

  const submit = async () => {
    const v = form.getFieldsValue(true) as SpendingFormValues;
    try {
      if (spending) await update({ variables: { input: updateSpendingInput(v, spending) } });
      else await record({ variables: { input: recordSpendingInput(v, line.id) } });
    } catch (e) {
      // The line's figures may have moved since they were read: show them as they are now.
      void client.refetchQueries({ include: ["BudgetLineDetail"] });
      const refusal = budgetRefusalOfError(e);
      const problem = refusal ? refusalProblem(refusal, standardLabel) : null;
      if (problem) {
        problems.setProblem("amount", problem);
        return;
      }
      throw e;
    }
    void message.success(t(spending ? "budget.spending.saved" : "budget.spending.recorded"));
    onClose();
  };

  return (
    <FormModal
      width={720}
      title={spending ? t("budget.spending.editTitle") : t("budget.spending.newTitle")}
      okText={spending ? t("common.save") : t("budget.spending.record")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={recording.loading || updating.loading}
      testIdPrefix="spending"
      hint={
        <Typography.Text type="secondary" data-testid="spending-about">
          {t("budget.spending.about", { account: line.accountCode, name: line.name, remaining: formatRupiah(line.remaining) })}
        </Typography.Text>
      }
    >
      <Form<SpendingFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed) => {
          setValues({ ...(form.getFieldsValue(true) as SpendingFormValues) });
          problems.changed(Object.keys(changed));
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="amount" label={t("budget.spending.field.amount")} required {...problems.feedback("amount")}>
              <RupiahInput id="amount" aria-label={t("budget.spending.field.amount")} onBlur={problems.leave("amount")} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="spentOn"
              label={t("budget.spending.field.spentOn")}
              required
              getValueProps={(v: string | null) => ({ value: dateValue(v) })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
              {...problems.feedback("spentOn")}
            >
              <DatePicker id="spentOn" data-testid="spending-spent-on" format="YYYY-MM-DD" style={{ width: "100%" }} onBlur={problems.leave("spentOn")} />
            </Form.Item>
          </Col>
          {(warnings.exceeded || warnings.aboveStandard) && (
            <Col span={24}>
              <Space orientation="vertical" size="small" style={{ width: "100%", marginBottom: 16 }}>
                {warnings.exceeded && (
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="spending-warning-exceeded"
                    data-remaining={warnings.exceeded.remaining}
                    title={t("budget.spending.warnExceeded", { remaining: formatRupiah(warnings.exceeded.remaining) })}
                  />
                )}
                {warnings.aboveStandard && (
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="spending-warning-standard"
                    title={
                      warnings.aboveStandard.ceiling === null
                        ? t("budget.spending.warnAboveStandardNoCeiling", { standard: standardLabel(warnings.aboveStandard.standard) })
                        : t("budget.spending.warnAboveStandard", { standard: standardLabel(warnings.aboveStandard.standard), ceiling: formatRupiah(warnings.aboveStandard.ceiling) })
                    }
                  />
                )}
              </Space>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t("budget.spending.field.category")} {...problems.feedback("category")}>
              <Select<SpendingCategory>
                id="category"
                data-testid="spending-category"
                allowClear
                disabled={spending !== null}
                placeholder={t("budget.spending.noCategory")}
                options={SPENDING_CATEGORIES.map((c) => ({ value: c, label: t(`enum.SpendingCategory.${c}`) }))}
                onBlur={problems.leave("category")}
              />
            </Form.Item>
          </Col>
          {batches.length > 0 && (
            <Col xs={24} md={12}>
              <Form.Item name="batchId" label={t("budget.spending.field.batch")} {...problems.feedback("batchId")}>
                <Select<string>
                  id="batchId"
                  data-testid="spending-batch"
                  allowClear
                  disabled={spending !== null}
                  placeholder={t("budget.spending.noBatch")}
                  options={batches.map((b) => ({ value: b.id, label: b.name }))}
                  onBlur={problems.leave("batchId")}
                />
              </Form.Item>
            </Col>
          )}
          {basis.quantity && spending === null && (
            <Col xs={24} md={8}>
              <Form.Item name="quantity" label={t(`budget.spending.field.quantity.${basis.quantity}`)} extra={t("budget.spending.quantityDefault")} {...problems.feedback("quantity")}>
                <InputNumber<number>
                  id="quantity"
                  data-testid="spending-quantity"
                  min={0}
                  precision={basis.quantity === "JP" ? 2 : 0}
                  style={{ width: "100%" }}
                  onBlur={problems.leave("quantity")}
                />
              </Form.Item>
            </Col>
          )}
          {basis.level && (spending === null || values.amount !== spending.amount) && (
            <Col xs={24} md={8}>
              <Form.Item name="speakerLevel" label={t("budget.spending.field.speakerLevel")} required {...problems.feedback("speakerLevel")}>
                <Select<SpeakerLevel>
                  id="speakerLevel"
                  data-testid="spending-speaker-level"
                  options={SPEAKER_LEVELS.map((l) => ({ value: l, label: t(`enum.SpeakerLevel.${l}`) }))}
                  onBlur={problems.leave("speakerLevel")}
                />
              </Form.Item>
            </Col>
          )}
          {basis.minutes && (spending === null || values.amount !== spending.amount) && (
            <Col xs={24} md={8}>
              <Form.Item name="minutes" label={t("budget.spending.field.minutes")} required {...problems.feedback("minutes")}>
                <InputNumber<number> id="minutes" data-testid="spending-minutes" min={0} precision={0} style={{ width: "100%" }} onBlur={problems.leave("minutes")} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="description" label={t("budget.spending.field.description")} required {...problems.feedback("description")}>
              <Input.TextArea id="description" data-testid="spending-description" rows={2} maxLength={SPENDING_DESCRIPTION_MAX} showCount onBlur={problems.leave("description")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="documentNumber" label={t("budget.spending.field.documentNumber")} required extra={t("budget.spending.documentNumberHelp")} {...problems.feedback("documentNumber")}>
              <Input id="documentNumber" data-testid="spending-document-number" autoComplete="off" maxLength={DOCUMENT_NUMBER_MAX} onBlur={problems.leave("documentNumber")} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
