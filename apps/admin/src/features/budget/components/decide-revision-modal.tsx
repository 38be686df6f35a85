import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Form, Input, Typography } from "antd";
import { DecideBudgetRevisionDocument, type BudgetRevisionItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkDecisionNote, DECISION_NOTE_MAX } from "../lib/revision-form";
import { evictBudgetRevisions } from "./evict-budget-line";
import { RevisionSummary } from "./revision-summary";

const FIELDS = ["note"] as const;

interface DecideRevisionModalProps {
  readonly revision: BudgetRevisionItemFragment;
  /** Approve (the ceilings move in one transaction) or reject. */
  readonly approve: boolean;
  readonly onClose: () => void;
}

/**
 * An administrator's decision on a requested revision, with an optional note the requester reads, sending the version read. A
 * revision decided meanwhile (REVISION_DECIDED) or one that would now bring a line below its spending shows above the form.
 */
export function DecideRevisionModal({ revision, approve, onClose }: DecideRevisionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<{ note?: string }>();
  const problems = useFormProblems(FIELDS, () => checkDecisionNote(form.getFieldValue("note") as string | undefined));
  const [decide, deciding] = useMutation(DecideBudgetRevisionDocument, { refetchQueries: ["BudgetRevisions"], update: evictBudgetRevisions });
  const submit = async () => {
    const note = ((form.getFieldValue("note") as string | undefined) ?? "").trim();
    try {
      await decide({ variables: { input: { id: revision.id, version: revision.version, approve, note: note === "" ? null : note } } });
    } catch (e) {
      void client.refetchQueries({ include: ["BudgetRevisions"] });
      throw e;
    }
    void message.success(t(approve ? "budget.revision.approved" : "budget.revision.rejected"));
    onClose();
  };
  return (
    <FormModal
      title={t(approve ? "budget.revision.approveTitle" : "budget.revision.rejectTitle")}
      okText={t(approve ? "budget.revision.approve" : "budget.revision.reject")}
      danger={!approve}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={deciding.loading}
      testIdPrefix="revision-decide"
      hint={<RevisionSummary revision={revision} />}
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="note" label={t("budget.revision.field.note")} extra={t("budget.revision.noteHelp")} {...problems.feedback("note")}>
          <Input.TextArea id="note" data-testid="revision-note" rows={3} maxLength={DECISION_NOTE_MAX} showCount onBlur={problems.leave("note")} />
        </Form.Item>
        {approve && <Typography.Text type="secondary">{t("budget.revision.approveHint")}</Typography.Text>}
      </Form>
    </FormModal>
  );
}
