import { Alert } from "antd";
import { errorMessage } from "../i18n/errors";
import { useT } from "../i18n/i18n-context";
import { apiErrorFacts } from "./api-error";

interface ApiErrorAlertProps {
  /** The error of an Apollo query or mutation (or any thrown value). */
  readonly error: unknown;
  readonly testId?: string;
}

/** A translated alert for a failed request; renders nothing without an error. */
export function ApiErrorAlert({ error, testId = "api-error" }: ApiErrorAlertProps) {
  const t = useT();
  const facts = apiErrorFacts(error);
  if (facts.length === 0) return null;
  const messages = [...new Set(facts.map((f) => errorMessage(t, f)))];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={messages.length === 1 ? messages[0] : t("errors.several")}
      description={messages.length > 1 ? messages.join(" · ") : undefined}
    />
  );
}
