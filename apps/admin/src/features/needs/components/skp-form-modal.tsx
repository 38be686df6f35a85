import { useMutation } from "@apollo/client/react";
import { App, Form, Select, Space, Typography } from "antd";
import { skpPredikat } from "@bina/domain";
import { RecordSkpResultDocument, type SkpRating } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkSkp, SKP_FIELDS, type SkpFormValues } from "../lib/needs-forms";
import { evictNeedsResults } from "./evict-needs";
import { skpRatingOptions } from "./needs-enum-options";
import { PredikatTag } from "./needs-tags";

interface SkpFormModalProps {
  readonly employeeId: string;
  readonly employeeName: string;
  /** The assessment cycle's year: its needs use the latest SKP of an earlier year. */
  readonly cycleYear: number;
  /** The SKP the needs use now (the latest before the cycle year), if any. */
  readonly current: (SkpFormValues & { readonly year: number }) | null;
  readonly onClose: () => void;
}

interface Values extends SkpFormValues {
  year?: number;
}

const ALIASES = { result_rating: "resultRating", behaviour_rating: "behaviourRating" } as const;

/** The SKP of a year: work-result rating × behaviour rating; the predikat follows from the regulation's table as you choose. */
export function SkpFormModal({ employeeId, employeeName, cycleYear, current, onClose }: SkpFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch("year", form) ?? cycleYear - 1;
  const years = [cycleYear, cycleYear - 1, cycleYear - 2, cycleYear - 3];
  const result = Form.useWatch("resultRating", form);
  const behaviour = Form.useWatch("behaviourRating", form);
  const problems = useFormProblems(SKP_FIELDS, () => checkSkp(form.getFieldsValue(true) as SkpFormValues), ALIASES);
  const [record, recording] = useMutation(RecordSkpResultDocument, { update: evictNeedsResults });
  const predikat = result && behaviour ? skpPredikat(result, behaviour) : null;

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    if (!values.resultRating || !values.behaviourRating) return;
    await record({
      variables: { input: { employeeId, year: values.year ?? year, resultRating: values.resultRating, behaviourRating: values.behaviourRating } },
    });
    void message.success(t("skp.recorded"));
    onClose();
  };

  return (
    <FormModal
      title={t("skp.title", { name: employeeName })}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={recording.loading}
      testIdPrefix="skp"
      hint={<Typography.Text type="secondary">{t("skp.hint")}</Typography.Text>}
      footer={
        <Space data-testid="skp-predikat-preview">
          <Typography.Text strong>{t("skp.predikat")}</Typography.Text>
          {predikat ? <PredikatTag predikat={predikat} /> : <Typography.Text type="secondary">{t("skp.chooseBoth")}</Typography.Text>}
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={current ?? { year: cycleYear - 1 }}
        onValuesChange={(changed: Partial<Values>) => {
          // Another year: start from what is known for it (only the SKP in use is known here).
          if (changed.year !== undefined) {
            const known = current && current.year === changed.year ? current : null;
            form.setFieldsValue({ resultRating: known?.resultRating, behaviourRating: known?.behaviourRating });
          }
          problems.changed(Object.keys(changed));
        }}
      >
        <Form.Item name="year" label={t("skp.field.year")} required extra={t("skp.yearHelp", { year: cycleYear })}>
          <Select<number> id="skpYear" data-testid="skpYear" options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="resultRating" label={t("skp.field.resultRating")} required {...problems.feedback("resultRating")}>
          <Select<SkpRating> id="resultRating" data-testid="resultRating" options={skpRatingOptions(t)} onBlur={problems.leave("resultRating")} />
        </Form.Item>
        <Form.Item name="behaviourRating" label={t("skp.field.behaviourRating")} required {...problems.feedback("behaviourRating")}>
          <Select<SkpRating> id="behaviourRating" data-testid="behaviourRating" options={skpRatingOptions(t)} onBlur={problems.leave("behaviourRating")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
