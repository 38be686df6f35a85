import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Form, Input, Typography } from "antd";
import { CloseImprovementActionDocument, type ImprovementActionItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { ACTION_TEXT_MAX, checkOutcome } from "../lib/action-form";
import { evictImprovementActions } from "./evict-evaluation";

const FIELDS = ["outcome"] as const;

/** Closes an open improvement action with what changed, sending the version read (a CONFLICT shows above the form). */
export function CloseActionModal({ action, onClose }: { readonly action: ImprovementActionItemFragment; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<{ outcome?: string }>();
  const problems = useFormProblems(FIELDS, () => checkOutcome(form.getFieldValue("outcome") as string | undefined));
  const [close, closing] = useMutation(CloseImprovementActionDocument, { update: evictImprovementActions });
  const submit = async () => {
    const outcome = ((form.getFieldValue("outcome") as string | undefined) ?? "").trim();
    try {
      await close({ variables: { id: action.id, version: action.version, outcome } });
    } catch (e) {
      // A stale version or an action closed meanwhile (CONFLICT, shown above the form): the list is read again.
      void client.refetchQueries({ include: ["ImprovementActions"] });
      throw e;
    }
    void message.success(t("evaluation.action.closed"));
    onClose();
  };
  return (
    <FormModal
      title={t("evaluation.action.closeTitle")}
      okText={t("evaluation.action.close")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={closing.loading}
      testIdPrefix="action-close"
      hint={<Typography.Text strong>{action.title}</Typography.Text>}
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="outcome" label={t("evaluation.action.field.outcome")} required extra={t("evaluation.action.outcomeHelp")} {...problems.feedback("outcome")}>
          <Input.TextArea id="outcome" data-testid="action-outcome" rows={4} maxLength={ACTION_TEXT_MAX} showCount onBlur={problems.leave("outcome")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
