import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Form, Input, Typography } from "antd";
import { formatRupiah } from "@bina/domain";
import { CancelSpendingDocument, type SpendingItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { CANCEL_REASON_MAX, checkCancelReason } from "../lib/spending-form";
import { evictBudgetFigures } from "./evict-budget-line";

const FIELDS = ["reason"] as const;

/**
 * Cancels a spending entry with a reason, sending the version read: its amount goes back to the line (the entry stays,
 * struck through, with its history). A stale version or an entry cancelled meanwhile is a CONFLICT shown above the form.
 */
export function CancelSpendingModal({ spending, onClose }: { readonly spending: SpendingItemFragment; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<{ reason?: string }>();
  const problems = useFormProblems(FIELDS, () => checkCancelReason(form.getFieldValue("reason") as string | undefined));
  const [cancel, cancelling] = useMutation(CancelSpendingDocument, { refetchQueries: ["BudgetLineDetail"], awaitRefetchQueries: true, update: evictBudgetFigures });
  const submit = async () => {
    const reason = ((form.getFieldValue("reason") as string | undefined) ?? "").trim();
    try {
      await cancel({ variables: { input: { id: spending.id, version: spending.version, reason } } });
    } catch (e) {
      void client.refetchQueries({ include: ["BudgetLineDetail"] });
      throw e;
    }
    void message.success(t("budget.spending.cancelled"));
    onClose();
  };
  return (
    <FormModal
      title={t("budget.spending.cancelTitle")}
      okText={t("budget.spending.cancel")}
      danger
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={cancelling.loading}
      testIdPrefix="spending-cancel"
      hint={
        <Typography.Text>
          {t("budget.spending.cancelHint", { amount: formatRupiah(spending.amount), document: spending.documentNumber })}
        </Typography.Text>
      }
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="reason" label={t("budget.spending.field.cancelReason")} required {...problems.feedback("reason")}>
          <Input.TextArea id="reason" data-testid="spending-cancel-reason" rows={3} maxLength={CANCEL_REASON_MAX} showCount onBlur={problems.leave("reason")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
