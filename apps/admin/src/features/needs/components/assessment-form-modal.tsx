import { useMutation } from "@apollo/client/react";
import { App, DatePicker, Form, InputNumber, Select, Typography } from "antd";
import { COMPETENCY_LEVELS } from "@bina/domain";
import dayjs, { type Dayjs } from "dayjs";
import { RecordAssessmentDocument, type AssessmentSource } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { ASSESSMENT_FIELDS, checkAssessment, type AssessmentFormValues } from "../lib/needs-forms";
import { CompetencySelect } from "./competency-select";
import { evictNeedsResults } from "./evict-needs";
import { assessmentSourceOptions, levelLabel } from "./needs-enum-options";

interface AssessmentFormModalProps {
  readonly employeeId: string;
  readonly employeeName: string;
  readonly year: number;
  /** Preselected competency (from a row of the gaps table). */
  readonly competencyId: string | null;
  readonly onClose: () => void;
}

interface Values extends Omit<AssessmentFormValues, "assessedOn"> {
  assessedOn?: Dayjs | null;
}

const ALIASES = { competency_code: "competencyId", competency: "competencyId", assessed_on: "assessedOn" } as const;
const toDraft = (values: Values): AssessmentFormValues => ({ ...values, assessedOn: values.assessedOn ? values.assessedOn.format("YYYY-MM-DD") : null });

/** Record an assessed level: a new entry in the employee's history, never overwriting an earlier one. */
export function AssessmentFormModal({ employeeId, employeeName, year, competencyId, onClose }: AssessmentFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch("level", form);
  const problems = useFormProblems(ASSESSMENT_FIELDS, () => checkAssessment(toDraft(form.getFieldsValue(true) as Values), year), ALIASES);
  const [record, recording] = useMutation(RecordAssessmentDocument, { update: evictNeedsResults });

  const submit = async () => {
    const values = toDraft(form.getFieldsValue(true) as Values);
    if (!values.competencyId || typeof values.level !== "number" || !values.source || !values.assessedOn) return;
    await record({
      variables: {
        input: { employeeId, competencyId: values.competencyId, year, level: values.level, source: values.source, assessedOn: values.assessedOn },
      },
    });
    void message.success(t("assessments.recorded"));
    onClose();
  };

  const levelName = typeof level === "number" && (COMPETENCY_LEVELS as readonly number[]).includes(level) ? levelLabel(level) : null;

  return (
    <FormModal
      title={t("assessments.newTitle", { name: employeeName, year })}
      okText={t("assessments.record")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={recording.loading}
      testIdPrefix="assessment"
      hint={<Typography.Text type="secondary">{t("assessments.neverOverwrites")}</Typography.Text>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ competencyId: competencyId ?? undefined, level: null, source: "SUPERVISOR", assessedOn: dayjs() }}
        onValuesChange={(changed) => problems.changed(Object.keys(changed))}
      >
        <Form.Item name="competencyId" label={t("assessments.field.competency")} required {...problems.feedback("competencyId")}>
          <CompetencySelect id="competencyId" data-testid="competencyId" onBlur={problems.leave("competencyId")} />
        </Form.Item>
        <Form.Item name="level" label={t("assessments.field.level")} required extra={levelName ?? t("assessments.levelHelp")} {...problems.feedback("level")}>
          <InputNumber<number> id="level" data-testid="level" style={{ width: 120 }} onBlur={problems.leave("level")} />
        </Form.Item>
        <Form.Item name="source" label={t("assessments.field.source")} required {...problems.feedback("source")}>
          <Select<AssessmentSource> id="source" data-testid="source" options={assessmentSourceOptions(t)} onBlur={problems.leave("source")} />
        </Form.Item>
        <Form.Item name="assessedOn" label={t("assessments.field.assessedOn")} required {...problems.feedback("assessedOn")}>
          <DatePicker id="assessedOn" data-testid="assessedOn" format={t("format.date")} onBlur={problems.leave("assessedOn")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
