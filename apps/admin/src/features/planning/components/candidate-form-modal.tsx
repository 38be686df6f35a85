import { useMutation } from "@apollo/client/react";
import { App, Col, Form, Input, InputNumber, Row, Switch, Typography } from "antd";
import { CreateCandidateDocument, UpdateCandidateDocument, type CandidateItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { formatRupiah } from "../../../ui/format-rupiah";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { CompetencySelect } from "../../needs";
import { CANDIDATE_FIELDS, checkCandidate, previewCostPerParticipantJp, type CandidateFormValues } from "../lib/planning-forms";
import { evictCandidates } from "./evict-planning";
import { RupiahInput } from "../../../ui/rupiah-input";

interface CandidateFormModalProps {
  readonly year: number;
  /** The candidate to edit; a new one otherwise. */
  readonly candidate: CandidateItemFragment | null;
  readonly onClose: () => void;
}

const ALIASES = { competencies: "competencyIds" } as const;

/** A programme the plan could fund: its competencies, participants, JP and estimated cost. Rendered only while open. */
export function CandidateFormModal({ year, candidate, onClose }: CandidateFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CandidateFormValues>();
  const participants = Form.useWatch("participants", form);
  const jp = Form.useWatch("jp", form);
  const cost = Form.useWatch("cost", form);
  const problems = useFormProblems(CANDIDATE_FIELDS, () => checkCandidate(form.getFieldsValue(true) as CandidateFormValues).problems, ALIASES);
  const [create, creating] = useMutation(CreateCandidateDocument, { update: evictCandidates });
  const [update, updating] = useMutation(UpdateCandidateDocument, { update: evictCandidates });

  const initialValues: CandidateFormValues = candidate
    ? {
        title: candidate.title,
        competencyIds: candidate.competencies.map((c) => c.id),
        participants: candidate.participants,
        jp: candidate.jp,
        cost: candidate.cost,
        mandatory: candidate.mandatory,
      }
    : { title: "", competencyIds: [], participants: null, jp: null, cost: null, mandatory: false };

  const submit = async () => {
    const { valid } = checkCandidate(form.getFieldsValue(true) as CandidateFormValues);
    if (!valid) return;
    const fields = { ...valid, competencyIds: [...valid.competencyIds] };
    if (candidate) {
      await update({ variables: { input: { id: candidate.id, version: candidate.version, ...fields } } });
      void message.success(t("candidates.saved"));
    } else {
      await create({ variables: { input: { year, ...fields } } });
      void message.success(t("candidates.created"));
    }
    onClose();
  };

  const perParticipantJp = previewCostPerParticipantJp({ cost, participants, jp });

  return (
    <FormModal
      width={720}
      title={candidate ? t("candidates.editTitle") : t("candidates.newTitle", { year })}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creating.loading || updating.loading}
      testIdPrefix="candidate"
      footer={<Typography.Text type="secondary">{t("candidates.valueHint")}</Typography.Text>}
    >
      <Form<CandidateFormValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label={t("candidates.field.title")} required {...problems.feedback("title")}>
              <Input id="title" data-testid="title" autoComplete="off" onBlur={problems.leave("title")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="competencyIds" label={t("candidates.field.competencies")} required {...problems.feedback("competencyIds")}>
              <CompetencySelect multiple id="competencyIds" data-testid="competencyIds" onBlur={problems.leave("competencyIds")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="participants" label={t("candidates.field.participants")} required {...problems.feedback("participants")}>
              <InputNumber<number> id="participants" data-testid="participants" min={1} step={1} style={{ width: "100%" }} onBlur={problems.leave("participants")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="jp" label={t("candidates.field.jp")} required {...problems.feedback("jp")}>
              <InputNumber<number> id="jp" data-testid="jp" min={1} step={1} style={{ width: "100%" }} onBlur={problems.leave("jp")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="cost"
              label={t("candidates.field.cost")}
              required
              extra={perParticipantJp === null ? undefined : t("candidates.perParticipantJpHint", { amount: formatRupiah(perParticipantJp) })}
              {...problems.feedback("cost")}
            >
              <RupiahInput id="cost" style={{ width: "100%" }} onBlur={problems.leave("cost")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="mandatory" label={t("candidates.field.mandatory")} valuePropName="checked" extra={t("candidates.mandatoryHelp")}>
              <Switch id="mandatory" data-testid="mandatory" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
