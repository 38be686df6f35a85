import { useMutation } from "@apollo/client/react";
import { App, Button, Form, InputNumber, Space } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { UpdateBatchDocument, type BatchDetailFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { UnitTreeSelect } from "../../organization";
import { evictNominations } from "./evict-delivery";

interface QuotasModalProps {
  readonly batch: BatchDetailFragment;
  readonly onClose: () => void;
}

interface Values {
  quotas: { unitId: string | null; seats: number | null }[];
}

const FIELDS = ["quotas"] as const;

/** The seats each unit may take of a batch (units without a quota share the rest); more room promotes the waitlist. */
export function QuotasModal({ batch, onClose }: QuotasModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const problems = useFormProblems(FIELDS, () => {
    const quotas = (form.getFieldValue("quotas") as Values["quotas"] | undefined) ?? [];
    const units = quotas.map((q) => q.unitId);
    const bad = quotas.some((q) => !q.unitId || typeof q.seats !== "number" || q.seats < 0) || new Set(units).size !== units.length;
    return bad ? { quotas: { key: "delivery.quota.invalid" } } : {};
  });
  const [update, updating] = useMutation(UpdateBatchDocument, { update: evictNominations });

  const submit = async () => {
    const quotas = ((form.getFieldValue("quotas") as Values["quotas"] | undefined) ?? []).map((q) => ({ unitId: q.unitId!, seats: q.seats! }));
    await update({ variables: { input: { id: batch.id, version: batch.version, quotas } } });
    void message.success(t("delivery.quota.saved"));
    onClose();
  };

  return (
    <FormModal title={t("delivery.quota.editTitle")} okText={t("common.save")} problems={problems} submit={submit} onClose={onClose} loading={updating.loading} testIdPrefix="quotas" width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ quotas: batch.quotas.map((q) => ({ unitId: q.unit.id, seats: q.seats })) }}
        onValuesChange={() => problems.changed(["quotas"])}
      >
        <Form.Item label={t("delivery.quota.title")} {...problems.feedback("quotas")}>
          <Form.List name="quotas">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: "100%" }}>
                {fields.map((field, index) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item name={[field.name, "unitId"]} noStyle>
                      <UnitTreeSelect id={`quota-unit-${index}`} aria-label={t("delivery.quota.unit")} placeholder={t("delivery.quota.unit")} style={{ width: 320, maxWidth: "100%" }} />
                    </Form.Item>
                    <Form.Item name={[field.name, "seats"]} noStyle>
                      <InputNumber<number> id={`quota-seats-${index}`} aria-label={t("delivery.quota.seats")} min={0} precision={0} style={{ width: 110 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={t("common.delete")} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ unitId: null, seats: 1 })} data-testid="quota-add">
                  {t("delivery.quota.add")}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
