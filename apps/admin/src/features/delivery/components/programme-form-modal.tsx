import { useMemo } from "react";
import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Col, Form, Input, Radio, Row, Select } from "antd";
import {
  CreateProgrammeDocument,
  CreateProgrammeFromPlanDocument,
  DeliveryAdoptedPlansDocument,
  DeliveryPlanItemsDocument,
  UpdateProgrammeDocument,
  type ProgrammeItemFragment,
  type ProgrammeOrganiser,
} from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { CompetencySelect } from "../../needs";
import { checkProgramme, PROGRAMME_FIELDS, type ProgrammeFormValues } from "../lib/delivery-forms";
import { kindOptions, leadershipOptions, organiserOptions } from "./delivery-options";
import { evictProgrammes } from "./evict-delivery";

interface ProgrammeFormModalProps {
  readonly year: number;
  /** The programme to edit; a new one otherwise. */
  readonly programme: ProgrammeItemFragment | null;
  readonly onClose: () => void;
  readonly onSaved?: (programme: ProgrammeItemFragment) => void;
}

interface Values extends ProgrammeFormValues {
  competencyIds?: string[];
}

/**
 * A programme of the year: made from an item of the year's adopted plan (its title, competencies and link to the plan
 * come from there; only the kind and the organiser are asked) or ad hoc; or an existing one edited.
 */
export function ProgrammeFormModal({ year, programme, onClose, onSaved }: ProgrammeFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch("source", form);
  const kind = Form.useWatch("kind", form);
  const organiser = Form.useWatch("organiser", form);
  const problems = useFormProblems(PROGRAMME_FIELDS, () => checkProgramme(form.getFieldsValue(true) as Values));
  const plans = useQuery(DeliveryAdoptedPlansDocument, { variables: { year }, skip: programme !== null });
  const adopted = plans.data?.plans.edges.map((e) => e.node).find((p) => p.status === "ADOPTED") ?? null;
  const planItems = useQuery(DeliveryPlanItemsDocument, adopted ? { variables: { id: adopted.id } } : skipToken);
  // The plan's chosen items (selected or mandatory) not yet made a programme (the API refuses a second one).
  const made = useMemo(() => new Set(plans.data?.programmes.edges.map((e) => e.node.candidateId) ?? []), [plans.data]);
  const items = useMemo(() => (planItems.data?.plan?.items ?? []).filter((i) => (i.selected || i.mandatory) && !made.has(i.candidateId)), [planItems.data, made]);
  const [fromPlan, fromPlanState] = useMutation(CreateProgrammeFromPlanDocument, { update: evictProgrammes });
  const [create, createState] = useMutation(CreateProgrammeDocument, { update: evictProgrammes });
  const [update, updateState] = useMutation(UpdateProgrammeDocument, { update: evictProgrammes });

  const initialValues: Values = programme
    ? {
        source: "AD_HOC",
        title: programme.title,
        kind: programme.kind,
        leadershipProgramme: programme.leadershipProgramme ?? null,
        organiser: programme.organiser,
        organiserName: programme.organiserName ?? "",
        competencyIds: programme.competencies.map((c) => c.id),
      }
    : { source: "PLAN", title: "", candidateId: null, kind: null, leadershipProgramme: null, organiser: "BKPSDM", organiserName: "", competencyIds: [] };

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const common = {
      kind: v.kind!,
      leadershipProgramme: v.kind === "LEADERSHIP_TRAINING" ? (v.leadershipProgramme ?? null) : null,
      organiser: v.organiser as ProgrammeOrganiser,
      organiserName: (v.organiserName ?? "").trim() || null,
    };
    let saved: ProgrammeItemFragment | undefined;
    if (programme) {
      const r = await update({
        variables: { input: { id: programme.id, version: programme.version, title: (v.title ?? "").trim(), competencyIds: v.competencyIds ?? [], ...common } },
      });
      saved = r.data?.updateProgramme;
    } else if (v.source === "PLAN" && adopted) {
      const r = await fromPlan({ variables: { input: { planId: adopted.id, candidateId: v.candidateId!, ...common } } });
      saved = r.data?.createProgrammeFromPlan;
    } else {
      const r = await create({ variables: { input: { year, title: (v.title ?? "").trim(), competencyIds: v.competencyIds ?? [], ...common } } });
      saved = r.data?.createProgramme;
    }
    void message.success(t(programme ? "delivery.programme.saved" : "delivery.programme.created"));
    if (saved) onSaved?.(saved);
    onClose();
  };

  const fromPlanChosen = !programme && source === "PLAN";
  return (
    <FormModal
      width={720}
      title={programme ? t("delivery.programme.editTitle") : t("delivery.programme.newTitle", { year })}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={fromPlanState.loading || createState.loading || updateState.loading}
      testIdPrefix="programme"
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        {!programme && (
          <Form.Item name="source" label={t("delivery.programme.source")}>
            <Radio.Group
              id="source"
              optionType="button"
              options={[
                { value: "PLAN", label: <span data-testid="programme-source-plan">{t("delivery.programme.fromPlan")}</span> },
                { value: "AD_HOC", label: <span data-testid="programme-source-adhoc">{t("delivery.programme.adHoc")}</span> },
              ]}
            />
          </Form.Item>
        )}
        <ApiErrorAlert error={plans.error ?? planItems.error} />
        {fromPlanChosen && !plans.loading && !plans.error && !adopted && (
          <Alert type="info" showIcon title={t("delivery.programme.noAdoptedPlan", { year })} data-testid="programme-no-plan" style={{ marginBottom: 16 }} />
        )}
        <Row gutter={16}>
          {fromPlanChosen ? (
            <Col span={24}>
              <Form.Item name="candidateId" label={t("delivery.programme.planItem")} required {...problems.feedback("candidateId")}>
                <Select<string>
                  id="candidateId"
                  data-testid="candidateId"
                  loading={plans.loading || planItems.loading}
                  showSearch={{ optionFilterProp: "label" }}
                  onBlur={problems.leave("candidateId")}
                  options={items.map((i) => ({ value: i.candidateId, label: i.title }))}
                />
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col span={24}>
                <Form.Item name="title" label={t("delivery.programme.field.title")} required {...problems.feedback("title")}>
                  <Input id="title" data-testid="title" autoComplete="off" maxLength={200} onBlur={problems.leave("title")} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="competencyIds" label={t("delivery.programme.field.competencies")}>
                  <CompetencySelect multiple id="competencyIds" data-testid="competencyIds" />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t("delivery.programme.field.kind")} required {...problems.feedback("kind")}>
              <Select id="kind" data-testid="kind" showSearch={{ optionFilterProp: "label" }} options={kindOptions(t)} onBlur={problems.leave("kind")} />
            </Form.Item>
          </Col>
          {kind === "LEADERSHIP_TRAINING" && (
            <Col xs={24} md={12}>
              <Form.Item name="leadershipProgramme" label={t("delivery.programme.field.leadership")} required {...problems.feedback("leadershipProgramme")}>
                <Select id="leadershipProgramme" data-testid="leadershipProgramme" options={leadershipOptions(t)} onBlur={problems.leave("leadershipProgramme")} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="organiser" label={t("delivery.programme.field.organiser")} required {...problems.feedback("organiser")}>
              <Select id="organiser" data-testid="organiser" options={organiserOptions(t)} onBlur={problems.leave("organiser")} />
            </Form.Item>
          </Col>
          {organiser && organiser !== "BKPSDM" && (
            <Col xs={24} md={12}>
              <Form.Item name="organiserName" label={t("delivery.programme.field.organiserName")} {...problems.feedback("organiserName")}>
                <Input id="organiserName" data-testid="organiserName" autoComplete="off" maxLength={200} onBlur={problems.leave("organiserName")} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </FormModal>
  );
}
