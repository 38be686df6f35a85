import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Col, Descriptions, Form, Input, Radio, Row, Select, Typography } from "antd";
import { formatRupiah, REVISION_KINDS, REVISION_REASON_MAX_LENGTH, type RevisionKind } from "@bina/domain";
import { RequestBudgetRevisionDocument, type RevisionLinesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { RupiahInput } from "../../../ui/rupiah-input";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkRevision, requestRevisionInput, REVISION_FIELDS, revisionPreview, type RevisionFormValues } from "../lib/revision-form";
import { evictBudgetRevisions } from "./evict-budget-line";

export type RevisionLineOption = NonNullable<RevisionLinesQuery["budget"]>["lines"][number];

interface RevisionFormModalProps {
  readonly fiscalYear: number;
  /** The lines the user may name (the caller's scope), as loaded. */
  readonly lines: readonly RevisionLineOption[];
  readonly onClose: () => void;
}

/**
 * Requests a revision of the year's budget with a reason: a TRANSFER of ceiling from one line to another (the total
 * stays) or a CHANGE of one line's ceiling (e.g. the APBD-P). The domain's applyRevision checks it on the lines as
 * loaded and the preview shows the ceilings after approval; an administrator decides.
 */
export function RevisionFormModal({ fiscalYear, lines, onClose }: RevisionFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RevisionFormValues>();
  const initialValues: RevisionFormValues = { kind: "TRANSFER", fromLineId: null, toLineId: null, lineId: null, amount: null, newCeiling: null, reason: "" };
  const [values, setValues] = useState<RevisionFormValues>(initialValues);
  const problems = useFormProblems(REVISION_FIELDS, () => checkRevision(form.getFieldsValue(true) as RevisionFormValues, lines));
  const [request, requesting] = useMutation(RequestBudgetRevisionDocument, { refetchQueries: ["BudgetRevisions"], update: evictBudgetRevisions });
  const preview = revisionPreview(values, lines);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const lineLabel = (l: RevisionLineOption) => `${l.accountCode} · ${l.name}`;
  const options = lines.map((l) => ({ value: l.id, label: `${lineLabel(l)} (${t("budget.revision.lineRemaining", { remaining: formatRupiah(l.remaining) })})` }));

  const submit = async () => {
    await request({ variables: { input: requestRevisionInput(form.getFieldsValue(true) as RevisionFormValues) } });
    void message.success(t("budget.revision.requested"));
    onClose();
  };

  const lineSelect = (field: "fromLineId" | "toLineId" | "lineId") => (
    <Form.Item name={field} label={t(`budget.revision.field.${field}`)} required {...problems.feedback(field)}>
      <Select<string>
        id={field}
        data-testid={`revision-${field}`}
        showSearch={{ optionFilterProp: "label" }}
        options={options}
        onBlur={problems.leave(field)}
      />
    </Form.Item>
  );

  return (
    <FormModal
      width={720}
      title={t("budget.revision.newTitle", { year: fiscalYear })}
      okText={t("budget.revision.request")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={requesting.loading}
      testIdPrefix="revision"
      footer={
        preview && preview.length > 0 ? (
          <Descriptions size="small" bordered column={1} title={t("budget.revision.preview")} data-testid="revision-preview">
            {preview.map((p) => {
              const l = byId.get(p.id);
              return (
                <Descriptions.Item key={p.id} label={l ? lineLabel(l) : p.id}>
                  <span data-testid="revision-preview-ceiling" data-ceiling={p.ceiling}>
                    {t("budget.revision.ceilingChange", { before: formatRupiah(l?.ceiling ?? 0), after: formatRupiah(p.ceiling) })}
                  </span>
                </Descriptions.Item>
              );
            })}
          </Descriptions>
        ) : undefined
      }
    >
      <Form<RevisionFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed) => {
          setValues({ ...(form.getFieldsValue(true) as RevisionFormValues) });
          problems.changed(Object.keys(changed));
        }}
      >
        <Form.Item name="kind" label={t("budget.revision.field.kind")} required {...problems.feedback("kind")}>
          <Radio.Group id="kind" data-testid="revision-kind" optionType="button" options={REVISION_KINDS.map((k: RevisionKind) => ({ value: k, label: t(`enum.RevisionKind.${k}`) }))} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t(values.kind === "CHANGE" ? "budget.revision.changeHint" : "budget.revision.transferHint")}</Typography.Paragraph>
        {values.kind === "CHANGE" ? (
          <Row gutter={16}>
            <Col xs={24} md={14}>
              {lineSelect("lineId")}
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="newCeiling" label={t("budget.revision.field.newCeiling")} required {...problems.feedback("newCeiling")}>
                <RupiahInput id="newCeiling" aria-label={t("budget.revision.field.newCeiling")} onBlur={problems.leave("newCeiling")} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        ) : (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              {lineSelect("fromLineId")}
            </Col>
            <Col xs={24} md={12}>
              {lineSelect("toLineId")}
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="amount" label={t("budget.revision.field.amount")} required {...problems.feedback("amount")}>
                <RupiahInput id="amount" aria-label={t("budget.revision.field.amount")} onBlur={problems.leave("amount")} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="reason" label={t("budget.revision.field.reason")} required {...problems.feedback("reason")}>
          <Input.TextArea id="reason" data-testid="revision-reason" rows={3} maxLength={REVISION_REASON_MAX_LENGTH} showCount onBlur={problems.leave("reason")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
