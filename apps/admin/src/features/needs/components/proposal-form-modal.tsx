import { useMutation } from "@apollo/client/react";
import { App, Col, Form, Input, InputNumber, Row, Select } from "antd";
import { SubmitProposalDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { UnitTreeSelect } from "../../organization";
import { checkProposal, PROPOSAL_FIELDS, type ProposalFormValues } from "../lib/needs-forms";
import { CompetencySelect } from "./competency-select";
import { evictProposals } from "./evict-needs";

interface ProposalFormModalProps {
  readonly years: readonly number[];
  readonly defaultYear: number;
  /** The operator's own unit, preselected. */
  readonly defaultUnitId: string | null;
  readonly onClose: () => void;
  readonly onSubmitted: () => void;
}

interface Values extends ProposalFormValues {
  year?: number;
}

const ALIASES = { unit: "unitId", competency: "competencyId" } as const;

/**
 * A unit's training proposal for a plan year: which competency, for how many participants and how many JP,
 * and why. An operator may propose for their unit and its sub-units only (the unit list shows just those).
 */
export function ProposalFormModal({ years, defaultYear, defaultUnitId, onClose, onSubmitted }: ProposalFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const problems = useFormProblems(PROPOSAL_FIELDS, () => checkProposal(form.getFieldsValue(true) as Values), ALIASES);
  const [submitProposal, submitting] = useMutation(SubmitProposalDocument, { update: evictProposals });

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    if (!v.unitId || !v.competencyId || !v.title || !v.participants || !v.jp || !v.justification) return;
    await submitProposal({
      variables: {
        input: {
          unitId: v.unitId,
          year: v.year ?? defaultYear,
          competencyId: v.competencyId,
          title: v.title.trim(),
          participants: v.participants,
          jp: v.jp,
          justification: v.justification.trim(),
        },
      },
    });
    void message.success(t("proposals.submitted"));
    onSubmitted();
  };

  return (
    <FormModal
      width={720}
      title={t("proposals.newTitle")}
      okText={t("proposals.submit")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={submitting.loading}
      testIdPrefix="proposal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: defaultYear, unitId: defaultUnitId, title: "", justification: "", participants: null, jp: null }}
        onValuesChange={(changed) => problems.changed(Object.keys(changed))}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="unitId" label={t("proposals.field.unit")} required {...problems.feedback("unitId")}>
              <UnitTreeSelect id="unitId" data-testid="unitId" onBlur={problems.leave("unitId")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="year" label={t("proposals.field.year")} required>
              <Select<number> id="year" data-testid="year" options={years.map((y) => ({ value: y, label: String(y) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="competencyId" label={t("proposals.field.competency")} required {...problems.feedback("competencyId")}>
              <CompetencySelect id="competencyId" data-testid="competencyId" onBlur={problems.leave("competencyId")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t("proposals.field.title")} required {...problems.feedback("title")}>
              <Input id="title" data-testid="title" autoComplete="off" onBlur={problems.leave("title")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="participants" label={t("proposals.field.participants")} required {...problems.feedback("participants")}>
              <InputNumber<number> id="participants" data-testid="participants" min={1} step={1} style={{ width: "100%" }} onBlur={problems.leave("participants")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="jp" label={t("proposals.field.jp")} required {...problems.feedback("jp")}>
              <InputNumber<number> id="jp" data-testid="jp" min={1} step={1} style={{ width: "100%" }} onBlur={problems.leave("jp")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="justification" label={t("proposals.field.justification")} required {...problems.feedback("justification")}>
              <Input.TextArea id="justification" data-testid="justification" rows={4} onBlur={problems.leave("justification")} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
