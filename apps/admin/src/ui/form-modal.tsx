import type { ReactNode } from "react";
import { Alert, Modal, Space } from "antd";
import { errorMessage } from "../i18n/errors";
import { useT } from "../i18n/i18n-context";
import type { FormProblemsState } from "./use-form-problems";

export interface FormModalProps<F extends string> {
  readonly title: ReactNode;
  readonly okText: ReactNode;
  /** The form's problems (useFormProblems): checked before `submit`, server errors placed after a failure. */
  readonly problems: FormProblemsState<F>;
  /**
   * Sends the form once every field passed the check; resolves when done (and usually closes the
   * dialog), rejects with the request's error, which goes beside its field or into the alert.
   */
  readonly submit: () => Promise<void>;
  readonly onClose: () => void;
  readonly loading: boolean;
  /** `data-testid`s: `<prefix>-form` (the body), `<prefix>-submit` (OK), `<prefix>-form-error` (the alert). */
  readonly testIdPrefix: string;
  readonly width?: number;
  /** A destructive action (e.g. returning a proposal): the OK button is red. */
  readonly danger?: boolean;
  /** Shown above the alert and the form. */
  readonly hint?: ReactNode;
  /** Shown below the form. */
  readonly footer?: ReactNode;
  /** The antd Form. */
  readonly children: ReactNode;
}

/**
 * A dialog around one form, rendered only while open (every opening starts from fresh values): OK checks
 * every field with the form's rule, then submits; errors that belong to no field show in one alert above.
 */
export function FormModal<F extends string>({
  title,
  okText,
  problems,
  submit,
  onClose,
  loading,
  testIdPrefix,
  width,
  danger = false,
  hint,
  footer,
  children,
}: FormModalProps<F>) {
  const t = useT();
  const onOk = async () => {
    if (!problems.validateAll()) return;
    try {
      await submit();
    } catch (e) {
      problems.serverFailed(e);
    }
  };
  const general = [...new Set(problems.general.map((f) => errorMessage(t, f)))];
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={okText}
      cancelText={t("common.cancel")}
      confirmLoading={loading}
      okButtonProps={{ danger, "data-testid": `${testIdPrefix}-submit` }}
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid={`${testIdPrefix}-form`}>
        {hint}
        {general.length > 0 && <Alert type="error" showIcon role="alert" data-testid={`${testIdPrefix}-form-error`} title={general.join(" · ")} />}
        {children}
        {footer}
      </Space>
    </Modal>
  );
}
