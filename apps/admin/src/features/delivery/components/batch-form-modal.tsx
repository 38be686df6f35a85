import { useMutation } from "@apollo/client/react";
import { App, Col, DatePicker, Form, Input, InputNumber, Row } from "antd";
import dayjs from "dayjs";
import { CreateBatchDocument, UpdateBatchDocument, type BatchDetailFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { batchFields, BATCH_FIELDS, checkBatch, type BatchFormValues } from "../lib/delivery-forms";
import { evictProgrammes } from "./evict-delivery";

interface BatchFormModalProps {
  /** A new batch of this programme… */
  readonly programme?: { readonly id: string; readonly title: string } | null;
  /** …or this batch edited. */
  readonly batch?: BatchDetailFragment | null;
  readonly onClose: () => void;
  readonly onCreated?: (batchId: string) => void;
}

const dateValue = (value: string | null | undefined) => (value ? dayjs(value) : null);

/** A batch (angkatan): its name, dates, seats, venue or online link, and the completion rules (attendance, pass mark). */
export function BatchFormModal({ programme, batch, onClose, onCreated }: BatchFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BatchFormValues>();
  const problems = useFormProblems(BATCH_FIELDS, () => checkBatch(form.getFieldsValue(true) as BatchFormValues));
  const [create, creating] = useMutation(CreateBatchDocument, { update: evictProgrammes });
  const [update, updating] = useMutation(UpdateBatchDocument, { update: evictProgrammes });

  const initialValues: BatchFormValues = batch
    ? {
        name: batch.name,
        startsOn: batch.startsOn,
        endsOn: batch.endsOn,
        capacity: batch.capacity,
        venue: batch.venue ?? "",
        onlineUrl: batch.onlineUrl ?? "",
        passMark: batch.passMark ?? null,
        minAttendancePercent: typeof batch.minAttendanceShare === "number" ? Math.round(batch.minAttendanceShare * 1000) / 10 : null,
      }
    : { name: "", startsOn: null, endsOn: null, capacity: 30, venue: "", onlineUrl: "", passMark: null, minAttendancePercent: null };

  const submit = async () => {
    const fields = batchFields(form.getFieldsValue(true) as BatchFormValues);
    if (batch) {
      await update({ variables: { input: { id: batch.id, version: batch.version, ...fields } } });
      void message.success(t("delivery.batch.saved"));
    } else if (programme) {
      const r = await create({ variables: { input: { programmeId: programme.id, ...fields } } });
      void message.success(t("delivery.batch.created"));
      if (r.data) onCreated?.(r.data.createBatch.id);
    }
    onClose();
  };

  return (
    <FormModal
      width={640}
      title={batch ? t("delivery.batch.editTitle") : t("delivery.batch.newTitle", { programme: programme?.title ?? "" })}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creating.loading || updating.loading}
      testIdPrefix="batch"
    >
      <Form<BatchFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed) => problems.changed(Object.keys(changed).map((k) => (k === "minAttendancePercent" ? "minAttendanceShare" : k)))}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t("delivery.batch.field.name")} required {...problems.feedback("name")}>
              <Input id="name" data-testid="batch-name" autoComplete="off" maxLength={100} onBlur={problems.leave("name")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="startsOn"
              label={t("delivery.batch.field.startsOn")}
              required
              getValueProps={(v: string | null) => ({ value: dateValue(v) })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
              {...problems.feedback("startsOn")}
            >
              <DatePicker id="startsOn" data-testid="startsOn" format="YYYY-MM-DD" style={{ width: "100%" }} onBlur={problems.leave("startsOn")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="endsOn"
              label={t("delivery.batch.field.endsOn")}
              required
              getValueProps={(v: string | null) => ({ value: dateValue(v) })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
              {...problems.feedback("endsOn")}
            >
              <DatePicker id="endsOn" data-testid="endsOn" format="YYYY-MM-DD" style={{ width: "100%" }} onBlur={problems.leave("endsOn")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="capacity" label={t("delivery.batch.field.capacity")} required {...problems.feedback("capacity")}>
              <InputNumber<number> id="capacity" data-testid="capacity" min={1} step={1} precision={0} style={{ width: "100%" }} onBlur={problems.leave("capacity")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="venue" label={t("delivery.batch.field.venue")} {...problems.feedback("venue")}>
              <Input id="venue" data-testid="batch-venue" autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="onlineUrl" label={t("delivery.batch.field.onlineUrl")} {...problems.feedback("onlineUrl")}>
              <Input id="onlineUrl" data-testid="onlineUrl" autoComplete="off" maxLength={500} onBlur={problems.leave("onlineUrl")} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="minAttendancePercent"
              label={t("delivery.batch.field.minAttendance")}
              extra={t("delivery.batch.minAttendanceHelp")}
              {...problems.feedback("minAttendanceShare")}
            >
              <InputNumber<number> id="minAttendancePercent" data-testid="minAttendancePercent" min={0} max={100} suffix="%" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="passMark" label={t("delivery.batch.field.passMark")} extra={t("delivery.batch.passMarkHelp")} {...problems.feedback("passMark")}>
              <InputNumber<number> id="passMark" data-testid="passMark" min={0} max={100} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
