import { useMutation } from "@apollo/client/react";
import { App, Form, InputNumber, Radio } from "antd";
import { CreateSurveyPeriodDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkPeriod, PERIOD_FIELDS, type PeriodFormValues } from "../lib/survey-forms";
import { evictSurveyPeriods } from "./evict-surveys";

/** Opens a half-year survey period, city-wide (administrators): the year and the half, suggested as the next one. */
export function SurveyPeriodFormModal({ suggested, onClose }: { readonly suggested: { year: number; half: 1 | 2 }; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodFormValues>();
  const problems = useFormProblems(PERIOD_FIELDS, () => checkPeriod(form.getFieldsValue(true) as PeriodFormValues));
  const [create, state] = useMutation(CreateSurveyPeriodDocument, { update: evictSurveyPeriods });

  const submit = async () => {
    const v = form.getFieldsValue(true) as PeriodFormValues;
    const r = await create({ variables: { input: { year: v.year as number, half: v.half as number } } });
    void message.success(t("surveys.period.created", { code: r.data?.createSurveyPeriod.code ?? "" }));
    onClose();
  };

  return (
    <FormModal
      title={t("surveys.period.newTitle")}
      okText={t("surveys.period.create")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={state.loading}
      testIdPrefix="survey-period"
    >
      <Form<PeriodFormValues> form={form} layout="vertical" initialValues={suggested} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="year" label={t("surveys.period.field.year")} required {...problems.feedback("year")}>
          <InputNumber<number> id="year" data-testid="year" min={2000} max={2100} precision={0} onBlur={problems.leave("year")} />
        </Form.Item>
        <Form.Item name="half" label={t("surveys.period.field.half")} required {...problems.feedback("half")}>
          <Radio.Group
            id="half"
            optionType="button"
            options={[
              { value: 1, label: <span data-testid="half-1">{t("surveys.period.half1")}</span> },
              { value: 2, label: <span data-testid="half-2">{t("surveys.period.half2")}</span> },
            ]}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
