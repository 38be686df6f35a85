import { useMutation } from "@apollo/client/react";
import { App, Form, Typography } from "antd";
import { NominateDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { evictNominations } from "./evict-delivery";
import { NomineePicker } from "./nominee-picker";

interface NominateModalProps {
  readonly batch: { readonly id: string; readonly name: string; readonly seats: { readonly free: number } };
  readonly onClose: () => void;
}

const FIELDS = ["employeeId"] as const;

/** Puts an employee forward for a batch: a seat when one is free (capacity and the unit's quota), else the waitlist. */
export function NominateModal({ batch, onClose }: NominateModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ employeeId?: string | null }>();
  const problems = useFormProblems(FIELDS, () => (form.getFieldValue("employeeId") ? {} : { employeeId: { key: "delivery.form.required" } }));
  const [nominate, nominating] = useMutation(NominateDocument, { update: evictNominations });

  const submit = async () => {
    const employeeId = form.getFieldValue("employeeId") as string;
    const r = await nominate({ variables: { input: { batchId: batch.id, employeeId } } });
    const n = r.data?.nominate;
    if (n) void message.success(t(n.status === "WAITLISTED" ? "delivery.nomination.waitlisted" : "delivery.nomination.nominated", { name: n.employee.name }));
    onClose();
  };

  return (
    <FormModal
      title={t("delivery.nomination.newTitle", { batch: batch.name })}
      okText={t("delivery.nomination.nominate")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={nominating.loading}
      testIdPrefix="nominate"
      hint={<Typography.Text type="secondary">{batch.seats.free > 0 ? t("delivery.nomination.seatsFree", { count: batch.seats.free }) : t("delivery.nomination.full")}</Typography.Text>}
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="employeeId" label={t("delivery.nomination.employee")} required {...problems.feedback("employeeId")}>
          <NomineePicker id="nominee" onBlur={problems.leave("employeeId")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
