import { Form, Input } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";

interface ReasonModalProps {
  readonly title: ReactNode;
  readonly okText: ReactNode;
  readonly label: string;
  /** Whether a reason must be written (a revocation) or may be left empty (a rejection, a cancellation). */
  readonly required: boolean;
  readonly testIdPrefix: string;
  readonly loading: boolean;
  /** Sends the decision with the reason (null when empty); rejects with the request's error. */
  readonly submit: (reason: string | null) => Promise<void>;
  readonly onClose: () => void;
}

const FIELDS = ["reason"] as const;

/** A decision with a reason: reject or cancel a nomination, revoke a certificate (red OK button). */
export function ReasonModal({ title, okText, label, required, testIdPrefix, loading, submit, onClose }: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  const problems = useFormProblems(FIELDS, () => {
    const reason = ((form.getFieldValue("reason") as string | undefined) ?? "").trim();
    if (required && reason.length < 5) return { reason: { key: "delivery.form.reasonRequired" } };
    return {};
  });
  return (
    <FormModal
      title={title}
      okText={okText}
      danger
      problems={problems}
      submit={() => submit(((form.getFieldValue("reason") as string | undefined) ?? "").trim() || null)}
      onClose={onClose}
      loading={loading}
      testIdPrefix={testIdPrefix}
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="reason" label={label} required={required} {...problems.feedback("reason")}>
          <Input.TextArea id="reason" data-testid={`${testIdPrefix}-reason`} rows={3} maxLength={500} showCount onBlur={problems.leave("reason")} />
        </Form.Item>
      </Form>
      {!required && <span className="ant-form-item-extra">{t("common.optional")}</span>}
    </FormModal>
  );
}
